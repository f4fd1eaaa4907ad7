/// Minimises a function of n scalars from a starting point, by L-BFGS or Newton's method.
///
/// Write `f` once, generically, and pass it by name: it runs on ``HessianTracer``, so that
/// one function serves the gradient (one pass recording a flat tape and one sweep) and,
/// for Newton's method, the Hessian
/// (``hessian(of:at:)-(([HessianTracer<T>])->HessianTracer<T>,_)``: one hyper-dual pass
/// for up to four parameters).
///
/// ```swift
/// func rosenbrock<V: DifferentiableScalar>(_ p: [V]) -> V where V.Scalar: ScalarMath {
///   (1 - p[0]).pow(2) + 100 * (p[1] - p[0] * p[0]).pow(2)
/// }
/// let result = minimize(rosenbrock, from: [-1.5, 2.0], method: .newton())
/// print(result.point, result.stop)  // ≈ [1.0, 1.0] gradientTolerance
/// ```
///
/// - Parameters:
///   - f: The function to minimise.
///   - start: The starting point.
///   - method: ``MinimizationMethod/lbfgs(_:)`` (the default) or
///     ``MinimizationMethod/newton(_:)``, with their settings.
/// - Returns: The point reached, the value and gradient there, the iterations and
///   evaluations spent, and why it stopped (``MinimizationStop``).
@inlinable
public func minimize<T: ScalarMath & SIMDScalar>(
  _ f: ([HessianTracer<T>]) -> HessianTracer<T>, from start: [T],
  method: MinimizationMethod<T> = .lbfgs()
) -> MinimizationResult<T> {
  switch method.kind {
  case .newton(let newton):
    return newton.minimize(f, from: start)
  case .lbfgs(var optimizer):
    var point = start
    optimizer.step(&point) { valueAndGradient(f, at: $0) }
    let (value, gradient) = valueAndGradient(f, at: point)
    return MinimizationResult(
      point: point, value: value, gradient: gradient, iterations: optimizer.iterations,
      functionEvaluations: optimizer.functionEvaluations + 1,
      stop: optimizer.stopReason ?? .maxIterations)
  }
}

/// How ``minimize(_:from:method:)`` minimises: L-BFGS or Newton's method, with their
/// settings.
public struct MinimizationMethod<T: BinaryFloatingPoint> {
  @usableFromInline
  enum Kind {
    case lbfgs(LBFGS<T>)
    case newton(Newton<T>)
  }

  @usableFromInline let kind: Kind

  @inlinable
  init(_ kind: Kind) { self.kind = kind }

  /// L-BFGS run as one long ``LBFGS`` step: by default with the strong Wolfe line
  /// search, up to 1,000 iterations and 2,500 evaluations, a gradient tolerance of
  /// 1e-10, and a change tolerance of `T.leastNormalMagnitude`, so that it stops on the
  /// gradient, or once the value or the point no longer changes at all, whatever the
  /// scale of the function.
  ///
  /// Only the gradient is computed, so each iteration costs about one reverse pass
  /// (two or three with the line search): the method for many parameters.
  @inlinable
  public static func lbfgs(_ optimizer: LBFGS<T>? = nil) -> Self {
    Self(
      .lbfgs(
        optimizer
          ?? LBFGS(
            maxIterations: 1000, maxEvaluations: 2500, gradientTolerance: 1e-10,
            changeTolerance: T.leastNormalMagnitude, lineSearch: .strongWolfe)))
  }

  /// Newton's method with exact Hessians (see ``Newton``): few iterations, each costing
  /// n Hessian-vector products; for up to a few dozen parameters.
  @inlinable
  public static func newton(_ settings: Newton<T> = Newton()) -> Self {
    Self(.newton(settings))
  }
}

/// What ``minimize(_:from:method:)`` found.
public struct MinimizationResult<T: BinaryFloatingPoint> {
  /// The point reached.
  public var point: [T]
  /// The function's value there.
  public var value: T
  /// The gradient there.
  public var gradient: [T]
  /// The iterations run.
  public var iterations: Int
  /// The evaluations of the function (with its gradient), not counting Hessians.
  public var functionEvaluations: Int
  /// Why it stopped; ``MinimizationStop/converged`` says whether the gradient is small.
  public var stop: MinimizationStop

  /// The Euclidean norm of the gradient at ``point``.
  @inlinable
  public var gradientNorm: T {
    var total: T = 0
    for g in gradient { total += g * g }
    return total.squareRoot()
  }

  /// Creates a result.
  @inlinable
  public init(
    point: [T], value: T, gradient: [T], iterations: Int, functionEvaluations: Int,
    stop: MinimizationStop
  ) {
    self.point = point
    self.value = value
    self.gradient = gradient
    self.iterations = iterations
    self.functionEvaluations = functionEvaluations
    self.stop = stop
  }
}

extension MinimizationMethod: Sendable where T: Sendable {}
extension MinimizationMethod.Kind: Sendable where T: Sendable {}
extension MinimizationResult: Sendable where T: Sendable {}
extension MinimizationResult: Equatable where T: Equatable {}
