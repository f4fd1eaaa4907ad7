import Foundation

/// A small reader of `--flag value`, `--flag=value` and `--switch` arguments.
///
/// It hands out one flag at a time; the command decides what each flag means and how
/// to read its value. Positional arguments are not supported: every word that is not
/// the value of a flag must be a flag.
struct FlagReader {
  private var arguments: ArraySlice<String>
  /// The value given after `=`, waiting to be taken by ``value(for:)``.
  private var inlineValue: String?

  init(_ arguments: [String]) {
    self.arguments = arguments[...]
  }

  /// The next flag (such as `--steps`), or `nil` at the end.
  ///
  /// - Throws: ``UsageError`` for a word that is not a flag, or for a value given with
  ///   `=` to the previous flag that it did not take.
  mutating func nextFlag() throws(UsageError) -> String? {
    if let pending = inlineValue {
      throw UsageError("unexpected value \"\(pending)\"")
    }
    guard let word = arguments.popFirst() else { return nil }
    guard word.hasPrefix("-"), word.count > 1 else {
      throw UsageError("unexpected argument \"\(word)\"")
    }
    if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
      inlineValue = String(word[word.index(after: equals)...])
      return String(word[..<equals])
    }
    return word
  }

  /// The value of `flag`: the text after `=`, or the next argument.
  ///
  /// - Throws: ``UsageError`` if there is none.
  mutating func value(for flag: String) throws(UsageError) -> String {
    if let value = inlineValue {
      inlineValue = nil
      return value
    }
    guard let value = arguments.popFirst() else {
      throw UsageError("\(flag) needs a value")
    }
    return value
  }

  /// Fails if a switch (a flag without a value) was given one with `=`.
  mutating func noValue(for flag: String) throws(UsageError) {
    if let value = inlineValue {
      inlineValue = nil
      throw UsageError("\(flag) takes no value, got \"\(value)\"")
    }
  }
}

// Reading values, with messages that say what was expected.

extension FlagReader {
  mutating func positiveInt(for flag: String) throws(UsageError) -> Int {
    let text = try value(for: flag)
    guard let n = Int(text), n > 0 else {
      throw UsageError("\(flag) needs a positive whole number, got \"\(text)\"")
    }
    return n
  }

  mutating func seed(for flag: String) throws(UsageError) -> UInt64 {
    let text = try value(for: flag)
    guard let n = UInt64(text) else {
      throw UsageError("\(flag) needs a whole number from 0 to \(UInt64.max), got \"\(text)\"")
    }
    return n
  }

  mutating func number(
    for flag: String, in range: ClosedRange<Double>, description: String
  ) throws(UsageError) -> Double {
    let text = try value(for: flag)
    guard let x = Double(text), x.isFinite, range.contains(x) else {
      throw UsageError("\(flag) needs \(description), got \"\(text)\"")
    }
    return x
  }

  mutating func positiveNumber(for flag: String) throws(UsageError) -> Double {
    let text = try value(for: flag)
    guard let x = Double(text), x.isFinite, x > 0 else {
      throw UsageError("\(flag) needs a positive number, got \"\(text)\"")
    }
    return x
  }

  mutating func choice<Choice: RawRepresentable & CaseIterable>(
    for flag: String, _ type: Choice.Type
  ) throws(UsageError) -> Choice where Choice.RawValue == String {
    let text = try value(for: flag)
    guard let choice = Choice(rawValue: text.lowercased()) else {
      let names = Choice.allCases.map(\.rawValue).joined(separator: ", ")
      throw UsageError("\(flag) needs one of \(names), got \"\(text)\"")
    }
    return choice
  }

  mutating func sizes(for flag: String) throws(UsageError) -> [Int] {
    let text = try value(for: flag)
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
    let sizes = parts.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    guard !parts.isEmpty, sizes.count == parts.count, sizes.allSatisfy({ $0 > 0 && $0 <= 4096 })
    else {
      throw UsageError(
        "\(flag) needs layer sizes from 1 to 4096 separated by commas, such as 16,16; "
          + "got \"\(text)\"")
    }
    return sizes
  }
}
