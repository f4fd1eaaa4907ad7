/// A scalar that ops can be applied to, carrying whatever a mode of differentiation
/// needs alongside its value.
///
/// This is the base layer of the package's protocols, in the manner of swift-numerics'
/// `ElementaryFunctions` → `RealFunctions` → `Real`:
///
/// - `DifferentiableScalar`: a value and the three `apply` requirements. Every op
///   (`+`, `*`, ``tanh()``, ``pow(_:)-(Scalar)``, …) is written once, in an extension of
///   this protocol, from a ``LocalGradient`` conformance. `Dual` (forward mode)
///   conforms.
/// - ``Differentiable``: adds `grad`, `backward()` and `zeroGrad()`, reverse mode.
///   ``Var`` conforms.
///
/// A function written once over `V: DifferentiableScalar` can therefore be
/// differentiated either way, and a custom op written as an extension of this protocol
/// works in every mode:
///
/// ```swift
/// func f<V: DifferentiableScalar>(_ x: [V]) -> V { (x[0] * x[1]).tanh() + x[0] }
///
/// gradient(of: f, at: [0.5, -1.0])                    // reverse mode
/// directionalDerivative(of: f, at: [0.5, -1.0], along: [1, 0])  // forward mode
/// ```
public protocol DifferentiableScalar {
  /// The floating-point type of the value.
  associatedtype Scalar: BinaryFloatingPoint

  /// Creates a constant: a value that depends on nothing being differentiated.
  init(_ data: Scalar)

  /// The value.
  var data: Scalar { get }

  /// Applies a one-input op to `x`.
  static func apply<Op: UnaryLocalGradient>(_ op: Op, _ x: Self) -> Self
  where Op.Scalar == Scalar

  /// Applies a two-input op to `x` and `y`.
  static func apply<Op: BinaryLocalGradient>(_ op: Op, _ x: Self, _ y: Self) -> Self
  where Op.Scalar == Scalar

  /// Applies an n-input op to `inputs`.
  static func apply<Op: NaryLocalGradient>(_ op: Op, _ inputs: [Self]) -> Self
  where Op.Scalar == Scalar

  /// The dot product a₀·b₀ + … + aₙ₋₁·bₙ₋₁ as one op, ``Ops/Dot``.
  ///
  /// A requirement, so that a neuron's weighted sum written over
  /// `V: DifferentiableScalar` runs each mode's own fast form: `Var` records one node
  /// without building the concatenated input list, `Primal` adds the products in place.
  /// The default applies ``Ops/Dot`` to `a + b`.
  ///
  /// - Precondition: `a.count == b.count`.
  static func dot(_ a: [Self], _ b: [Self]) -> Self

  /// The same value with no derivative: PyTorch's `detach()`, JAX's `stop_gradient`.
  ///
  /// A requirement, so that a function written over `V: DifferentiableScalar` stops the
  /// gradient of whatever mode it runs in. The default is `Self(data)`, a constant.
  func detached() -> Self
}

extension DifferentiableScalar {
  /// The same value as a constant, `Self(data)`.
  @inlinable
  public func detached() -> Self { Self(data) }
}

extension DifferentiableScalar {
  /// Applies a one-input op to this value: `x.applying(op)` is `Self.apply(op, x)`.
  @inlinable
  public func applying<Op: UnaryLocalGradient>(_ op: Op) -> Self where Op.Scalar == Scalar {
    Self.apply(op, self)
  }
}
