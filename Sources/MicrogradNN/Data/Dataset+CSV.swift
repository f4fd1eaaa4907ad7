import Foundation
import Micrograd

extension Dataset {
  /// Reads a dataset from CSV text: on each line the feature values, then the class.
  ///
  /// ```
  /// x,y,label
  /// 0.51,-0.32,1
  /// -0.94,0.27,0
  /// ```
  ///
  /// - Fields are separated by commas; spaces around a field are ignored.
  /// - Lines end with `\n`, `\r\n` or `\r`.
  /// - The first line is a header, and is skipped, when none of its fields is a
  ///   finite number (so `nan,inf,label` is a header).
  /// - Empty lines and lines starting with `#` are skipped.
  /// - Features are decimal numbers (`1`, `-0.5`, `2.5e-3`), and must be finite.
  /// - The label is a class number 0, 1, 2, …; −1 is read as class 0, so files
  ///   labelled −1/+1 work as they are (a file may not use both −1 and 0). `1.0` is
  ///   accepted for 1.
  /// - Every line must have as many fields as the first, and at least two.
  ///
  /// - Throws: ``CSVError`` naming the first bad line (1-based) and what is wrong with
  ///   it, such as `line 4: feature 2 is "abc", not a number`.
  public static func csv(_ text: String, name: String = "csv") throws(CSVError) -> Dataset {
    var inputs: [[Scalar]] = []
    var labels: [Int] = []
    var width: Int?
    var lineNumber = 0
    var firstMinusOne: Int?
    var firstZero: Int?
    // Lines end with \n, \r\n (Windows) or \r (old Macs): Swift reads \r\n as one
    // character, a newline like the others.
    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
      lineNumber += 1
      let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      if width == nil && inputs.isEmpty && !fields.contains(where: { Double($0)?.isFinite == true })
      {
        // A header: no field is a finite number (`nan,inf,label` is a header too).
        width = fields.count
        continue
      }
      let expected = width ?? fields.count
      guard fields.count >= 2 else {
        throw CSVError(
          line: lineNumber,
          reason: "expected at least 2 columns (features, then a label), found \(fields.count)")
      }
      guard fields.count == expected else {
        throw CSVError(
          line: lineNumber, reason: "expected \(columns(expected)), found \(fields.count)")
      }
      width = expected
      var row: [Scalar] = []
      row.reserveCapacity(fields.count - 1)
      for (j, field) in fields.dropLast().enumerated() {
        guard let value = Double(field) else {
          throw CSVError(
            line: lineNumber, reason: "feature \(j + 1) is \"\(field)\", not a number")
        }
        guard value.isFinite else {
          throw CSVError(line: lineNumber, reason: "feature \(j + 1) is \(field), not finite")
        }
        row.append(Scalar(value))
      }
      let labelField = fields[fields.count - 1]
      let label = try parseLabel(labelField, line: lineNumber)
      if label == 0 {
        let isMinusOne = Double(labelField) == -1
        if isMinusOne {
          firstMinusOne = firstMinusOne ?? lineNumber
        } else {
          firstZero = firstZero ?? lineNumber
        }
        if let a = firstMinusOne, let b = firstZero {
          throw CSVError(
            line: lineNumber,
            reason: "labels mix -1 (line \(a)) and 0 (line \(b)); use 0/1 or -1/+1")
        }
      }
      labels.append(label)
      inputs.append(row)
    }
    guard !inputs.isEmpty else {
      throw CSVError(line: 0, reason: "no data rows")
    }
    return Dataset(inputs: inputs, labels: labels, name: name)
  }

  /// Reads a dataset from a CSV file; see ``csv(_:name:)`` for the format.
  ///
  /// - Throws: ``CSVError``: for a file that cannot be read or is not UTF-8 text
  ///   (line 0), or naming the first bad line.
  public static func csv(contentsOf url: URL) throws(CSVError) -> Dataset {
    if let problem = fileProblem(atPath: url.path) {
      throw CSVError(line: 0, reason: "cannot read \(url.path): \(problem)")
    }
    let bytes: Data
    do {
      bytes = try Data(contentsOf: url)
    } catch {
      throw CSVError(line: 0, reason: "cannot read \(url.path): \(error.localizedDescription)")
    }
    guard var text = String(data: bytes, encoding: .utf8) else {
      throw CSVError(line: 0, reason: "\(url.path) is not UTF-8 text")
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // a byte order mark
    return try csv(text, name: url.lastPathComponent)
  }

  static func parseLabel(_ field: String, line: Int) throws(CSVError) -> Int {
    guard let value = Double(field), value.isFinite, value.rounded() == value,
      value >= -1, value < Double(Int32.max)
    else {
      throw CSVError(
        line: line, reason: "label \"\(field)\" is not a class number (0, 1, 2, … or -1)")
    }
    return value == -1 ? 0 : Int(value)
  }
}
