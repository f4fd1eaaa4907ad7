/// A scalar that records the ops applied to it, so that gradients can be computed
/// by reverse-mode automatic differentiation.
///
/// ``Var`` is the conforming type. `Differentiable` refines ``DifferentiableScalar``,
/// where the ops are written, with what reverse mode adds: a settable value, the
/// accumulated `grad`, `backward()` and `zeroGrad()`.
///
/// ## Name clash with `_Differentiation`
///
/// Swift's experimental `_Differentiation` module also declares a protocol named
/// `Differentiable`. A file that imports both modules must qualify the name:
/// write `Micrograd.Differentiable` for this protocol and
/// `_Differentiation.Differentiable` for the compiler's. Code that names only
/// `Var` or ``DifferentiableScalar`` is unaffected.
public protocol Differentiable: DifferentiableScalar {
  /// Creates a leaf with the given value and label.
  init(_ data: Scalar, label: String)

  /// The value computed by the forward pass.
  var data: Scalar { get nonmutating set }

  /// The accumulated gradient of the outputs back-propagated through this value.
  var grad: Scalar { get nonmutating set }

  /// Back-propagates from this value: adds the derivative of this value with respect
  /// to each value it depends on to that value's `grad`.
  func backward()

  /// Sets `grad` to zero on this value and on every value it depends on.
  func zeroGrad()
}
