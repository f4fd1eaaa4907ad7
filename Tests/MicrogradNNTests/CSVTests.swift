import Foundation
import MicrogradNN
import Testing

@Suite("CSV loader")
struct CSVTests {
  @Test("reads features then a label, with a header, comments and blank lines")
  func reads() throws {
    let text = """
      x, y, label
      # a comment
      0.5, -1.25, 1

      -2e-1,3,0\r
      """
    let data = try Dataset<Double>.csv(text)
    #expect(data.inputs == [[0.5, -1.25], [-0.2, 3]])
    #expect(data.labels == [1, 0])
  }

  @Test("labels -1 and +1 are read as classes 0 and 1")
  func signedLabels() throws {
    let data = try Dataset<Double>.csv("1,2,-1\n3,4,1\n5,6,1.0\n")
    #expect(data.labels == [0, 1, 1])
  }

  @Test(
    "a bad row is rejected with a message that names its line",
    arguments: [
      ("1,2,0\n3,4\n", 2, "expected 3 columns, found 2"),
      ("a,b,c\n1,2,0\n1,x,1\n", 3, "feature 2 is \"x\", not a number"),
      ("1,2,0\n\n1,2,0.5\n", 3, "label \"0.5\" is not a class number"),
      ("1,2,0\n1,inf,1\n", 2, "feature 2 is inf, not finite"),
      ("1\n", 1, "expected at least 2 columns"),
      ("1,2,-1\n1,2,0\n", 2, "labels mix -1 (line 1) and 0 (line 2)"),
      ("1,2,3,0\n4,5,6,7,1\n", 2, "expected 4 columns, found 5"),
      ("1,2,two\n", 1, "label \"two\" is not a class number"),
    ])
  func rejects(text: String, line: Int, message: String) {
    #expect {
      _ = try Dataset<Double>.csv(text)
    } throws: { error in
      guard let error = error as? CSVError else { return false }
      return error.line == line && error.reason.hasPrefix(message)
        && error.description.hasPrefix("line \(line): ")
    }
  }

  @Test("an empty file, or one with only a header, is an error")
  func empty() {
    #expect(throws: CSVError(line: 0, reason: "no data rows")) {
      _ = try Dataset<Double>.csv("x,y,label\n")
    }
    #expect(throws: CSVError(line: 0, reason: "no data rows")) {
      _ = try Dataset<Double>.csv("")
    }
  }

  @Test("reads a file, and names a missing one")
  func file() throws {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("micrograd-csv-\(UInt64.random(in: 0...UInt64.max)).csv")
    try "1,2,1\n3,4,0\n".write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    let data = try Dataset<Double>.csv(contentsOf: url)
    #expect(data.count == 2)
    #expect(data.name == url.lastPathComponent)

    let missing = url.appendingPathExtension("missing")
    #expect {
      _ = try Dataset<Double>.csv(contentsOf: missing)
    } throws: { error in
      (error as? CSVError)?.reason.contains(missing.path) == true
    }
  }
}
