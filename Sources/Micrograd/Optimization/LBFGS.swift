/// The limited-memory BFGS quasi-Newton method, with the semantics of PyTorch's
/// `torch.optim.LBFGS`: the same parameters, the same state carried from one
/// ``step(_:valueAndGradient:)`` to the next, the same stopping rules, and the same
/// iterates (its `_strong_wolfe` line search and `_cubic_interpolate` are ported line by
/// line).
///
/// ```swift
/// var optimizer = LBFGS<Double>(lineSearch: .strongWolfe)
/// var point = [-1.5, 2.0]
/// optimizer.step(&point, of: rosenbrock)   // up to 20 iterations, as PyTorch's step
/// ```
///
/// | PyTorch | here |
/// |---|---|
/// | `lr` | ``learningRate`` |
/// | `max_iter` | ``maxIterations`` |
/// | `max_eval` | ``maxEvaluations`` |
/// | `tolerance_grad` | ``gradientTolerance`` |
/// | `tolerance_change` | ``changeTolerance`` |
/// | `history_size` | ``historySize`` |
/// | `line_search_fn` | ``lineSearch`` (`nil` or ``LBFGSLineSearch/strongWolfe``) |
///
/// One step runs up to ``maxIterations`` iterations, as PyTorch's `step(closure)` does;
/// ``minimize(_:from:method:)`` runs one long step. Over a model's parameters, use
/// ``step(_:loss:)`` with a closure that rebuilds the loss.
public struct LBFGS<T: BinaryFloatingPoint> {
  /// The step length of a quasi-Newton step (the first iteration takes
  /// `min(1, 1/‖g‖₁) · learningRate`).
  public var learningRate: T
  /// The most iterations one step runs.
  public var maxIterations: Int
  /// The most function evaluations one step makes.
  public var maxEvaluations: Int
  /// A step stops once the gradient's largest component is at most this.
  public var gradientTolerance: T
  /// A step stops once the value, or the largest change of a coordinate, changes less
  /// than this.
  public var changeTolerance: T
  /// The number of past updates kept, to approximate the inverse Hessian.
  public var historySize: Int
  /// The line search; `nil` for a fixed step of ``learningRate``.
  public var lineSearch: LBFGSLineSearch?

  /// The iterations run so far, over every step (PyTorch's `state["n_iter"]`).
  public var iterations: Int { iterationCount }
  @usableFromInline var iterationCount = 0
  /// The function evaluations made so far (PyTorch's `state["func_evals"]`).
  public var functionEvaluations: Int { evaluationCount }
  @usableFromInline var evaluationCount = 0
  /// Why the last step stopped; `nil` before the first.
  public var stopReason: MinimizationStop? { lastStop }
  @usableFromInline var lastStop: MinimizationStop?

  @usableFromInline var direction: [T] = []
  @usableFromInline var stepLength: T = 0
  @usableFromInline var oldDirections: [[T]] = []
  @usableFromInline var oldSteps: [[T]] = []
  @usableFromInline var rho: [T] = []
  @usableFromInline var diagonalScale: T = 1
  @usableFromInline var previousGradient: [T] = []
  @usableFromInline var previousValue: T = 0

  /// Creates an optimiser with PyTorch's defaults.
  ///
  /// - Parameters:
  ///   - learningRate: `lr`, 1 by default.
  ///   - maxIterations: `max_iter`, 20 by default.
  ///   - maxEvaluations: `max_eval`; by default `maxIterations · 5 / 4`.
  ///   - gradientTolerance: `tolerance_grad`, 1e-7 by default.
  ///   - changeTolerance: `tolerance_change`, 1e-9 by default.
  ///   - historySize: `history_size`, 100 by default.
  ///   - lineSearch: `line_search_fn`, none by default.
  /// - Precondition: `learningRate >= 0`, `maxIterations > 0`, `historySize > 0`.
  @inlinable
  public init(
    learningRate: T = 1, maxIterations: Int = 20, maxEvaluations: Int? = nil,
    gradientTolerance: T = 1e-7, changeTolerance: T = 1e-9, historySize: Int = 100,
    lineSearch: LBFGSLineSearch? = nil
  ) {
    precondition(learningRate >= 0, "an L-BFGS learning rate must be >= 0, got \(learningRate)")
    precondition(maxIterations > 0, "L-BFGS needs at least one iteration")
    precondition(historySize > 0, "L-BFGS needs a history of at least one update")
    self.learningRate = learningRate
    self.maxIterations = maxIterations
    self.maxEvaluations = maxEvaluations ?? maxIterations * 5 / 4
    self.gradientTolerance = gradientTolerance
    self.changeTolerance = changeTolerance
    self.historySize = historySize
    self.lineSearch = lineSearch
  }

