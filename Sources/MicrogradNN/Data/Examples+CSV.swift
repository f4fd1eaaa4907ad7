import Foundation
import Micrograd

extension Examples where Target == Int {
  /// Reads a dataset from CSV text: on each line the feature values, then the class.
  ///
  /// ```
  /// x,y,label
  /// 0.51,-0.32,1
  /// -0.94,0.27,0
  /// ```
  ///
  /// One reader serves every CSV file of the package (classes, real targets, and the
  /// `micrograd` command), with these rules:
  ///
  /// - A UTF-8 byte order mark at the start is skipped.
  /// - Lines end with `\n`, `\r\n` or `\r`.
  /// - Empty lines, lines of spaces, and lines starting with `#` are skipped.
  /// - Fields are separated by commas; spaces and tabs around a field are ignored.
  /// - The first line left is a header, and is skipped, when none of its fields is a
  ///   finite number (so `nan,inf,label` is a header).
  /// - Features are numbers as `Double(_:)` reads them (`1`, `-0.5`, `2.5e-3`), and
  ///   must be finite.
  /// - The label is a class number 0, 1, 2, …; −1 is read as class 0, so files
  ///   labelled −1/+1 work as they are (a file may not use both −1 and 0). `1.0` is
  ///   accepted for 1. (For a ``RegressionDataset``, the target is any finite number.)
  /// - Every line must have as many fields as the first (header or not), and at least
  ///   two.
  ///
  /// - Throws: ``CSVError`` naming the first bad line (1-based) and what is wrong with
  ///   it, such as `line 4: feature 2 is "abc", not a number`.
  public static func csv(_ text: String, name: String = "csv") throws(CSVError) -> Self {
    try Self(CSVTable(parsing: text, lastColumn: lastColumn), name: name)
  }

  /// Reads a dataset from a CSV file; see `csv(_:name:)`, reading CSV text, for the format.
  ///
  /// - Throws: ``CSVError``: for a file that cannot be read or is not UTF-8 text
  ///   (line 0), or naming the first bad line.
  public static func csv(contentsOf url: URL) throws(CSVError) -> Self {
    try Self(contentsOf: url)
  }
}

extension Examples where Target == Scalar {
  /// Reads a regression dataset from CSV text: on each line the feature values, then the
  /// target, any finite number; otherwise the format of a classification file (the same
  /// reader).
  ///
  /// - Throws: ``CSVError`` naming the first bad line (1-based) and what is wrong with it.
  public static func csv(_ text: String, name: String = "csv") throws(CSVError) -> Self {
    try Self(CSVTable(parsing: text, lastColumn: lastColumn), name: name)
  }

  /// Reads a regression dataset from a CSV file, in the format of CSV text.
  ///
  /// - Throws: ``CSVError``: for a file that cannot be read or is not UTF-8 text
  ///   (line 0), or naming the first bad line.
  public static func csv(contentsOf url: URL) throws(CSVError) -> Self {
    try Self(contentsOf: url)
  }
}

extension Examples {
  /// What the last column of a file holds for these targets: classes or real values.
  static var lastColumn: CSVTable.LastColumn { Target.self == Int.self ? .label : .target }

  /// The examples of the CSV file at `url`, named by its file name.
  init(contentsOf url: URL) throws(CSVError) {
    try self.init(
      CSVTable(contentsOf: url, lastColumn: Self.lastColumn), name: url.lastPathComponent)
  }

  /// The examples of a table: the last column is the class (of a table read with
  /// ``CSVTable/LastColumn/label`` or ``CSVTable/LastColumn/labelOrTarget``) or the
  /// real target (read with ``CSVTable/LastColumn/target`` or
  /// ``CSVTable/LastColumn/labelOrTarget``).
  ///
  /// - Throws: ``CSVError``, for classes, naming the first line whose label is not a
  ///   class number, or where the labels start to mix −1 and 0.
  /// - Precondition: `Target` is `Int` or `Scalar`.
  package init(_ table: CSVTable, name: String) throws(CSVError) {
    let targets: [Target]
    if Target.self == Int.self {
      targets = unsafeBitCast(try Self.classes(of: table), to: [Target].self)
    } else {
      precondition(Target.self == Scalar.self, "a CSV file's targets are classes or values")
      targets = unsafeBitCast(table.lastColumn(as: Scalar.self), to: [Target].self)
    }
    self.init(inputs: table.featureRows(as: Scalar.self), targets: targets, name: name)
  }

  /// The last column of `table` as classes.
  static func classes(of table: CSVTable) throws(CSVError) -> [Int] {
    var signs = LabelSigns()
    var labels: [Int] = []
    labels.reserveCapacity(table.rowCount)
    for i in 0..<table.rowCount {
      let value = table.last(i)
      let line = Int(table.lines[i])
      guard LabelSigns.isClassNumber(value) else {
        throw LabelSigns.notAClass("\(value)", line: line)
      }
      try signs.note(value, line: line)
      labels.append(LabelSigns.classOf(value))
    }
    return labels
  }
}
