import Micrograd

/// Adam with decoupled weight decay (Loshchilov and Hutter, 2019): PyTorch's `AdamW`.
///
/// It is ``Adam`` with a ``weightDecay`` of 0.01 by default, PyTorch's, and runs Adam's
/// own step, so `AdamW(…, weightDecay: 0)` gives Adam's numbers to the last bit:
///
/// ```
/// p ← p · (1 − lr·λ)
/// m ← β₁·m + (1 − β₁)·g
/// v ← β₂·v + (1 − β₂)·g²
/// p ← p − lr · (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε)
/// ```
public struct AdamW<Scalar: ScalarMath>: Optimizer {
  /// The optimiser that takes the steps.
  @usableFromInline var adam: Adam<Scalar>

  /// Creates an optimiser for `parameters`, with PyTorch's defaults.
  ///
  /// - Precondition: `learningRate` and `weightDecay` are finite and non-negative, the
  ///   betas are in [0, 1) and `epsilon` is positive.
  @inlinable
  public init(
    _ parameters: [Var<Scalar>], learningRate: Scalar = 0.001, beta1: Scalar = 0.9,
    beta2: Scalar = 0.999, epsilon: Scalar = 1e-8, weightDecay: Scalar = 0.01
  ) {
    adam = Adam(
      parameters, learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon,
      weightDecay: weightDecay, name: "AdamW")
  }

  /// The parameters that ``step()`` updates.
  @inlinable public var parameters: [Var<Scalar>] { adam.parameters }
  /// The step size lr; a ``LearningRateSchedule`` may change it between steps.
  @inlinable public var learningRate: Scalar {
    get { adam.learningRate }
    set { adam.learningRate = newValue }
  }
  /// The decay rate β₁ of the first-moment estimate.
  @inlinable public var beta1: Scalar { adam.beta1 }
  /// The decay rate β₂ of the second-moment estimate.
  @inlinable public var beta2: Scalar { adam.beta2 }
  /// The ε added to the denominator.
  @inlinable public var epsilon: Scalar { adam.epsilon }
  /// The weight decay λ: each step multiplies every parameter by `1 − lr·λ`.
  @inlinable public var weightDecay: Scalar { adam.weightDecay }
  /// The number of steps taken.
  @inlinable public var stepCount: Int { adam.stepCount }
  /// The running mean m of each parameter's gradient, in ``parameters`` order
  /// (PyTorch's `exp_avg`).
  @inlinable public var firstMoments: [Scalar] { adam.firstMoments }
  /// The running mean v of each parameter's squared gradient, in ``parameters`` order
  /// (PyTorch's `exp_avg_sq`).
  @inlinable public var secondMoments: [Scalar] { adam.secondMoments }

  /// Shrinks every parameter by `lr·λ`, then takes ``Adam``'s step.
  @inlinable
  public mutating func step() { adam.step() }
}
