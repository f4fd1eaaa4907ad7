import Foundation

/// The numbers of a CSV file, parsed once into one row-major buffer: the one reader
/// behind `Dataset.csv(_:name:)`, `RegressionDataset.csv(_:name:)` and the
/// `micrograd` command's `train`, `predict` and `evaluate`.
///
/// The rules (documented for users at `Dataset.csv(_:name:)`):
/// - A UTF-8 byte order mark at the start is skipped.
/// - Lines end with `\n`, `\r\n` or `\r`; lines numbered from 1 in messages.
/// - Empty lines, lines of spaces and tabs, and lines starting with `#` are skipped.
/// - Fields are separated by commas; spaces and tabs around a field are ignored.
/// - The first line left is a header, and is skipped, when none of its fields is a
///   finite number (so `nan,inf,label` is a header).
/// - Every value is a finite number as `Double(_:)` reads it; every row has as many
///   fields as the first line (header or not).
package struct CSVTable: Sendable {
  /// What the last column holds: it decides the rule for that column and its name in
  /// messages.
  package enum LastColumn: Sendable {
    /// A feature like the others (`micrograd predict`): one column is enough.
    case feature
    /// A class number 0, 1, 2, … or −1, not mixing −1 and 0 (``Dataset``).
    case label
    /// Any finite number (``RegressionDataset``).
    case target
    /// Any finite number, named a label in messages: a file that may be either.
    case labelOrTarget
  }

  /// The number of values on each row.
  package let columnCount: Int
  /// Every value, row after row: row `i` is `values[i * columnCount ..< (i + 1) * columnCount]`.
  package let values: [Double]
  /// The 1-based line of each row in the file, for messages about a row.
  package let lines: [Int32]

  /// The number of rows (the header and skipped lines not counted).
  package var rowCount: Int { lines.count }

  /// The values of row `i`.
  package func row(_ i: Int) -> ArraySlice<Double> {
    values[i * columnCount..<(i + 1) * columnCount]
  }

  /// The values of row `i` but the last: its features when the last is a label or target.
  package func features(_ i: Int) -> ArraySlice<Double> {
    values[i * columnCount..<(i + 1) * columnCount - 1]
  }

  /// The last value of row `i`: its label or target.
  package func last(_ i: Int) -> Double { values[(i + 1) * columnCount - 1] }

  /// Each row as an array, without its last value when `droppingLast` (the features
  /// of a labelled row).
  package func rows<T: BinaryFloatingPoint>(as _: T.Type, droppingLast: Bool) -> [[T]] {
    let rows = doubleRows(droppingLast: droppingLast)
    // The reader is not specialised for the scalar type: Double, the usual one, is
    // taken as it is, value by value conversion only for the others.
    if T.self == Double.self { return unsafeBitCast(rows, to: [[T]].self) }
    return rows.map { $0.map { T($0) } }
  }

  /// The last value of every row: the labels or targets.
  package func lastColumn<T: BinaryFloatingPoint>(as _: T.Type) -> [T] {
    let column = (0..<rowCount).map { last($0) }
    if T.self == Double.self { return unsafeBitCast(column, to: [T].self) }
    return column.map { T($0) }
  }

  func doubleRows(droppingLast: Bool) -> [[Double]] {
    let width = columnCount - (droppingLast ? 1 : 0)
    return values.withUnsafeBufferPointer { values in
      (0..<rowCount).map { i in
        Array(UnsafeBufferPointer(rebasing: values[i * columnCount..<i * columnCount + width]))
      }
    }
  }

  /// Each row's features: every value but the last.
  package func featureRows<T: BinaryFloatingPoint>(as type: T.Type) -> [[T]] {
    rows(as: type, droppingLast: true)
  }

  /// Whether every value of the last column looks like a class number (a whole number
  /// from −1 below 1000): a file read with ``LastColumn/labelOrTarget`` is then read for
  /// classification.
  package var lastColumnLooksLikeClasses: Bool {
    (0..<rowCount).allSatisfy { LabelSigns.looksLikeClass(last($0)) }
  }

  /// Parses CSV text.
  ///
  /// - Throws: ``CSVError`` naming the first bad line, or line 0 for `no data rows`.
  package init(parsing text: String, lastColumn: LastColumn) throws(CSVError) {
    var bytes = Array(text.utf8)
    bytes.append(0)
    self = try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in
      try CSVTable(bytes: UnsafeBufferPointer(rebasing: buffer.dropLast()), lastColumn: lastColumn)
    }
  }

  /// Reads and parses the file at `url`.
  ///
  /// - Throws: ``CSVError`` at line 0 for a file that cannot be read (`cannot read
  ///   PATH: no such file`) or is not UTF-8 text, else naming the first bad line.
  package init(contentsOf url: URL, lastColumn: LastColumn) throws(CSVError) {
    try self.init(contentsOfFile: url.path, lastColumn: lastColumn)
  }

  /// Reads and parses the file at `path`, named in messages as it is written.
  package init(contentsOfFile path: String, lastColumn: LastColumn) throws(CSVError) {
    if let problem = fileProblem(atPath: path) {
      throw CSVError(line: 0, reason: "cannot read \(path): \(problem)")
    }
    let data: Data
    do {
      // Mapped: the file's pages are the system's cache, not a second copy in memory.
      data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
    } catch {
      throw CSVError(line: 0, reason: "cannot read \(path): \(error.localizedDescription)")
    }
    // Number parsing reads up to the byte after a field: a line end, or a 0 added to a
    // copy of a file that does not end with one.
    if data.last == 0x0A || data.last == 0x0D {
      let result = data.withUnsafeBytes { raw in
        Result { () throws(CSVError) in
          try CSVTable(file: raw.bindMemory(to: UInt8.self), path: path, lastColumn: lastColumn)
        }
      }
      self = try result.get()
      return
    }
    var bytes = [UInt8](repeating: 0, count: data.count + 1)
    bytes.withUnsafeMutableBytes { _ = data.copyBytes(to: $0) }
    self = try bytes.withUnsafeBufferPointer { buffer throws(CSVError) in
      try CSVTable(
        file: UnsafeBufferPointer(rebasing: buffer.dropLast()), path: path, lastColumn: lastColumn)
    }
  }

  /// Parses the bytes of the file at `path`.
  init(
    file bytes: UnsafeBufferPointer<UInt8>, path: String, lastColumn: LastColumn
  ) throws(CSVError) {
    guard Self.isUTF8(bytes) else { throw CSVError(line: 0, reason: "\(path) is not UTF-8 text") }
    try self.init(bytes: bytes, lastColumn: lastColumn)
  }

  /// Whether `bytes` are UTF-8: a quick pass when they are all ASCII.
  static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var high: UInt8 = 0
    for byte in bytes { high |= byte }
    return high < 0x80 || String(validating: bytes, as: UTF8.self) != nil
  }

  /// Parses `bytes`, which must end with a line end or be followed in memory by a 0.
  init(bytes: UnsafeBufferPointer<UInt8>, lastColumn: LastColumn) throws(CSVError) {
    var parser = CSVParser(bytes: bytes, lastColumn: lastColumn)
    try parser.parse()
    guard !parser.lines.isEmpty else { throw CSVError(line: 0, reason: "no data rows") }
    columnCount = parser.width ?? 0
    values = parser.values
    lines = parser.lines
  }
}
