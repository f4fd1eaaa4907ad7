/// Newton's method with exact Hessians from ``hessian(of:at:)-(([HessianTracer<T>])->HessianTracer<T>,_)``, damped by a backtracking
/// line search: for problems of a few dozen parameters.
///
/// Each iteration solves H·p = −g by Cholesky. Where the Hessian is not positive
/// definite (away from a minimum, or at a saddle), it solves (H + τ·I)·p = −g instead,
/// with the smallest τ of a tenfold ladder that makes the matrix positive definite
/// (Nocedal and Wright's Algorithm 3.3), so p is always a descent direction. The step
/// x + α·p takes α = 1, halved until the value falls by at least
/// ``sufficientDecrease``·α·gᵀp (Armijo). Near a minimum with a positive definite
/// Hessian, every step is the full Newton step and convergence is quadratic.
///
/// Use it through ``minimize(_:from:method:)`` with ``MinimizationMethod/newton(_:)``.
public struct Newton<T: BinaryFloatingPoint> {
  /// The most iterations (Hessians) to compute.
  public var maxIterations: Int
  /// Stop once the gradient's largest component is at most this.
  public var gradientTolerance: T
  /// Stop once a step moves no coordinate by more than this times (1 + |coordinate|).
  public var stepTolerance: T
  /// The Armijo constant of the line search.
  public var sufficientDecrease: T

  /// Creates the method's settings.
  ///
  /// - Precondition: `maxIterations > 0`, and `sufficientDecrease` in (0, 1).
  @inlinable
  public init(
    maxIterations: Int = 100, gradientTolerance: T = 1e-10, stepTolerance: T = 1e-15,
    sufficientDecrease: T = 1e-4
  ) {
    precondition(maxIterations > 0, "Newton's method needs at least one iteration")
    precondition(
      sufficientDecrease > 0 && sufficientDecrease < 1,
      "the Armijo constant must be in (0, 1), got \(sufficientDecrease)")
    self.maxIterations = maxIterations
    self.gradientTolerance = gradientTolerance
    self.stepTolerance = stepTolerance
    self.sufficientDecrease = sufficientDecrease
  }
}

extension Newton where T: ScalarMath & SIMDScalar {
  /// Minimises `f` from `start`; see ``minimize(_:from:method:)``.
  @inlinable
  func minimize(
    _ f: ([HessianTracer<T>]) -> HessianTracer<T>, from start: [T]
  ) -> MinimizationResult<T> {
    var x = start
    var (value, gradient) = valueAndGradient(f, at: x)
    var evaluations = 1
    var iterations = 0
    var stop = MinimizationStop.maxIterations
    while true {
      guard value.isFinite, gradient.allSatisfy(\.isFinite) else {
        stop = .notFinite
        break
      }
      if gradient.maxMagnitude <= gradientTolerance {
        stop = .gradientTolerance
        break
      }
      guard iterations < maxIterations else { break }
      iterations += 1
      let h = hessian(of: f, at: x)
      guard let p = solveShiftedToPositiveDefinite(h, gradient.map { -$0 })?.solution else {
        stop = .notFinite
        break
      }
      let slope = gradient.dot(p)
      var alpha: T = 1
      var accepted: (x: [T], value: T)?
      for _ in 0..<60 {
        let trial = x.moved(by: alpha, along: p)
        let trialValue = constantValue(of: f, at: trial)
        evaluations += 1
        if trialValue <= value + sufficientDecrease * alpha * slope {
          accepted = (trial, trialValue)
          break
        }
        alpha /= 2
      }
      guard let next = accepted?.x else {
        stop = .lineSearchFailed
        break
      }
      let stepIsTiny = zip(next, x).allSatisfy { new, old in
        (new - old).magnitude <= stepTolerance * (1 + old.magnitude)
      }
      x = next
      (value, gradient) = valueAndGradient(f, at: x)
      evaluations += 1
      if stepIsTiny {
        stop = gradient.maxMagnitude <= gradientTolerance ? .gradientTolerance : .stepTolerance
        break
      }
    }
    return MinimizationResult(
      point: x, value: value, gradient: gradient, iterations: iterations,
      functionEvaluations: evaluations, stop: stop)
  }
}

/// The value and gradient of a function written over ``HessianTracer``: one pass of
/// forward over reverse along the zero direction, whose adjoints' values are the gradient.
@inlinable
func valueAndGradient<T: BinaryFloatingPoint & SIMDScalar>(
  _ f: ([HessianTracer<T>]) -> HessianTracer<T>, at point: [T]
) -> (value: T, gradient: [T]) {
  let n = point.count
  let arena = TraceArena.acquire()
  defer { TraceArena.relinquish(arena) }
  var gradient = [T](repeating: 0, count: n)
  var value: T = 0
  point.withUnsafeBufferPointer { point in
    gradient.withUnsafeMutableBufferPointer { gradient in
      withUnsafeTemporaryAllocation(of: T.self, capacity: 2 * max(n, 1)) { scratch in
        let direction = UnsafeMutableBufferPointer(rebasing: scratch[0..<n])
        direction.update(repeating: 0)
        let product = UnsafeMutableBufferPointer(rebasing: scratch[n..<2 * n])
        value = HessianTracer.evaluateForwardOverReverse(
          f, at: point,
          along: UnsafeBufferPointer(direction), gradient: gradient, product: product,
          arena: arena)
      }
    }
  }
  return (value, gradient)
}

/// The value of a function written over ``HessianTracer`` at a point: every input a
/// constant, so no derivative is computed.
@inlinable
func constantValue<T: BinaryFloatingPoint & SIMDScalar>(
  of f: ([HessianTracer<T>]) -> HessianTracer<T>, at point: [T]
) -> T {
  f(point.map { HessianTracer(Dual($0)) }).data.data
}

extension Newton: Sendable where T: Sendable {}
