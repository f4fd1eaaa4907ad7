import Micrograd

/// Stochastic gradient descent, with optional momentum (PyTorch's formulation).
///
/// Without momentum a step is micrograd's update, `p.data -= lr * p.grad`. With
/// momentum μ each parameter keeps a velocity:
///
/// ```
/// v ← μ·v + g
/// p ← p − lr·v
/// ```
public struct SGD<Scalar: ScalarMath>: Optimizer {
  /// The parameters that ``step()`` updates.
  public let parameters: [Var<Scalar>]
  /// The step size lr in `p.data -= lr * p.grad`; a ``LearningRateSchedule`` may change
  /// it between steps.
  public var learningRate: Scalar
  /// The momentum factor μ in [0, 1); 0 is plain gradient descent.
  public let momentum: Scalar
  /// One velocity per parameter; empty without momentum.
  @usableFromInline var velocity: [Scalar]

  /// Creates an optimiser for `parameters`.
  ///
  /// - Precondition: `learningRate` is finite and non-negative; `momentum` is in [0, 1).
  @inlinable
  public init(_ parameters: [Var<Scalar>], learningRate: Scalar, momentum: Scalar = 0) {
    precondition(
      learningRate.isFinite && learningRate >= 0,
      "SGD needs a finite, non-negative learning rate, got \(learningRate)")
    precondition(momentum >= 0 && momentum < 1, "SGD momentum must be in [0, 1), got \(momentum)")
    self.parameters = parameters
    self.learningRate = learningRate
    self.momentum = momentum
    self.velocity = momentum == 0 ? [] : Array(repeating: 0, count: parameters.count)
  }

  /// Moves every parameter against its gradient.
  @inlinable
  public mutating func step() {
    let lr = learningRate
    if velocity.isEmpty {
      for p in parameters { p.data -= lr * p.grad }
      return
    }
    let mu = momentum
    let params = parameters
    velocity.withUnsafeMutableBufferPointer { v in
      for i in params.indices {
        let p = params[i]
        v[i] = mu * v[i] + p.grad
        p.data -= lr * v[i]
      }
    }
  }
}
