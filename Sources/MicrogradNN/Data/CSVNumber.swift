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
    if let exact = form.exactValue { return exact }
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
  /// The digits without the point, when there are at most 19 after the leading zeros.
  var mantissa: UInt64 = 0
  var tooManyDigits = false
  /// The power of ten the mantissa is scaled by.
  var exponent = 0

  /// The powers of ten a `Double` holds exactly.
  static let powersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// The value when it is one correctly rounded operation on exact numbers (Clinger's
  /// fast path: a mantissa below 2⁵³ times or over an exact power of ten), so the same
  /// as any correct parser's; `nil` otherwise.
  var exactValue: Double? {
    guard !tooManyDigits, mantissa <= 1 << 53, (-22...22).contains(exponent) else { return nil }
    let m = Double(mantissa)
    let value = exponent >= 0 ? m * Self.powersOfTen[exponent] : m / Self.powersOfTen[-exponent]
    return negative ? -value : value
  }

  init?(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) {
    var i = range.lowerBound
    let end = range.upperBound
    if i < end && (base[i] == UInt8(ascii: "-") || base[i] == UInt8(ascii: "+")) {
      negative = base[i] == UInt8(ascii: "-")
      i += 1
    }
    var digits = 0
    var significant = 0
    var afterPoint = false
    while i < end {
      let byte = base[i]
      if byte >= 0x30 && byte <= 0x39 {
        digits += 1
        if byte != 0x30 { hasNonzeroDigit = true }
        if hasNonzeroDigit {
          significant += 1
          if significant <= 19 {
            mantissa = mantissa &* 10 &+ UInt64(byte - 0x30)
          } else {
            tooManyDigits = true
          }
        }
        if afterPoint { exponent -= 1 }
      } else if byte == UInt8(ascii: ".") && !afterPoint {
        afterPoint = true
      } else {
        break
      }
      i += 1
    }
    guard digits > 0 else { return nil }
    if i < end {
      guard base[i] == UInt8(ascii: "e") || base[i] == UInt8(ascii: "E") else { return nil }
      i += 1
      var negativeExponent = false
      if i < end && (base[i] == UInt8(ascii: "-") || base[i] == UInt8(ascii: "+")) {
        negativeExponent = base[i] == UInt8(ascii: "-")
        i += 1
      }
      let exponentStart = i
      var written = 0
      while i < end && base[i] >= 0x30 && base[i] <= 0x39 {
        // Past 6 digits the exponent is far outside the fast path either way.
        if i - exponentStart < 6 { written = written * 10 + Int(base[i] - 0x30) }
        i += 1
      }
      guard i > exponentStart, i == end else { return nil }
      if i - exponentStart >= 6 { tooManyDigits = true }
      exponent += negativeExponent ? -written : written
    }
  }
}
