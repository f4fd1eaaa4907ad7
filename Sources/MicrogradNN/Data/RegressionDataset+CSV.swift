import Foundation
import Micrograd

extension RegressionDataset {
  /// Reads a dataset from CSV text: on each line the feature values, then the target.
  ///
  /// The format is that of ``Dataset/csv(_:name:)`` except for the last column, which
  /// is any finite number: a header line with no number is skipped, as are empty lines
  /// and lines starting with `#`; `\r\n` line endings are accepted.
  ///
  /// - Throws: ``CSVError`` naming the first bad line (1-based) and what is wrong with it.
  public static func csv(_ text: String, name: String = "csv") throws(CSVError)
    -> RegressionDataset
  {
    var inputs: [[Scalar]] = []
    var targets: [Scalar] = []
    var width: Int?
    var lineNumber = 0
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      if width == nil && inputs.isEmpty && fields.allSatisfy({ Double($0) == nil }) {
        width = fields.count
        continue
      }
      let expected = width ?? fields.count
      guard fields.count >= 2 else {
        throw CSVError(
          line: lineNumber,
          reason: "expected at least 2 columns (features, then a target), found \(fields.count)")
      }
      guard fields.count == expected else {
        throw CSVError(
          line: lineNumber, reason: "expected \(columns(expected)), found \(fields.count)")
      }
      width = expected
      var row: [Scalar] = []
      for (j, field) in fields.enumerated() {
        let what = j == fields.count - 1 ? "the target" : "feature \(j + 1)"
        guard let value = Double(field) else {
          throw CSVError(line: lineNumber, reason: "\(what) is \"\(field)\", not a number")
        }
        guard value.isFinite else {
          throw CSVError(line: lineNumber, reason: "\(what) is \(field), not finite")
        }
        row.append(Scalar(value))
      }
      targets.append(row.removeLast())
      inputs.append(row)
    }
    guard !inputs.isEmpty else { throw CSVError(line: 0, reason: "no data rows") }
    return RegressionDataset(inputs: inputs, targets: targets, name: name)
  }

  /// Reads a dataset from a CSV file; see ``csv(_:name:)`` for the format.
  ///
  /// - Throws: ``CSVError``: for a file that cannot be read (line 0), or naming the
  ///   first bad line.
  public static func csv(contentsOf url: URL) throws(CSVError) -> RegressionDataset {
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw CSVError(line: 0, reason: "cannot read \(url.path): \(error.localizedDescription)")
    }
    return try csv(text, name: url.lastPathComponent)
  }

  /// Whether every target is a class number (…, −1, 0, 1, 2, …, as ``Dataset/csv(_:name:)``
  /// reads them): then the file is more likely labelled for classification.
  @inlinable
  public var targetsLookLikeClasses: Bool {
    targets.allSatisfy { $0 == $0.rounded() && $0 >= -1 && $0 < 1000 }
  }
}
