import Micrograd
import MicrogradTesting
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The kit's second-order checks: an op whose second derivatives are wrong is caught by
/// `checkOp` and `checkFunction`, with the same seeds, shrinking and replay as the
/// first-order checks; a correct op passes everywhere, near zeros of its derivative too.
@Suite("MicrogradTesting second order")
struct KitSecondOrderTests {
  /// (x₀ · x₁)³ with the cube's partial computed through Double: every first derivative
  /// is right, every second derivative through the partial is lost.
  struct ProductCubedThroughDouble: DifferentiableFunction {
    func callAsFunction<V: DifferentiableScalar>(_ x: Inputs<V>) -> V
    where V.Scalar: ScalarMath {
      (x[0] * x[1]).applying(CubePartialThroughDouble())
    }
  }

  @Test("an op whose partial goes through Double: checkOp fails at second order, shrunk")
  func partialThroughDouble() throws {
    // main: passed (first order only); hessian gave [[0]] at x = 2, not 12.
    let result = checkOp(CubePartialThroughDouble<Double>())
    #expect(result.checkedSecondOrder)
    let failure = try #require(result.failure, "\(result)")
    #expect(failure.shrunk.check.hasPrefix("second order: Hessian column x0"))
    #expect(failure.shrunk.point.count == 1 && failure.shrunk.point[0] != 0)
    #expect(failure.shrinkSteps > 0)
    let report = "\(result)"
    #expect(report.contains("likely: the first derivatives are right"), "\(report)")
    #expect(report.contains("MICROGRAD_TESTING_REPLAY="))
    // Float, against the Double reference, too.
    let float = checkOp(
      CubePartialThroughDouble<Float>(), reference: CubePartialThroughDouble<Double>())
    #expect(float.failure?.shrunk.check.hasPrefix("second order") == true, "\(float)")
  }

  @Test("an op whose value goes through Double: the value's tangent is blamed")
  func valueThroughDouble() throws {
    let result = checkOp(CubeThroughDouble<Double>())
    let failure = try #require(result.failure, "\(result)")
    #expect(failure.shrunk.check == "second order: the value's tangent in dual numbers")
    #expect("\(result)".contains("drops the derivative its partials give"), "\(result)")
  }

  @Test("a generic function is checked at second order with no conformance")
  func function() throws {
    let result = checkFunction(ProductCubedThroughDouble(), inputs: 2, as: Double.self)
    #expect(result.checkedSecondOrder)
    let failure = try #require(result.failure, "\(result)")
    #expect(failure.shrunk.check.hasPrefix("second order"))
    let correct = checkFunction(KitBehaviorTests.Cube(), as: Double.self)
    #expect(correct.passed && correct.checkedSecondOrder, "\(correct)")
  }

  @Test("a derivative wrong by a factor is blamed on the derivative, at first order")
  func wrongByAFactor() throws {
    // main's hessian trapped here, saying the op did not carry a perturbation and
    // should be written generically; it is generic, its derivative is wrong.
    let result = checkOp(TwiceTheDerivative<Double>())
    let failure = try #require(result.failure)
    #expect(failure.shrunk.check == "reverse mode vs finite differences")
    #expect("\(result)".contains("likely: the op's partial derivative disagrees"))
    #expect(!"\(result)".contains("perturbation"))
    // hessian returns (the Hessian of what the op claims, 2 · 6x), no trap.
    #expect(hessian(of: { $0[0].applying(TwiceTheDerivative()) }, at: [2.0]) == [[24]])
  }

  @Test("P₃ passes everywhere, near its critical point 1/√5 too")
  func legendreNearCriticalPoint() {
    let near = Domain.between(0.447_213_595_4, 0.447_213_595_6)
    let result = checkOp(LegendreP3<Double>(), in: near)
    #expect(result.passed && result.checkedSecondOrder, "\(result)")
    #expect(checkOp(LegendreP3<Double>()).passed)
    #expect(checkOp(LegendreP3<Float>(), reference: LegendreP3<Double>()).passed)
  }

  @Test("an op that cannot be rebuilt in dual numbers says it was checked to first order")
  func notCheckable() {
    let result = checkOp(WrongCube<Double>(), at: [1])
    #expect(!result.checkedSecondOrder)
    #expect(checkOp(NotCheckable<Double>()).description.contains("first order only"))
  }

  @Test("the built-in ops pass at second order by default, at their branch points too")
  func builtInOps() {
    let checks: [GradientPropertyResult<Double>] = [
      checkOp(Ops.Sigmoid<Double>()), checkOp(Ops.Softplus<Double>()),
      checkOp(Ops.SiLU<Double>()), checkOp(Ops.Sigmoid<Double>(), at: [0]),
      checkOp(Ops.Softplus<Double>(), at: [0]), checkOp(Ops.SiLU<Double>(), at: [0]),
      checkOp(Ops.PowerOfVariable<Double>(), in: .positive, .anyReal),
      checkOp(Ops.PowerOfVariable<Double>(), at: [2, 0]),
      checkOp(Ops.SoftmaxCrossEntropy<Double>(target: 1), sizes: 2...4),
      checkOp(Ops.Power<Double>(3)), checkOp(Ops.GELU<Double>()),
      checkOp(Ops.Hypot<Double>(), in: .anyReal, Domain.anyReal.away(from: [0])),
    ]
    for result in checks { #expect(result.passed && result.checkedSecondOrder, "\(result)") }
  }

  @Test("a second-order failure replays with MICROGRAD_TESTING_REPLAY")
  func replay() throws {
    func check() -> GradientPropertyResult<Double> {
      checkOp(CubePartialThroughDouble<Double>(), fileID: "SecondOrder.swift", line: 1)
    }
    let found = try #require(check().failure)
    let assignment = try #require(found.replay.split(separator: " ").first)
    let value = assignment.split(separator: "=", maxSplits: 1)[1].dropFirst().dropLast()
    setenv("MICROGRAD_TESTING_REPLAY", String(value), 1)
    defer { unsetenv("MICROGRAD_TESTING_REPLAY") }
    let replayed = check()
    #expect(replayed.trials == 1)
    #expect(replayed.failure?.shrunk.point == found.shrunk.point)
    #expect(replayed.failure?.shrunk.signature == found.shrunk.signature)
  }
}

/// x³ with its derivative given as 6x², twice the truth: generic, and wrong.
struct TwiceTheDerivative<Scalar: BinaryFloatingPoint>: UnaryLocalGradient, SecondOrderCheckable {
  static var name: String { "twiceTheDerivative" }
  func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) { (x * x * x, 6 * x * x) }
  var atDual: TwiceTheDerivative<Dual<Scalar>> { .init() }
}

/// x², correct, but not `SecondOrderCheckable`.
struct NotCheckable<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
  func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) { (x * x, 2 * x) }
}

extension LegendreP3: SecondOrderCheckable {
  var atDual: LegendreP3<Dual<Scalar>> { .init() }
}

extension CubeThroughDouble: SecondOrderCheckable {
  var atDual: CubeThroughDouble<Dual<Scalar>> { .init() }
}

extension CubePartialThroughDouble: SecondOrderCheckable {
  var atDual: CubePartialThroughDouble<Dual<Scalar>> { .init() }
}
