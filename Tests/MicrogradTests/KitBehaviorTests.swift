import Micrograd
import MicrogradTesting
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The kit's promises beyond catching a wrong op: Float against Double, kinks, whole
/// numbers, reads past the inputs, edge values, NaN in reports, replays.
@Suite("MicrogradTesting behavior")
struct KitBehaviorTests {
  /// x³, written once for every mode and scalar.
  struct Cube: DifferentiableFunction {
    func callAsFunction<V: DifferentiableScalar>(_ x: Inputs<V>) -> V
    where V.Scalar: ScalarMath {
      x[0] * x[0] * x[0]
    }
  }

  /// x₀ · x₁, which reads the second input even when it was given one.
  struct ReadsTwo: DifferentiableFunction {
    func callAsFunction<V: DifferentiableScalar>(_ x: Inputs<V>) -> V
    where V.Scalar: ScalarMath {
      x[0] * x[1]
    }
  }

  @Test("Float against Double: tight tolerances hold at |f| ≈ 300, Float alone cannot")
  func floatAgainstDouble() {
    let large = Domain.between(6.5, 7)  // x³ ≈ 275…343
    let withDouble = checkFunction(Cube(), in: large, as: Float.self)
    #expect(withDouble.passed, "\(withDouble)")
    #expect(withDouble.worstRatio < 0.5, "\(withDouble)")
    // The same tight tolerance with the differences taken in Float: rounding error
    // ε·|f|/h ≈ 6e-8 · 300 / 1e-6 swamps it.
    let alone = checkFunction(
      Cube(), in: large, as: Float.self, compareWithDouble: false,
      tolerance: .default(for: Float.self, comparingWithDouble: true))
    #expect(!alone.passed)
  }

  @Test("points within a step of a declared kink are skipped and counted")
  func kinks() {
    let relu = checkFunction(inputs: 1, in: .between(-0.01, 0.01).kinks(at: [0]), as: Double.self) {
      x in x[0].relu()
    }
    #expect(relu.passed, "\(relu)")
    #expect(relu.checked + relu.skippedCount == 100)
    let pinned = checkFunction(
      inputs: 1, in: Domain.anyReal.kinks(at: [0]), as: Double.self, at: [1e-7]
    ) { x in x[0].abs() }
    #expect(pinned.skipped["within a step of a kink"] == 1, "\(pinned)")
  }

  @Test("whole-number inputs are drawn as integers and not differentiated")
  func integers() {
    var exponents: Set<Double> = []
    let power = checkFunction(
      inputs: 2, in: .negative, .integers(-3...3), as: Double.self
    ) { x in
      exponents.insert(x[1].data)
      return x[0].pow(x[1])  // ∂/∂y is NaN for a negative base: not compared
    }
    #expect(power.passed, "\(power)")
    #expect(exponents.allSatisfy { $0 == $0.rounded() && abs($0) <= 3 })
    #expect(exponents.count > 3)
  }

  @Test("a function that reads past its inputs fails with a message, not a trap")
  func outOfRange() throws {
    let result = checkFunction(ReadsTwo(), inputs: 1, as: Double.self)
    let failure = try #require(result.failure)
    #expect(failure.shrunk.direction == .outOfRange)
    #expect("\(result)".contains("the function read x[1], but it was given 1 input"))
    let edges = checkEdgeValues(of: ReadsTwo(), inputs: 1, as: Double.self)
    #expect(!edges.passed)
  }

  @Test("edge values: NaN in gives NaN out, and a broken op is reported")
  func edgeValues() {
    let cube = checkEdgeValues(of: Cube(), as: Float.self)
    #expect(cube.passed, "\(cube)")
    #expect(cube.rows.count == 11)
    #expect(cube.rows.contains { $0.point[0] == .leastNonzeroMagnitude })
    let constant = checkEdgeValues(of: Ops.Power<Double>(0))  // x⁰ = 1, even for NaN
    #expect(!constant.passed)
    #expect("\(constant)".contains("x = [NaN]: value 1.0, gradient [0.0]  <- NaN in, 1.0 out"))
  }

  @Test("a NaN gradient is reported as NaN")
  func nanReported() throws {
    let result = checkOp(NaNDerivative<Double>())
    let failure = try #require(result.failure)
    #expect(failure.shrunk.direction == .notANumber)
    #expect(failure.shrunk.error.isNaN)
    #expect("\(result)".contains("analytic NaN, numeric 2.0  <- worst"))
    #expect("\(result)".contains("worst: x0, one side NaN, error NaN > allowed 0.00201"))
    #expect(failure.shrunk.point == [0])
  }

  @Test("MICROGRAD_TESTING_REPLAY reruns exactly one point of one check")
  func replay() throws {
    func wrong(at point: [Double]? = nil) -> GradientPropertyResult<Double> {
      checkOp(WrongCube<Double>(), at: point, fileID: "Replay.swift", line: 1)
    }
    let found = try #require(wrong().failure)
    // The replay line's variable, for this label only.
    let assignment = try #require(found.replay.split(separator: " ").first)
    let value = assignment.split(separator: "=", maxSplits: 1)[1].dropFirst().dropLast()
    #expect(value == "Replay.swift:1@[0.5]")
    setenv("MICROGRAD_TESTING_REPLAY", String(value), 1)
    defer { unsetenv("MICROGRAD_TESTING_REPLAY") }
    let replayed = wrong()
    #expect(replayed.trials == 1)
    #expect(replayed.failure?.shrunk.point == [0.5])
    #expect(replayed.failure?.shrunk.signature == found.shrunk.signature)
  }

  @Test("a custom check runs beside the standard ones")
  func customCheck() {
    let positive = GradientCheck<Double>(name: "value is positive") { context in
      let value = try context.function.value(at: context.point)
      guard value <= 0 else { return .passed(worstRatio: 0) }
      return .failed(
        Mismatch(
          check: "value is positive", point: context.point, analytic: [], expected: [],
          expectedName: "", input: 0, error: value, allowed: 0, tolerance: "> 0",
          direction: .below, message: "value \(value)"))
    }
    let result = checkFunction(
      Cube(), in: .anyReal, as: Double.self, checks: GradientCheck.standard + [positive])
    #expect(!result.passed)
    #expect(result.failure?.shrunk.point == [0])  // 0³ = 0 is not positive
  }

  /// Counts its calls, and gives a derivative of 2 on even calls and 2.5 on odd ones:
  /// right in one mode and wrong in the other, whichever runs first.
  final class Calls: @unchecked Sendable { var count = 0 }

  struct ModeDependent: UnaryLocalGradient {
    let calls: Calls
    func forward(_ x: Double) -> (value: Double, dx: Double) {
      calls.count += 1
      return (2 * x, calls.count.isMultiple(of: 2) ? 2 : 2.5)
    }
  }

  @Test("forward mode is checked against reverse mode, for ops and generic functions")
  func forwardMode() throws {
    #expect(checkOp(LegendreP3<Double>()).checkedForwardMode)
    #expect(checkFunction(Cube(), as: Float.self).checkedForwardMode)
    #expect(!checkFunction(inputs: 1, as: Double.self) { $0[0] }.checkedForwardMode)
    let result = checkOp(ModeDependent(calls: Calls()), checks: [.forwardMode])
    let failure = try #require(result.failure)
    #expect(failure.shrunk.check == "forward mode vs reverse mode")
    #expect(failure.shrunk.analytic == [2])
    #expect(failure.shrunk.expected == [2.5])
    #expect("\(result)".contains("forward 2.5"))
  }
}
