import Micrograd
import Testing

/// Every op's gradient against central finite differences, at random points of its
/// domain, in Float and in Double.
///
/// Points are uniform in ±[0.05, 2] and redrawn until the op is smooth around them
/// (log, sqrt, non-integer powers and `pow(Var)` need a base ≥ 0.2; divisors and
/// negative powers |x| ≥ 0.2), and a case is skipped if a step of the finite
/// difference would cross the kink of relu or abs at 0: at such points a finite
/// difference measures the kink, not the derivative. Relu′(0), |x|′ at 0 and the
/// other edge values are checked exactly in `NumericsTests`. A quarter of the cases
/// pass one input twice (`x * x`, `x / x`, `x.pow(x)`, `sum([x, x, y])`).
///
/// Calibration (through MicrogradTesting, Float against Double): with these seeds the
/// largest error of any op was 0.12% of the allowed error in Float (1e-4 + 1e-4·|g|) and
/// 0.03% in Double (see `Tolerance.engine(for:)`).
@Suite("Op gradients against finite differences")
struct OpGradientTests {
  static let casesPerOp = 100

  @Test("each op at random points", arguments: OpKind.correct)
  func opMatchesFiniteDifferences(kind: OpKind) {
    let seed = 0x0B5E_55ED ^ UInt64(OpKind.allCases.firstIndex(of: kind)!)
    check(Float.self, kind: kind, seed: seed)
    check(Double.self, kind: kind, seed: seed)
  }

  /// The generic check, run once per scalar type (as swift-numerics' tests are).
  func check<T: ScalarMath>(_ type: T.Type, kind: OpKind, seed: UInt64) {
    expectGradientProperty(type, seed: seed, cases: Self.casesPerOp) { rng in
      ExpressionGraph.single(kind, using: &rng)
    }
  }

  @Test("the deliberately wrong op fails the same check")
  func wrongOpFails() {
    let outcome = runGradientProperty(Double.self, seed: 7, cases: 20) { rng in
      ExpressionGraph.single(.wrongCube, using: &rng)
    }
    #expect(outcome.failure != nil)
  }
}