  /// Runs one step (up to ``maxIterations`` iterations) from `point`, moving it, and
  /// returns the value at the point it started from, as PyTorch's `step` does.
  ///
  /// - Parameters:
  ///   - point: The parameters; the step moves them.
  ///   - valueAndGradient: The function's value and gradient at a point.
  @inlinable
  @discardableResult
  public mutating func step(
    _ point: inout [T], valueAndGradient: ([T]) -> (value: T, gradient: [T])
  ) -> T {
    var (loss, gradient) = valueAndGradient(point)
    let startValue = loss
    var evaluations = 1
    evaluationCount += 1
    var optimal = gradient.maxMagnitude <= gradientTolerance
    if optimal {
      lastStop = .gradientTolerance
      return startValue
    }
    var n = 0
    while n < maxIterations {
      n += 1
      iterationCount += 1
      updateDirection(gradient)
      previousGradient = gradient
      previousValue = loss
      stepLength =
        iterationCount == 1
        ? pyMin(1, 1 / gradient.sumOfMagnitudes) * learningRate : learningRate
      let gtd = gradient.dot(direction)
      if gtd > -changeTolerance {
        lastStop = .noDescent
        break
      }
      var lineEvaluations = 0
      if lineSearch == .strongWolfe {
        let start = point
        let d = direction
        let search = strongWolfe(
          t: stepLength, direction: d, value: loss, gradient: gradient, gtd: gtd,
          maxSteps: maxEvaluations - evaluations
        ) { t in valueAndGradient(start.moved(by: t, along: d)) }
        (loss, gradient, stepLength, lineEvaluations) = search
        point = start.moved(by: stepLength, along: d)
        optimal = gradient.maxMagnitude <= gradientTolerance
      } else {
        point = point.moved(by: stepLength, along: direction)
        if n != maxIterations {
          (loss, gradient) = valueAndGradient(point)
          optimal = gradient.maxMagnitude <= gradientTolerance
          lineEvaluations = 1
        }
      }
      evaluations += lineEvaluations
      evaluationCount += lineEvaluations
      if n == maxIterations {
        lastStop = .maxIterations
        break
      }
      if evaluations >= maxEvaluations {
        lastStop = .maxEvaluations
        break
      }
      if optimal {
        lastStop = .gradientTolerance
        break
      }
      if direction.map({ $0 * stepLength }).maxMagnitude <= changeTolerance {
        lastStop = .stepTolerance
        break
      }
      if abs(loss - previousValue) < changeTolerance {
        lastStop = .valueTolerance
        break
      }
    }
    return startValue
  }

  /// The next direction: −g at the first iteration, else the two-loop recursion over
  /// the history, after adding the last update if its curvature `yᵀs` exceeds 1e-10.
  @inlinable
  mutating func updateDirection(_ gradient: [T]) {
    if iterationCount == 1 {
      direction = gradient.map { -$0 }
      (oldDirections, oldSteps, rho, diagonalScale) = ([], [], [], 1)
      return
    }
    let y = zip(gradient, previousGradient).map { $0 - $1 }
    let s = direction.map { $0 * stepLength }
    let ys = y.dot(s)
    if ys > 1e-10 {
      if oldDirections.count == historySize {
        oldDirections.removeFirst()
        oldSteps.removeFirst()
        rho.removeFirst()
      }
      oldDirections.append(y)
      oldSteps.append(s)
      rho.append(1 / ys)
      diagonalScale = ys / y.dot(y)
    }
    let count = oldDirections.count
    var alpha = [T](repeating: 0, count: count)
    var q = gradient.map { -$0 }
    for i in stride(from: count - 1, through: 0, by: -1) {
      alpha[i] = oldSteps[i].dot(q) * rho[i]
      q.add(oldDirections[i], times: -alpha[i])
    }
    var r = q.map { $0 * diagonalScale }
    for i in 0..<count {
      let beta = oldDirections[i].dot(r) * rho[i]
      r.add(oldSteps[i], times: alpha[i] - beta)
    }
    direction = r
  }
}

/// The line search of ``LBFGS``.
public enum LBFGSLineSearch: String, Sendable, Hashable, Codable {
  /// A line search for the strong Wolfe conditions (c₁ = 1e-4, c₂ = 0.9), by cubic
  /// interpolation: PyTorch's `"strong_wolfe"`.
  case strongWolfe = "strong_wolfe"
}

/// Python's `min(a, b)`: `a` unless `b < a` (so a NaN `a` is kept).
@inlinable
func pyMin<T: Comparable>(_ a: T, _ b: T) -> T { b < a ? b : a }

/// Python's `max(a, b)`: `a` unless `b > a`.
@inlinable
func pyMax<T: Comparable>(_ a: T, _ b: T) -> T { b > a ? b : a }

extension Array where Element: BinaryFloatingPoint {
  /// Σ aᵢ·bᵢ, in order.
  @inlinable
  func dot(_ other: [Element]) -> Element {
    var total: Element = 0
    for i in indices { total += self[i] * other[i] }
    return total
  }

  /// The largest |aᵢ| (NaN if any is NaN, as PyTorch's `abs().max()`).
  @inlinable
  var maxMagnitude: Element {
    var largest: Element = 0
    for x in self {
      if x.isNaN { return x }
      largest = Swift.max(largest, x.magnitude)
    }
    return largest
  }

  /// Σ |aᵢ|.
  @inlinable
  var sumOfMagnitudes: Element {
    var total: Element = 0
    for x in self { total += x.magnitude }
    return total
  }

  /// aᵢ += c·bᵢ.
  @inlinable
  mutating func add(_ other: [Element], times c: Element) {
    for i in indices { self[i] += c * other[i] }
  }

  /// The point a + t·d.
  @inlinable
  func moved(by t: Element, along d: [Element]) -> [Element] {
    var result = self
    result.add(d, times: t)
    return result
  }
}

extension LBFGS: Sendable where T: Sendable {}
