/// A scalar that records the ops applied to it, so that gradients can be computed
/// by reverse-mode automatic differentiation.
///
/// ``Var`` is the conforming type. The ops (`+`, `*`, ``tanh()``, ``pow(_:)-(Scalar)``, …)
/// are written once, in extensions of this protocol, each in terms of the three
/// `apply` requirements and a ``LocalGradient`` conformance. A custom op is written
/// the same way.
///
/// ## Name clash with `_Differentiation`
///
/// Swift's experimental `_Differentiation` module also declares a protocol named
/// `Differentiable`. A file that imports both modules must qualify the name:
/// write `Micrograd.Differentiable` for this protocol and
/// `_Differentiation.Differentiable` for the compiler's. Code that names only
/// `Var` is unaffected.
public protocol Differentiable {
  /// The floating-point type of the value and its gradient.
  associatedtype Scalar: BinaryFloatingPoint

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

  /// Applies a one-input op to `x`, recording it in the graph.
  static func apply<Op: UnaryLocalGradient>(_ op: Op, _ x: Self) -> Self
  where Op.Scalar == Scalar

  /// Applies a two-input op to `x` and `y`, recording it in the graph.
  static func apply<Op: BinaryLocalGradient>(_ op: Op, _ x: Self, _ y: Self) -> Self
  where Op.Scalar == Scalar

  /// Applies an n-input op to `inputs`, recording it in the graph.
  static func apply<Op: NaryLocalGradient>(_ op: Op, _ inputs: [Self]) -> Self
  where Op.Scalar == Scalar
}

extension Differentiable {
  /// Creates a leaf with the given value and no label.
  @inlinable
  public init(_ data: Scalar) { self.init(data, label: "") }

  /// Applies a one-input op to this value: `x.applying(op)` is `Self.apply(op, x)`.
  @inlinable
  public func applying<Op: UnaryLocalGradient>(_ op: Op) -> Self where Op.Scalar == Scalar {
    Self.apply(op, self)
  }
}
