import Foundation
import MicrogradNN
import Testing

/// The one CSV reader behind `Dataset.csv`, `RegressionDataset.csv` and the command:
/// one header rule, byte order mark, line ends, and the same messages for all three.
@Suite("CSV reader")
struct CSVTableTests {
  func table(_ text: String, _ last: CSVTable.LastColumn = .label) throws -> CSVTable {
    try CSVTable(parsing: text, lastColumn: last)
  }

  func file(_ bytes: [UInt8]) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("micrograd-table-\(UInt64.random(in: 0...UInt64.max)).csv")
    try Data(bytes).write(to: url)
    return url
  }

  @Test("one contiguous buffer, row after row, with the line of each row")
  func buffer() throws {
    let t = try table("x,y,label\n# note\n0.5,-1,1\n\n2,3e2,0\n")
    #expect(t.columnCount == 3 && t.rowCount == 2)
    #expect(t.values == [0.5, -1, 1, 2, 300, 0])
    #expect(t.lines == [3, 5])
    #expect(Array(t.features(1)) == [2, 300] && t.last(0) == 1)
  }

  @Test(
    "the header rule is the same for labels, targets and features: no finite number",
    arguments: [CSVTable.LastColumn.label, .target, .labelOrTarget, .feature])
  func header(last: CSVTable.LastColumn) throws {
    #expect(try table("nan,inf,label\n1,2,0\n", last).rowCount == 1)
    #expect(try table("x,y,z\n1,2,0\n", last).rowCount == 1)
    #expect(try table("1,2,0\n3,4,1\n", last).rowCount == 2)
    // A header sets the width too.
    #expect(throws: CSVError(line: 2, reason: "expected 2 columns, found 3")) {
      _ = try table("a,b\n1,2,0\n", last)
    }
    // Only the first line left can be a header.
    #expect(throws: CSVError(line: 2, reason: "feature 1 is \"x\", not a number")) {
      _ = try table("1,2,0\nx,2,0\n", last)
    }
  }

  @Test("line ends \\n, \\r\\n and \\r, mixed, with or without a last one")
  func lineEnds() throws {
    for text in [
      "x,y,l\n1,2,0\n3,4,1\n", "x,y,l\r\n1,2,0\r\n3,4,1\r\n", "x,y,l\r1,2,0\r3,4,1\r",
      "x,y,l\r\n1,2,0\r3,4,1", "x,y,l\n1,2,0\r\n\r\n3,4,1",
    ] {
      let t = try table(text)
      #expect(t.values == [1, 2, 0, 3, 4, 1], "\(text.debugDescription)")
    }
    // \r\n is one line end: the bad row is on line 3.
    #expect(throws: CSVError(line: 3, reason: "expected 3 columns, found 2")) {
      _ = try table("x,y,l\r\n1,2,0\r\n3,4\r\n")
    }
    #expect(throws: CSVError(line: 3, reason: "expected 3 columns, found 2")) {
      _ = try table("x,y,l\r1,2,0\r3,4\r")
    }
  }

  @Test("a byte order mark is skipped, in text and in a file, for every reader")
  func byteOrderMark() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("x,y\n1,2\n".utf8)
    let url = try file(bytes)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(try Dataset<Double>.csv(contentsOf: url).labels == [2])
    #expect(try RegressionDataset<Double>.csv(contentsOf: url).targets == [2])
    #expect(try CSVTable(contentsOf: url, lastColumn: .feature).values == [1, 2])
    #expect(try RegressionDataset<Double>.csv("\u{FEFF}x,y\n1,2.5\n").targets == [2.5])
    #expect(try Dataset<Double>.csv("\u{FEFF}1,2,1\n").inputs == [[1, 2]])
  }

  @Test("empty lines, lines of spaces, comments and spaces around fields")
  func blanks() throws {
    let t = try table("\n  \n\t\n x , y ,label\n # comment\n 1 ,\t2, 1 \n\n")
    #expect(t.values == [1, 2, 1] && t.lines == [6])
  }

  @Test(
    "bad values name their line, column and text",
    arguments: [
      ("1,2,0\n1,abc,1\n", CSVTable.LastColumn.label, 2, "feature 2 is \"abc\", not a number"),
      ("1,2,0\n1,-inf,1\n", .label, 2, "feature 2 is -inf, not finite"),
      ("1,2,0\n1,2,,\n", .label, 2, "expected 3 columns, found 4"),
      ("1,2,0\n1,,0\n", .label, 2, "feature 2 is \"\", not a number"),
      ("1,2,0\n1,2,0.5\n", .label, 2, "label \"0.5\" is not a class number"),
      ("1,2,0\n1,2,nan\n", .labelOrTarget, 2, "label \"nan\" is not a class number"),
      ("1,2\n3,1e400\n", .target, 2, "the target is 1e400, not finite"),
      ("1,2\n3,x\n", .target, 2, "the target is \"x\", not a number"),
      ("1,2\n3,1.5.2\n", .feature, 2, "feature 2 is \"1.5.2\", not a number"),
      ("1,2,3\n4,5\n", .feature, 2, "expected 3 columns, found 2"),
      ("1\n", .target, 1, "expected at least 2 columns (features, then a target), found 1"),
      ("1,2,1\n1,2,-1\n3,4,0\n", .label, 3, "labels mix -1 (line 2) and 0 (line 3)"),
    ])
  func badValues(text: String, last: CSVTable.LastColumn, line: Int, reason: String) {
    #expect {
      _ = try table(text, last)
    } throws: { error in
      guard let error = error as? CSVError else { return false }
      return error.line == line && error.reason.hasPrefix(reason)
        && error.description.hasPrefix("line \(line): ")
    }
  }

  @Test("one column is enough for features, not for a label or target")
  func oneColumn() throws {
    #expect(try table("0.5\n1\n", .feature).values == [0.5, 1])
    #expect(throws: CSVError(line: 0, reason: "no data rows")) {
      _ = try table("# nothing\n\n", .feature)
    }
  }

  /// Reads `fields` as one row and checks each value against `Double(_:)`, bit for bit.
  func expectSameAsDouble(_ fields: [String]) throws {
    let t = try table(fields.joined(separator: ","), .feature)
    #expect(t.values.count == fields.count)
    for (value, field) in zip(t.values, fields) {
      let expected = try #require(Double(field))
      #expect(value.bitPattern == expected.bitPattern, "\(field)")
    }
  }

  @Test("numbers read as Double(_:) reads them, bit for bit")
  func numbers() throws {
    let fields = [
      "0.1", "-0", "+5", ".5", "5.", "-.5e3", "1E5", "1e+5", "00012", "123456789012345",
      "1234567890123456789", "0.30000000000000004", "2.2250738585072014e-308", "4e-320",
      "1e-400", "1.7976931348623157e308", "0x1p3", "-0.0", "9007199254740993",
      "0.3183523678175067",
    ]
    try expectSameAsDouble(fields)
  }

  @Test("random decimal fields read as Double(_:) reads them, bit for bit")
  func randomNumbers() throws {
    var generator = SeededGenerator(seed: 16)
    var fields: [String] = []
    for _ in 0..<3000 {
      let digits = Int.random(in: 1...22, using: &generator)
      var text = (0..<digits).map { _ in String(Int.random(in: 0...9, using: &generator)) }
        .joined()
      if Bool.random(using: &generator) {
        text.insert(
          ".",
          at: text.index(text.startIndex, offsetBy: Int.random(in: 0...digits, using: &generator)))
      }
      if Bool.random(using: &generator) {
        text += "e\(Int.random(in: -345...280, using: &generator))"
      }
      fields.append((Bool.random(using: &generator) ? "-" : "") + text)
    }
    try expectSameAsDouble(fields)
  }

  @Test("files: a missing file, a folder and bytes that are not UTF-8 are named")
  func files() throws {
    let url = try file(Array("x,y\n1,2\n".utf8) + [0xE9, 0x0A])
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: CSVError(line: 0, reason: "\(url.path) is not UTF-8 text")) {
      _ = try RegressionDataset<Double>.csv(contentsOf: url)
    }
    let missing = url.path + ".missing"
    #expect(throws: CSVError(line: 0, reason: "cannot read \(missing): no such file")) {
      _ = try CSVTable(contentsOfFile: missing, lastColumn: .target)
    }
    let utf8 = try file(Array("x,é\n1,2\n".utf8))
    defer { try? FileManager.default.removeItem(at: utf8) }
    #expect(try RegressionDataset<Double>.csv(contentsOf: utf8).count == 1)
  }
}
