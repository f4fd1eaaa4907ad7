import Micrograd

/// The Adam optimiser (Kingma and Ba, 2015), with bias correction and optional decoupled
/// weight decay (Loshchilov and Hutter, 2019).
///
/// ```
/// p ← p · (1 − lr·λ)                       (only with a weight decay λ > 0)
/// m ← β₁·m + (1 − β₁)·g
/// v ← β₂·v + (1 − β₂)·g²
/// p ← p − lr · (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε)
/// ```
///
/// With λ = 0, the default, this is PyTorch's `Adam`; with λ > 0 it is PyTorch's `AdamW`
/// (and `Adam(…, decoupled_weight_decay=True)`), which ``AdamW`` names. The decay shrinks
/// the weights apart from the gradient's moments, where an L2 penalty added to the loss
/// would be mixed in.
public struct Adam<Scalar: ScalarMath>: Optimizer {
  /// The parameters that ``step()`` updates.
  public let parameters: [Var<Scalar>]
  /// The step size lr. The update is normalised by the gradient's running scale, so a
  /// step typically moves a parameter by about lr or less, however large its gradient.
  /// A ``LearningRateSchedule`` may change it between steps.
  public var learningRate: Scalar
  /// The decay rate β₁ of the first-moment estimate.
  public let beta1: Scalar
  /// The decay rate β₂ of the second-moment estimate.
  public let beta2: Scalar
  /// The ε added to the denominator.
  public let epsilon: Scalar
  /// The decoupled weight decay λ: each step first multiplies every parameter by
  /// `1 − lr·λ`; 0 leaves the parameters to the gradient alone.
  public let weightDecay: Scalar
  /// The number of steps taken.
  @inlinable public var stepCount: Int { steps }
  @usableFromInline var steps = 0
  @usableFromInline var firstMoment: [Scalar]
  @usableFromInline var secondMoment: [Scalar]
  @usableFromInline var beta1Power: Scalar = 1
  @usableFromInline var beta2Power: Scalar = 1

  /// Creates an optimiser for `parameters`, with PyTorch's defaults and no weight decay.
  ///
  /// - Precondition: `learningRate` and `weightDecay` are finite and non-negative, the
  ///   betas are in [0, 1) and `epsilon` is positive.
  @inlinable
  public init(
    _ parameters: [Var<Scalar>], learningRate: Scalar = 0.001, beta1: Scalar = 0.9,
    beta2: Scalar = 0.999, epsilon: Scalar = 1e-8, weightDecay: Scalar = 0
  ) {
    self.init(
      parameters, learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon,
      weightDecay: weightDecay, name: "Adam")
  }

  /// Creates the optimiser, naming it `name` in the messages of failed preconditions.
  @inlinable
  init(
    _ parameters: [Var<Scalar>], learningRate: Scalar, beta1: Scalar, beta2: Scalar,
    epsilon: Scalar, weightDecay: Scalar, name: String
  ) {
    checkFiniteNonNegative(learningRate, "learning rate", of: name)
    precondition(beta1 >= 0 && beta1 < 1, "\(name)'s beta1 must be in [0, 1), got \(beta1)")
    precondition(beta2 >= 0 && beta2 < 1, "\(name)'s beta2 must be in [0, 1), got \(beta2)")
    precondition(epsilon > 0, "\(name)'s epsilon must be positive, got \(epsilon)")
    checkFiniteNonNegative(weightDecay, "weight decay", of: name)
    (self.parameters, self.learningRate, self.weightDecay) = (parameters, learningRate, weightDecay)
    (self.beta1, self.beta2, self.epsilon) = (beta1, beta2, epsilon)
    self.firstMoment = Array(repeating: 0, count: parameters.count)
    self.secondMoment = Array(repeating: 0, count: parameters.count)
  }

  /// The running mean m of each parameter's gradient, in ``parameters`` order
  /// (PyTorch's `exp_avg`).
  @inlinable
  public var firstMoments: [Scalar] { firstMoment }

  /// The running mean v of each parameter's squared gradient, in ``parameters`` order
  /// (PyTorch's `exp_avg_sq`).
  @inlinable
  public var secondMoments: [Scalar] { secondMoment }

  /// Shrinks every parameter by `lr·λ` if there is a weight decay, then moves it by its
  /// bias-corrected, normalised first moment.
  @inlinable
  public mutating func step() {
    steps += 1
    beta1Power *= beta1
    beta2Power *= beta2
    let (b1, b2, eps, lr) = (beta1, beta2, epsilon, learningRate)
    let correction1 = 1 - beta1Power
    let correction2 = 1 - beta2Power
    let shrink = weightDecay == 0 ? nil : 1 - lr * weightDecay
    let params = parameters
    firstMoment.withUnsafeMutableBufferPointer { m in
      secondMoment.withUnsafeMutableBufferPointer { v in
        for i in params.indices {
          let p = params[i]
          let g = p.grad
          if let shrink { p.data *= shrink }
          m[i] = b1 * m[i] + (1 - b1) * g
          v[i] = b2 * v[i] + (1 - b2) * g * g
          let mHat = m[i] / correction1
          let vHat = v[i] / correction2
          p.data -= lr * mHat / (vHat.squareRoot() + eps)
        }
      }
    }
  }
}
