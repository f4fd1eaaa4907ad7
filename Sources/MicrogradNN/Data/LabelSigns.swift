/// The rule for the class numbers of a CSV file's last column: 0, 1, 2, … or −1 (read as
/// class 0, so files labelled −1/+1 work as they are), never both −1 and 0.
@usableFromInline
struct LabelSigns {
  /// The first line labelled −1, and the first labelled 0.
  var firstMinusOne: Int?
  var firstZero: Int?

  /// Whether `value` is a class number: a whole number from −1 below 2³¹ − 1.
  static func isClassNumber(_ value: Double) -> Bool {
    value.isFinite && value.rounded() == value && value >= -1 && value < Double(Int32.max)
  }

  /// Whether `value` looks like a class number of a small classification: a whole
  /// number from −1 below 1000 (a file whose last column is all such numbers is read
  /// for classification unless told otherwise).
  @inlinable
  static func looksLikeClass<T: BinaryFloatingPoint>(_ value: T) -> Bool {
    value == value.rounded() && value >= -1 && value < 1000
  }

  /// The class of a class number: −1 is class 0.
  static func classOf(_ value: Double) -> Int { value == -1 ? 0 : Int(value) }

  /// The error for a label that is not a class number.
  static func notAClass(_ field: String, line: Int) -> CSVError {
    CSVError(line: line, reason: "label \"\(field)\" is not a class number (0, 1, 2, … or -1)")
  }

  /// Notes the class number `value` on `line`.
  ///
  /// - Throws: ``CSVError`` at `line` when the labels so far mix −1 and 0.
  mutating func note(_ value: Double, line: Int) throws(CSVError) {
    if value == -1 {
      if firstMinusOne == nil { firstMinusOne = line } else { return }
    } else if value == 0 {
      if firstZero == nil { firstZero = line } else { return }
    } else {
      return
    }
    if let a = firstMinusOne, let b = firstZero {
      throw CSVError(
        line: line, reason: "labels mix -1 (line \(a)) and 0 (line \(b)); use 0/1 or -1/+1")
    }
  }
}
