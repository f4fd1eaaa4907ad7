import Micrograd
import MicrogradTesting
import Testing

/// The reports a user reads: checkGradients' per-input lines, and a replay filter that
/// names one test.
@Suite("Kit reports")
struct KitReportTests {
  @Test("checkGradients' report gives the analytic and numeric partial of every input")
  func checkGradientsReport() {
    let result = checkGradients(of: { $0[0].applying(WrongSquare()) * $0[1] }, at: [0.5, 2.0])
    let report = "\(result)"
    #expect(!result.passed)
    #expect(report.contains("x0: analytic 1.0, numeric 1.99"), "\(report)")
    #expect(report.contains("  <- worst"), "\(report)")
    #expect(report.contains("x1: analytic 0.25, numeric 0.2"), "\(report)")
  }

  @Test("the replay line's filter names one test, not every test it prefixes")
  func replayFilter() throws {
    let result = checkOp(WrongSquare<Double>(), testName: "wrongSoftclip()")
    let replay = try #require(result.failure?.replay)
    let filter = try #require(replay.split(separator: "'").last)
    let pattern = try Regex(String(filter))
    #expect("MyTests.Suite/wrongSoftclip()/File.swift:3:4".contains(pattern))
    #expect("MyTests.Suite/wrongSoftclip".contains(pattern))  // XCTest
    #expect(!"MyTests.Suite/wrongSoftclipFloat()/File.swift:9:4".contains(pattern))
  }

}

/// x² with the derivative x (half the truth), generic.
struct WrongSquare<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
  func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) { (x * x, x) }
}
