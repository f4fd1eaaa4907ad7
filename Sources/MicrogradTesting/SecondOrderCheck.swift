import Micrograd

extension GradientCheck {
  /// Second derivatives, three ways: the op's value in dual numbers carries the gradient
  /// that reverse mode gives; the Hessian forward over reverse (`hessian(of:at:)`)
  /// matches central differences of the reverse-mode gradient, column by column; and it
  /// matches the Hessian forward over forward (nested `Dual`s). Passes trivially for a
  /// function that cannot run in dual numbers (a closure of `Var`s, an op that is not
  /// ``SecondOrderCheckable``).
  ///
  /// Reverse over forward is not among them: `Var` is not a floating-point type, so
  /// `Dual<Var<T>>` does not exist. The differences use the ``Tolerance`` of the
  /// first-order check (at least 1e-2 absolute and relative for types narrower than
  /// Double), with the same skip where the gradient curves too fast for the step; the two
  /// exact Hessians must agree to ``Tolerance/forwardULPs`` × 4 units of ε
  /// times the computation's scale.
  public static var secondOrder: GradientCheck {
    GradientCheck(name: "second order") { (context) throws -> CheckVerdict<T> in
      let f = context.function
      guard let hessian = try f.hessian(at: context.point),
        let (nested, valueGradient) = try f.nestedHessian(at: context.point)
      else { return .passed(worstRatio: 0) }
      let (value, gradient) = try f.gradient(at: context.point)
      let tolerance = secondOrderTolerance(context.tolerance, for: T.self)
      var worst = 0.0
      /// The mismatch of a failed comparison; a passing one's ratio joins `worst`.
      func failure(_ verdict: CheckVerdict<T>) -> Mismatch<T>? {
        switch verdict {
        case .failed(let mismatch): return mismatch
        case .passed(let ratio): worst = max(worst, ratio)
        case .skipped: break
        }
        return nil
      }

      // 1. The value carries its derivative through dual numbers.
      let carried = compare(
        valueGradient, gradient.map { Double($0) }, context: context,
        name: "second order: the value's tangent in dual numbers",
        expectedName: "reverse mode", allowed: tolerance.allowed(for:),
        toleranceText: "\(tolerance)")
      if var mismatch = failure(carried) {
        mismatch.hint =
          "the op's value, computed at Scalar == Dual, drops the derivative its partials "
          + "give: it converts through a concrete type (Double(x)) somewhere; write it in "
          + "Scalar's arithmetic. Everything built on it gets wrong second derivatives."
        return .failed(mismatch)
      }

      // 2. The Hessian against differences of the gradient, one column per input.
      let point = context.point.map { Double($0) }
      for j in point.indices where context.compared[j] {
        let column = point.indices.map { hessian[$0][j] }
        let numeric = try differencedGradient(f, at: point, along: j, step: tolerance.step)
        let verdict = compare(
          column, numeric, context: context,
          name: "second order: Hessian column x\(j) vs differences of the gradient",
          expectedName: "numeric", allowed: tolerance.allowed(for:),
          toleranceText: "\(tolerance)")
        guard var mismatch = failure(verdict) else { continue }
        // As in the first-order check: where the differences at h and h/2 disagree, the
        // gradient curves too fast for the step and they prove nothing.
        let half = try differencedGradient(f, at: point, along: j, step: tolerance.step / 2)
        if curvesTooFast(numeric, half, compared: context.compared, tolerance: tolerance) {
          return .skipped(reason: "gradient curves too fast for a step of \(tolerance.step)")
        }
        mismatch.hint =
          "the first derivatives are right but their own derivatives are not: a partial "
          + "computed through a concrete type (Double(x)), or a branch that makes a "
          + "partial a constant, drops the perturbation; write it in Scalar's arithmetic."
        return .failed(mismatch)
      }

      // 3. Forward over reverse against forward over forward.
      let finite = ([value] + gradient + hessian.joined() + nested.joined())
        .filter(\.isFinite).map { Double($0.magnitude) }
      let scale = finite.reduce(1, max)
      let allowed = 4 * tolerance.forwardULPs * Double(T.ulpOfOne) * scale
      for j in point.indices where context.compared[j] {
        let verdict = compare(
          point.indices.map { hessian[$0][j] }, point.indices.map { Double(nested[$0][j]) },
          context: context,
          name: "second order: Hessian column x\(j), forward over reverse vs forward over forward",
          expectedName: "nested", allowed: { _ in allowed },
          toleranceText: "\(4 * tolerance.forwardULPs) ulps of the scale \(short(scale))")
        if let mismatch = failure(verdict) { return .failed(mismatch) }
      }
      return .passed(worstRatio: worst)
    }
  }
}

/// The first-order tolerance, loosened for a type narrower than Double to Micrograd's
/// defaults for Float alone (1e-2): a Hessian in Float rounds a chain of partials of
/// partials, and its relative error reaches 1e-3 on graphs of a few ops, where a dropped
/// perturbation is off by O(1).
func secondOrderTolerance<T: BinaryFloatingPoint>(
  _ tolerance: Tolerance, for type: T.Type
) -> Tolerance {
  guard T.significandBitCount < Double.significandBitCount else { return tolerance }
  var loosened = tolerance
  loosened.absolute = max(tolerance.absolute, 1e-2)
  loosened.relative = max(tolerance.relative, 1e-2)
  return loosened
}

/// Central differences of the reverse-mode gradient along input `j`: column j of the
/// Hessian, in Double when the function has a reference.
func differencedGradient<T: ScalarMath>(
  _ f: FunctionUnderTest<T>, at point: [Double], along j: Int, step: Double
) throws(InputOutOfRange) -> [Double] {
  var plus = point
  var minus = point
  plus[j] += step
  minus[j] -= step
  if !f.hasReference {
    plus[j] = Double(T(plus[j]))
    minus[j] = Double(T(minus[j]))
  }
  let high = try f.referenceGradient(at: plus)
  let low = try f.referenceGradient(at: minus)
  return high.indices.map { (high[$0] - low[$0]) / (plus[j] - minus[j]) }
}
