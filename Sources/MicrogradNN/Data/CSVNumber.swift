#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A field of a CSV file read as a number, with the same result as `Double(_:)` on its
/// text, without making a `String` of it for the usual decimal forms.
enum CSVNumber {
  /// The number in `base[range]`, or `nil` if `Double(_:)` does not read it as one.
  ///
  /// `base[range.upperBound]` must be readable (a comma, a line end, a space or the 0
  /// after the text), since `strtod` reads until the first byte that does not belong.
  static func parse(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> Double? {
    guard let form = DecimalForm(base, range) else { return slow(base, range) }
    if form.isSmallInteger {
      // Exactly representable: the digits as an integer.
      var integer = 0
      for i in range where base[i] >= 0x30 { integer = integer * 10 + Int(base[i] - 0x30) }
      return form.negative ? -Double(integer) : Double(integer)
    }
    var end: UnsafeMutablePointer<CChar>?
    let start = UnsafeRawPointer(base + range.lowerBound).assumingMemoryBound(to: CChar.self)
    let value = strtod(start, &end)
    let consumed = end.map { UnsafeRawPointer($0) == UnsafeRawPointer(base + range.upperBound) }
    // strtod and `Double(_:)` are both correctly rounded; overflow, underflow and
    // subnormal results (where strtod's reports differ) are left to `Double(_:)`, as is
    // a locale whose decimal point is not `.`.
    guard consumed == true, value.isNormal || (value == 0 && !form.hasNonzeroDigit) else {
      return slow(base, range)
    }
    return value
  }

  /// `Double(_:)` on the text of the field.
  static func slow(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> Double? {
    Double(text(base, range))
  }

  /// The text of the field, for `Double(_:)` and for messages.
  static func text(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> String {
    String(
      decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count),
      as: UTF8.self)
  }
}

/// A field of the form `[+-]digits[.digits][(e|E)[+-]digits]`, with at least one digit
/// before the exponent: what `strtod` and `Double(_:)` read alike.
struct DecimalForm {
  var negative = false
  var hasNonzeroDigit = false
  /// No point, no exponent, and at most 15 digits: exact as an `Int` and a `Double`.
  var isSmallInteger = false

  init?(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) {
    var i = range.lowerBound
    let end = range.upperBound
    if i < end && (base[i] == UInt8(ascii: "-") || base[i] == UInt8(ascii: "+")) {
      negative = base[i] == UInt8(ascii: "-")
      i += 1
    }
    var digits = 0
    var simple = true
    while i < end {
      let byte = base[i]
      if byte >= 0x30 && byte <= 0x39 {
        digits += 1
        if byte != 0x30 { hasNonzeroDigit = true }
      } else if byte == UInt8(ascii: ".") && simple {
        simple = false
      } else {
        break
      }
      i += 1
    }
    guard digits > 0 else { return nil }
    if i < end {
      guard base[i] == UInt8(ascii: "e") || base[i] == UInt8(ascii: "E") else { return nil }
      simple = false
      i += 1
      if i < end && (base[i] == UInt8(ascii: "-") || base[i] == UInt8(ascii: "+")) { i += 1 }
      let exponentStart = i
      while i < end && base[i] >= 0x30 && base[i] <= 0x39 { i += 1 }
      guard i > exponentStart, i == end else { return nil }
    }
    isSmallInteger = simple && digits <= 15
  }
}
