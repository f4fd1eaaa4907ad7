import Foundation
import Micrograd

extension RegressionDataset {
  /// Reads a dataset from CSV text: on each line the feature values, then the target.
  ///
  /// The format is that of ``Dataset/csv(_:name:)`` (the same reader) except for the
  /// last column, which is any finite number.
  ///
  /// - Throws: ``CSVError`` naming the first bad line (1-based) and what is wrong with it.
  public static func csv(_ text: String, name: String = "csv") throws(CSVError)
    -> RegressionDataset
  {
    RegressionDataset(try CSVTable(parsing: text, lastColumn: .target), name: name)
  }

  /// Reads a dataset from a CSV file; see ``csv(_:name:)`` for the format.
  ///
  /// - Throws: ``CSVError``: for a file that cannot be read or is not UTF-8 text
  ///   (line 0), or naming the first bad line.
  public static func csv(contentsOf url: URL) throws(CSVError) -> RegressionDataset {
    RegressionDataset(
      try CSVTable(contentsOf: url, lastColumn: .target), name: url.lastPathComponent)
  }

  /// The examples of a table read with ``CSVTable/LastColumn/target`` or
  /// ``CSVTable/LastColumn/labelOrTarget``: the last column is the target.
  package init(_ table: CSVTable, name: String) {
    self.init(
      inputs: table.featureRows(as: Scalar.self),
      targets: table.lastColumn(as: Scalar.self), name: name)
  }

  /// Whether every target is a class number (…, −1, 0, 1, 2, …, as ``Dataset/csv(_:name:)``
  /// reads them): then the file is more likely labelled for classification.
  @inlinable
  public var targetsLookLikeClasses: Bool {
    targets.allSatisfy { LabelSigns.looksLikeClass($0) }
  }
}
