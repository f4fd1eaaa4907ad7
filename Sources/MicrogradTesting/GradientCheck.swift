import Micrograd

/// One property checked at every point: an open set of checks, in the manner of
/// pointfree's `Snapshotting` strategies. The kit ships ``finiteDifferences`` and
/// ``forwardMode``; a check of your own is a name and a function:
///
/// ```swift
/// let finite = GradientCheck<Double>(name: "finite value") { context in
///   let value = try context.function.value(at: context.point)
///   return value.isFinite ? .passed(worstRatio: 0) : .skipped(reason: "not finite")
/// }
/// let checks = GradientCheck<Double>.standard + [finite]
/// checkFunction(MyFunction(), inputs: 2, as: Double.self, checks: checks)
/// ```
public struct GradientCheck<T: ScalarMath> {
  /// What a check is given: the function, the point, the tolerance, and which inputs
  /// to compare (whole-number inputs are not).
  public struct Context {
    /// The function under test.
    public var function: FunctionUnderTest<T>
    /// The point, one value per input.
    public var point: [T]
    /// The step and tolerances.
    public var tolerance: Tolerance
    /// Whether input i's partial is compared.
    public var compared: [Bool]
  }

  /// The name reports use, and part of a failure's signature when shrinking.
  public var name: String
  /// Runs the check at one point.
  public var run: (Context) throws -> CheckVerdict<T>

  /// Creates a check from a name and a function.
  public init(
    name: String, run: @escaping (Context) throws -> CheckVerdict<T>
  ) {
    self.name = name
    self.run = run
  }

  /// The kit's checks: ``finiteDifferences``, ``forwardMode``, then ``secondOrder``.
  public static var standard: [GradientCheck] {
    [.finiteDifferences, .forwardMode, .secondOrder]
  }
}

extension GradientCheck {
  /// Reverse-mode gradients against central differences (in Double when the function
  /// has a reference), skipping points where the differences at h and h/2 disagree.
  public static var finiteDifferences: GradientCheck {
    GradientCheck(name: "reverse mode vs finite differences") {
      (context) throws -> CheckVerdict<T> in
      let f = context.function
      let tolerance = context.tolerance
      let analytic = try f.gradient(at: context.point).gradient
      let numeric = try f.numericGradient(
        at: context.point, step: tolerance.step, compared: context.compared)
      let worst = compare(
        analytic, numeric, context: context, name: "reverse mode vs finite differences",
        expectedName: "numeric", allowed: tolerance.allowed(for:),
        toleranceText: "\(tolerance)")
      guard case .failed(var mismatch) = worst else { return worst }
      let half = try f.numericGradient(
        at: context.point, step: tolerance.step / 2, compared: context.compared)
      if curvesTooFast(numeric, half, compared: context.compared, tolerance: tolerance) {
        return .skipped(reason: "curves too fast for a step of \(tolerance.step)")
      }
      mismatch.hint =
        "the op's partial derivative disagrees with the slope of its own value: the "
        + "derivative (or the value) is wrong."
      return .failed(mismatch)
    }
  }

  /// Forward-mode tangents against reverse-mode gradients, to a few ulps of the
  /// computation's scale; passes trivially for a function that cannot run in forward
  /// mode (a closure of `Var`s).
  ///
  /// Both modes multiply the same partials, but sum them in a different order, so
  /// where a partial is a small difference of large terms they differ by a few ulps of
  /// the terms, not of the result. The scale is therefore max(1, |f|, the largest
  /// partial): the allowed difference is ``Tolerance/forwardULPs`` × ε × scale.
  public static var forwardMode: GradientCheck {
    GradientCheck(name: "forward mode vs reverse mode") {
      (context) throws -> CheckVerdict<T> in
      guard let forward = try context.function.forwardGradient(at: context.point) else {
        return .passed(worstRatio: 0)
      }
      let (value, analytic) = try context.function.gradient(at: context.point)
      let ulps = context.tolerance.forwardULPs
      let finite = ([value] + analytic + forward).filter(\.isFinite).map(\.magnitude)
      let scale = Double(finite.reduce(1, max))
      let allowed = ulps * Double(T.ulpOfOne) * scale
      return compare(
        analytic, forward.map { Double($0) }, context: context,
        name: "forward mode vs reverse mode", expectedName: "forward",
        allowed: { _ in allowed },
        toleranceText: "\(ulps) ulps of the scale \(short(scale))")
    }
  }
}

/// Whether central differences at h (`coarse`) and at h/2 (`half`) disagree by more than a
/// quarter of the tolerance at some compared input: they converge as h², so D(h) − D(h/2)
/// is about ¾ of D(h)'s truncation error, and where that is not small the difference
/// proves nothing either way. This never looks at the analytic side.
func curvesTooFast(
  _ coarse: [Double], _ half: [Double], compared: [Bool], tolerance: Tolerance
) -> Bool {
  coarse.indices.contains { i in
    compared[i]
      && !((coarse[i] - half[i]).magnitude * 4 / 3 <= tolerance.allowed(for: coarse[i]) / 4)
  }
}

/// Compares `analytic` with `expected` input by input: NaN agrees only with NaN and an
/// infinity only with itself; returns the worst input as a failure, or the worst ratio.
func compare<T: BinaryFloatingPoint>(
  _ analytic: [T], _ expected: [Double], context: GradientCheck<T>.Context, name: String,
  expectedName: String, allowed: (Double) -> Double, toleranceText: String
) -> CheckVerdict<T> where T: ScalarMath {
  var worst: (ratio: Double, mismatch: Mismatch<T>)?
  var worstPassing = 0.0
  for i in analytic.indices where context.compared[i] {
    let a = Double(analytic[i])
    let e = expected[i]
    guard case let (error, passed, ratio)? = comparePartial(a, e, allowed: allowed(e)) else {
      continue
    }
    if passed {
      worstPassing = max(worstPassing, ratio)
      continue
    }
    // An infinity that disagrees is allowed nothing; a NaN is shown against the allowance.
    let infinite = !a.isNaN && !e.isNaN && !(a.isFinite && e.isFinite)
    let limit = infinite ? 0 : allowed(e)
    let direction: Mismatch<T>.Direction =
      a.isNaN || e.isNaN ? .notANumber : a > e ? .above : .below
    if let current = worst, current.ratio >= ratio { continue }
    worst = (
      ratio,
      Mismatch(
        check: name, point: context.point, analytic: analytic,
        expected: expected.indices.map { context.compared[$0] ? expected[$0] : .nan },
        expectedName: expectedName, input: i, error: error, allowed: limit,
        tolerance: toleranceText, direction: direction)
    )
  }
  if let worst { return .failed(worst.mismatch) }
  return .passed(worstRatio: worstPassing)
}
