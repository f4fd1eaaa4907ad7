import Foundation
import MicrogradNN

/// Reads the rows of numbers of a CSV file of features: the input of `micrograd predict`.
///
/// The rules are those of ``Dataset/csv(_:name:)`` (a header without numbers, `#` lines
/// and empty lines skipped, `\r\n` accepted) without a label column: every field is a
/// feature, and must be a finite number.
enum FeatureRows {
  static func parse(_ text: String) throws(CSVError) -> [[Double]] {
    var rows: [[Double]] = []
    var width: Int?
    var lineNumber = 0
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      if width == nil && rows.isEmpty && fields.allSatisfy({ Double($0) == nil }) {
        width = fields.count
        continue
      }
      guard fields.count == width ?? fields.count else {
        throw CSVError(
          line: lineNumber, reason: "expected \(columns(width ?? 0)), found \(fields.count)")
      }
      width = fields.count
      var row: [Double] = []
      for (j, field) in fields.enumerated() {
        guard let value = Double(field), value.isFinite else {
          throw CSVError(line: lineNumber, reason: "feature \(j + 1) is \"\(field)\", not a number")
        }
        row.append(value)
      }
      rows.append(row)
    }
    guard !rows.isEmpty else { throw CSVError(line: 0, reason: "no data rows") }
    return rows
  }

  /// The text of the file at `path`.
  static func read(_ path: String) throws(RunError) -> String {
    if let problem = fileProblem(atPath: path) { throw RunError("cannot read \(path): \(problem)") }
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw RunError("cannot read \(path): \(error.localizedDescription)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw RunError("\(path) is not UTF-8 text")
    }
    return text
  }
}
