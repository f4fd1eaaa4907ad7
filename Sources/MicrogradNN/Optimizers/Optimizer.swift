import Micrograd

/// Something that updates parameters from their gradients: one call to ``step()`` per
/// training step.
///
/// An optimiser holds the parameters it updates, as PyTorch's do:
///
/// ```swift
/// var optimizer = SGD(model.parameters(), learningRate: 0.1)
/// for _ in 0..<100 {
///   let loss = …
///   optimizer.zeroGrad()
///   loss.backward()
///   optimizer.step()
/// }
/// ```
///
/// `Scalar` is the primary associated type, so an optimiser chosen at run time can be
/// held as `any Optimizer<Double>`, and its learning rate set through it.
public protocol Optimizer<Scalar> {
  /// The floating-point type of the parameters.
  associatedtype Scalar: ScalarMath

  /// The parameters that ``step()`` updates.
  var parameters: [Var<Scalar>] { get }

  /// The step size; a ``LearningRateSchedule`` may set it before each step.
  var learningRate: Scalar { get set }

  /// Updates every parameter's `data` from its `grad`.
  mutating func step()
}

extension Optimizer {
  /// Sets the gradient of every parameter to zero, before the next `backward()`.
  @inlinable
  public func zeroGrad() {
    for p in parameters { p.grad = 0 }
  }
}

/// Checks a hyperparameter that must be finite and non-negative, such as a learning rate
/// or a weight decay: `SGD needs a finite, non-negative learning rate, got -1.0`.
@inlinable
func checkFiniteNonNegative<T: ScalarMath>(_ value: T, _ quantity: String, of optimizer: String) {
  precondition(
    value.isFinite && value >= 0,
    "\(optimizer) needs a finite, non-negative \(quantity), got \(value)")
}
