/// The one pass of ``CSVTable`` over a file's bytes: lines, fields, numbers and their
/// checks, appending each row's values to one buffer.
struct CSVParser {
  let bytes: UnsafeBufferPointer<UInt8>
  let lastColumn: CSVTable.LastColumn
  /// The fields of every line, set by the first line (header or not).
  var width: Int?
  var values: [Double] = []
  var lines: [Int32] = []
  var signs = LabelSigns()

  init(bytes: UnsafeBufferPointer<UInt8>, lastColumn: CSVTable.LastColumn) {
    self.bytes = bytes
    self.lastColumn = lastColumn
  }

  /// The fewest fields a line may have: features then a label or target, or one feature.
  var minimumWidth: Int { lastColumn == .feature ? 1 : 2 }

  mutating func parse() throws(CSVError) {
    guard let base = bytes.baseAddress else { return }
    let end = bytes.count
    var start = 0
    // A byte order mark.
    if end >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { start = 3 }
    var lineNumber = 0
    var fields: [Range<Int>] = []
    while start < end {
      lineNumber += 1
      var stop = start
      while stop < end && base[stop] != 0x0A && base[stop] != 0x0D { stop += 1 }
      let next =
        stop < end && base[stop] == 0x0D && stop + 1 < end && base[stop + 1] == 0x0A
        ? stop + 2 : stop + 1
      try parseLine(base, start..<stop, number: lineNumber, fields: &fields)
      start = next
    }
  }

  /// Skips, takes as the header, or appends the line `range`.
  mutating func parseLine(
    _ base: UnsafePointer<UInt8>, _ range: Range<Int>, number: Int, fields: inout [Range<Int>]
  ) throws(CSVError) {
    let line = Self.trimmed(base, range)
    if line.isEmpty || base[line.lowerBound] == UInt8(ascii: "#") { return }
    fields.removeAll(keepingCapacity: true)
    var fieldStart = line.lowerBound
    for i in line where base[i] == UInt8(ascii: ",") {
      fields.append(Self.trimmed(base, fieldStart..<i))
      fieldStart = i + 1
    }
    fields.append(Self.trimmed(base, fieldStart..<line.upperBound))

    if width == nil {
      // A header: no field is a finite number.
      let isHeader = !fields.contains { CSVNumber.parse(base, $0)?.isFinite == true }
      if isHeader {
        width = fields.count
        return
      }
    }
    let expected = width ?? fields.count
    guard fields.count >= minimumWidth else {
      let what = lastColumn == .target ? "a target" : "a label"
      throw CSVError(
        line: number,
        reason: "expected at least 2 columns (features, then \(what)), found \(fields.count)")
    }
    guard fields.count == expected else {
      throw CSVError(line: number, reason: "expected \(columns(expected)), found \(fields.count)")
    }
    if width == nil {
      width = expected
      let rows = Self.lineCount(bytes)
      values.reserveCapacity(rows * expected)
      lines.reserveCapacity(rows)
    }
    let labelled = lastColumn != .feature
    for (j, field) in fields.enumerated() {
      let value = CSVNumber.parse(base, field)
      if labelled && j == expected - 1 {
        try checkLast(value, base, field, line: number)
      } else if value == nil || !value!.isFinite {
        let text = CSVNumber.text(base, field)
        throw CSVError(
          line: number,
          reason: value == nil
            ? "feature \(j + 1) is \"\(text)\", not a number"
            : "feature \(j + 1) is \(text), not finite")
      }
      values.append(value!)
    }
    lines.append(Int32(truncatingIfNeeded: number))
  }

  /// Checks the label or target of a row.
  mutating func checkLast(
    _ value: Double?, _ base: UnsafePointer<UInt8>, _ field: Range<Int>, line: Int
  ) throws(CSVError) {
    switch lastColumn {
    case .feature: return
    case .target:
      guard let value else {
        let text = CSVNumber.text(base, field)
        throw CSVError(line: line, reason: "the target is \"\(text)\", not a number")
      }
      guard value.isFinite else {
        let text = CSVNumber.text(base, field)
        throw CSVError(line: line, reason: "the target is \(text), not finite")
      }
    case .labelOrTarget:
      guard let value, value.isFinite else {
        throw LabelSigns.notAClass(CSVNumber.text(base, field), line: line)
      }
    case .label:
      guard let value, LabelSigns.isClassNumber(value) else {
        throw LabelSigns.notAClass(CSVNumber.text(base, field), line: line)
      }
      try signs.note(value, line: line)
    }
  }

  /// The number of lines in `bytes`, at most one too many: an upper bound on the rows.
  static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var newlines = 0
    var returns = 0
    for byte in bytes {
      newlines &+= byte == 0x0A ? 1 : 0
      returns &+= byte == 0x0D ? 1 : 0
    }
    return max(newlines, returns) + 1
  }

  /// `range` without the spaces and tabs at its ends.
  static func trimmed(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> Range<Int> {
    var low = range.lowerBound
    var high = range.upperBound
    while low < high && (base[low] == 0x20 || base[low] == 0x09) { low += 1 }
    while high > low && (base[high - 1] == 0x20 || base[high - 1] == 0x09) { high -= 1 }
    return low..<high
  }
}
