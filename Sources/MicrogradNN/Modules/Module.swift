import Micrograd

/// A part of a neural network that owns trainable parameters: micrograd's `Module`.
///
/// ``Neuron``, ``Layer`` and ``MLP`` conform. A conforming type lists its parameters
/// in a fixed order; optimisers, ``l2Penalty(_:strength:)`` and saving a model use that
/// order.
public protocol Module {
  /// The floating-point type of the parameters.
  associatedtype Scalar: ScalarMath

  /// The trainable values, in a fixed order. They are the module's own `Var`s:
  /// setting `data` or `grad` on them changes the module.
  func parameters() -> [Var<Scalar>]

  /// Sets the gradient of every parameter to zero, before the next `backward()`.
  func zeroGrad()
}

extension Module {
  /// Sets the gradient of every parameter to zero, before the next `backward()`.
  ///
  /// Forgetting it is the lecture's famous bug: `backward()` adds to `grad`, so the
  /// gradients of earlier steps pile up and the steps grow too large.
  @inlinable
  public func zeroGrad() {
    for p in parameters() { p.grad = 0 }
  }

  /// The number of trainable values.
  @inlinable
  public var parameterCount: Int { parameters().count }
}
