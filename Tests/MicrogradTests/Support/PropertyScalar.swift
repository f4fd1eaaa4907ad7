import Micrograd

/// The step and tolerances of the finite-difference property tests, per precision.
///
/// Central differences, (f(x + h) − f(x − h)) / 2h, err in two ways:
/// - truncation, about h²·|f‴|/6;
/// - rounding, about ε·S/h, where ε is the unit roundoff and S the size of the
///   rounding errors of f's evaluation (for a short graph, a few times its largest
///   intermediate value).
///
/// The generated cases keep every intermediate value within ±20 and every operand at
/// least 0.2 away from a pole or branch point, and a case is skipped when a perturbed
/// point would cross a kink of relu or abs, or when differences at h and h/2 disagree
/// (then |f‴| is so large, as in sin(1.1/x) near x = −0.3, that the truncation error
/// swamps the tolerance; see ``ExpressionGraph/check(as:)``).
///
/// - **Double** (ε = 1.1e-16): h = 1e-6 gives truncation ≈ 1.7e-13·|f‴| and rounding
///   ≈ 1.1e-16 · S / 1e-6 ≲ 1e-8 for S up to 100. We allow 1e-6 + 1e-6·|g|, 100× that
///   and 100× tighter in relative terms than the package's default (1e-5 + 1e-3·|g|);
///   a wrong derivative is typically off by O(1)·|g|.
/// - **Float** (ε = 6e-8): the package's defaults, h = 1e-3 and 1e-2 + 1e-2·|g|.
///   Truncation is ≈ 1.7e-7·|f‴|, negligible unless |f‴| ≳ 1e4 (and such cases are
///   skipped, above); rounding is ≈ 6e-8 · S / 1e-3 = 6e-5·S, about 3e-3 for S = 50.
///   (A larger step, 2⁻⁸ ≈ ε^(1/3), which balances the two error terms for a
///   well-scaled f, did worse here: these random compositions curve fast, and its
///   largest error was 84% of the tolerance instead of 37%.)
///
/// The largest errors actually seen are recorded next to the tests that use these
/// tolerances.
struct GradientTolerance<T: BinaryFloatingPoint> {
  var step: T
  var absolute: T
  var relative: T
}

/// A scalar type the forward-mode, Hessian and tape property tests run for, with their
/// finite-difference tolerance.
protocol PropertyScalar: ScalarMath {
  static var propertyTolerance: GradientTolerance<Self> { get }
}

extension Double: PropertyScalar {
  static var propertyTolerance: GradientTolerance<Double> {
    GradientTolerance(step: 1e-6, absolute: 1e-6, relative: 1e-6)
  }
}

extension Float: PropertyScalar {
  static var propertyTolerance: GradientTolerance<Float> {
    GradientTolerance(step: 1e-3, absolute: 1e-2, relative: 1e-2)
  }
}
