import Micrograd

/// Stochastic gradient descent, with optional momentum, Nesterov momentum and weight
/// decay: PyTorch's `SGD` (without dampening).
///
/// Without momentum or decay a step is micrograd's update, `p.data -= lr * p.grad`. In
/// general, with momentum μ and weight decay λ, each parameter keeps a velocity b:
///
/// ```
/// g ← g + λ·p
/// b ← μ·b + g                 (b = g at the first step)
/// p ← p − lr·b                or, with Nesterov, p ← p − lr·(g + μ·b)
/// ```
public struct SGD<Scalar: ScalarMath>: Optimizer {
  /// The parameters that ``step()`` updates.
  public let parameters: [Var<Scalar>]
  /// The step size lr in `p.data -= lr * p.grad`; a ``LearningRateSchedule`` may change
  /// it between steps.
  public var learningRate: Scalar
  /// The momentum factor μ in [0, 1); 0 is plain gradient descent.
  public let momentum: Scalar
  /// Whether the step uses Nesterov momentum, `g + μ·b`, rather than `b`.
  public let nesterov: Bool
  /// The weight decay λ: `λ·p` is added to each gradient (an L2 penalty of `λ/2 · p²`).
  public let weightDecay: Scalar
  /// One velocity per parameter; empty without momentum.
  @usableFromInline var velocity: [Scalar]

  /// Creates an optimiser for `parameters`.
  ///
  /// - Precondition: `learningRate` is finite and non-negative; `momentum` is in [0, 1);
  ///   `weightDecay` is finite and non-negative; `nesterov` needs a positive momentum.
  @inlinable
  public init(
    _ parameters: [Var<Scalar>], learningRate: Scalar, momentum: Scalar = 0,
    nesterov: Bool = false, weightDecay: Scalar = 0
  ) {
    checkFiniteNonNegative(learningRate, "learning rate", of: "SGD")
    precondition(momentum >= 0 && momentum < 1, "SGD momentum must be in [0, 1), got \(momentum)")
    precondition(!nesterov || momentum > 0, "Nesterov momentum needs a positive momentum")
    checkFiniteNonNegative(weightDecay, "weight decay", of: "SGD")
    (self.parameters, self.learningRate, self.weightDecay) = (parameters, learningRate, weightDecay)
    (self.momentum, self.nesterov) = (momentum, nesterov)
    self.velocity = momentum == 0 ? [] : Array(repeating: 0, count: parameters.count)
  }

  /// The velocity b of each parameter, in ``parameters`` order (PyTorch's
  /// `momentum_buffer`); empty without momentum.
  @inlinable
  public var momentumBuffers: [Scalar] { velocity }

  /// Moves every parameter against its gradient.
  @inlinable
  public mutating func step() {
    let (lr, decay) = (learningRate, weightDecay)
    if velocity.isEmpty {
      if decay == 0 {
        for p in parameters { p.data -= lr * p.grad }
      } else {
        for p in parameters { p.data -= lr * (p.grad + decay * p.data) }
      }
      return
    }
    let (mu, nesterov) = (momentum, self.nesterov)
    let params = parameters
    velocity.withUnsafeMutableBufferPointer { v in
      for i in params.indices {
        let p = params[i]
        let g = decay == 0 ? p.grad : p.grad + decay * p.data
        v[i] = mu * v[i] + g
        p.data -= lr * (nesterov ? g + mu * v[i] : v[i])
      }
    }
  }
}
