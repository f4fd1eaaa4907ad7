import Micrograd
import Testing

/// The gradient checker itself: it must pass correct ops, catch a wrong one and
/// name the input, and treat non-finite partials strictly.
@Suite("Gradient checker")
struct GradientCheckTests {
  @Test("passes on correct ops, in Float and Double, with the default step and tolerances")
  func passesOnCorrectOps() {
    func check<T: ScalarMath>(_: T.Type) {
      let cases: [(([Var<T>]) -> Var<T>, [T])] = [
        ({ ($0[0] * $0[1]).tanh() }, [0.3, -1.2]),
        ({ $0[0].exp() / ($0[1] * $0[1] + 1) }, [0.5, 1.5]),
        ({ ($0[0].sigmoid() + $0[1].softplus()).log() }, [-0.4, 0.9]),
        ({ $0[0].pow($0[1]) + $0[1].sin() * $0[0].cos() }, [1.3, 0.7]),
        ({ Var.dot($0, $0.map { $0.sqrt() }) }, [0.5, 2, 1.25]),
        ({ ($0[0] - 2).relu() * $0[0].abs() }, [3.5]),
      ]
      for (f, point) in cases {
        let result = checkGradients(of: f, at: point)
        #expect(result.passed, "\(T.self) at \(point): \(result)")
        #expect(result.analytic.count == point.count)
        #expect(result.numeric.count == point.count)
        #expect(result.maxAbsoluteError.isFinite)
      }
    }
    check(Float.self)
    check(Double.self)
  }

  @Test("passes with the defaults for Float16 and Float80, where they exist")
  func otherPrecisions() {
    func check<T: ScalarMath>(_: T.Type) {
      let result = checkGradients(of: { ($0[0] * $0[1]).tanh() + $0[0].exp() }, at: [T(0.3), -1.2])
      #expect(result.passed, "\(T.self): \(result)")
      #expect(!checkGradients(of: { $0[0].wrongCube() }, at: [T(-1)]).passed)
    }
    #if !((os(macOS) || targetEnvironment(macCatalyst)) && arch(x86_64))
      check(Float16.self)
    #endif
    #if (arch(i386) || arch(x86_64)) && !os(Windows) && !os(Android)
      check(Float80.self)
    #endif
  }

  @Test("fails on a wrong op and points at the input whose partial is wrong")
  func failsOnWrongOp() {
    func check<T: ScalarMath>(_: T.Type) {
      // Only x1 goes through the wrong op: analytic 3·x1 = −6, numeric 3·x1² = 12.
      let result = checkGradients(
        of: { $0[0] * $0[2] + $0[1].wrongCube() + $0[2].tanh() }, at: [T(0.5), -2, 0.75])
      #expect(!result.passed)
      #expect(result.worstInput == 1)
      #expect(result.analytic[1] == -6)
      #expect(abs(result.numeric[1] - 12) < 0.01)
      #expect(result.maxAbsoluteError > 17)
      #expect("\(result)".contains("FAILED"))
      #expect("\(result)".contains("worst: input 1"))
    }
    check(Float.self)
    check(Double.self)
  }

  @Test("passes the wrong op where it happens to be right (x = 1)")
  func wrongOpAtOne() {
    #expect(checkGradients(of: { $0[0].wrongCube() }, at: [1.0]).passed)
  }

  @Test("a NaN or infinite partial that the finite difference does not see fails")
  func nonFiniteMismatch() {
    let nan = checkGradients(
      of: { $0[0] + $0[1].applying(NaNDerivative()) }, at: [1.0, 2.0])
    #expect(!nan.passed)
    #expect(nan.worstInput == 1)
    #expect(nan.analytic[1].isNaN)
    #expect(abs(nan.numeric[1] - 2) < 1e-6)
    #expect(nan.maxAbsoluteError.isNaN)
    #expect("\(nan)".contains("max abs error NaN"))

    let infinite = checkGradients(
      of: { $0[0].applying(InfiniteDerivative()) * $0[1] }, at: [Float(1), 2])
    #expect(!infinite.passed)
    #expect(infinite.worstInput == 0)
    #expect(infinite.maxRelativeError == .infinity)
  }

  @Test("non-finite partials pass only when both sides agree")
  func nonFiniteAgreement() {
    // √x at −1: value, analytic and numeric partials are all NaN.
    let both = checkGradients(of: { $0[0].sqrt() }, at: [-1.0])
    #expect(both.analytic[0].isNaN && both.numeric[0].isNaN)
    #expect(both.passed)
  }

  @Test("numericalGradient is the central difference")
  func numericalGradient() {
    // f = x²y: ∂f/∂x = 2xy, ∂f/∂y = x²; central differences are exact for
    // quadratics up to rounding.
    let g = Micrograd.numericalGradient(of: { $0[0] * $0[0] * $0[1] }, at: [3.0, -2.0])
    #expect(abs(g[0] - -12) < 1e-8)
    #expect(abs(g[1] - 9) < 1e-8)
    // With a large step the truncation error h²·f‴/6 of x³ is visible: exactly h².
    let h = 0.5
    let cube = Micrograd.numericalGradient(of: { $0[0].pow(3) }, at: [1.0], step: h)
    #expect(cube[0] == 3 + h * h)
  }

  @Test("documented default steps and tolerances")
  func defaults() {
    #expect(defaultGradientCheckStep(for: Double.self) == 1e-6)
    #expect(defaultGradientCheckStep(for: Float.self) == 1e-3)
    #expect(defaultGradientCheckTolerances(for: Double.self) == (1e-5, 1e-3))
    #expect(defaultGradientCheckTolerances(for: Float.self) == (1e-2, 1e-2))
  }

  @Test("tighter tolerances than the error make a correct op fail")
  func tolerancesAreUsed() {
    let loose = checkGradients(of: { $0[0].exp() }, at: [1.0], step: 1e-2)
    #expect(loose.passed)
    // The truncation error at h = 1e-2 is about h²·e/6 = 4.5e-5.
    let tight = checkGradients(
      of: { $0[0].exp() }, at: [1.0], step: 1e-2, absoluteTolerance: 1e-6,
      relativeTolerance: 0)
    #expect(!tight.passed)
    #expect(abs(tight.maxAbsoluteError - 1e-4 * Double.exp(1) / 6) < 1e-6)
  }
}
