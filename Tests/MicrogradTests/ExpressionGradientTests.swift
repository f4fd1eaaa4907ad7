import Micrograd
import Testing

/// Random compositions of ops, against central finite differences: expression DAGs
/// of up to eight ops over up to three inputs, in which op results are often used by
/// several consumers (or twice by one), in Float and in Double.
///
/// See `Tolerance.engine(for:)` for the step and tolerances, and
/// ``ExpressionGraph/random(using:kinds:maxInputs:maxOps:)`` for how the graphs keep
/// away from kinks and singularities.
///
/// Calibration (through MicrogradTesting): over the 1,200 graphs per type of the two
/// seeds below, the largest finite-difference error of a passing case was 1.8% of the
/// allowed error in Float (against Double, 1e-4 + 1e-4·|g|; under the old Float-only
/// 1e-2 it was 37%) and 0.08% in Double; forward and reverse mode differed by at most
/// 4.8 ulps of the scale (30% of the 16 allowed); no case was skipped.
@Suite("Random expression graphs against finite differences")
struct ExpressionGradientTests {
  static let cases = 600

  @Test("random DAGs of every op", arguments: [0x00C0_FFEE, 0x5EED_0002] as [UInt64])
  func randomGraphs(seed: UInt64) {
    check(Float.self, seed: seed)
    check(Double.self, seed: seed)
  }

  func check<T: ScalarMath>(_ type: T.Type, seed: UInt64) {
    let outcome = expectGradientProperty(type, seed: seed, cases: Self.cases) { rng in
      ExpressionGraph.random(using: &rng, kinds: OpKind.correct)
    }
    // The property must really have covered shared nodes (unless a failure stopped
    // it, or MICROGRAD_CASE_SEED chose a single case).
    if outcome.failure == nil, outcome.total == Self.cases {
      #expect(outcome.shared * 3 >= outcome.checked, "\(outcome.shared) of \(outcome.checked)")
    }
  }
}
