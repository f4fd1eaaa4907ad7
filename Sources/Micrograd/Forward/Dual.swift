/// A dual number, a + bε with ε² = 0: a value and its derivative along one direction,
/// carried forward through every op. Forward-mode automatic differentiation.
///
/// Applying an op to dual numbers runs the op's own ``UnaryLocalGradient/forward(_:)``
/// (or its binary and n-ary forms) and combines the op's local partials with the inputs'
/// tangents: `tangent = Σ ∂f/∂xᵢ · tangentᵢ`. Every op, built-in or custom, therefore
/// works in forward mode with no code of its own:
///
/// ```swift
/// let x = Dual(0.5, tangent: 1)  // seed: d/dx
/// let y = (x * x).tanh()
/// print(y.data, y.tangent)       // tanh(0.25), 2x·(1 − tanh²(x²)) at 0.5
/// ```
///
/// `Dual` is also a `BinaryFloatingPoint` (its comparisons look at ``data`` only), so it
/// can be the scalar of another mode: `Var<Dual<Double>>` computes Hessian-vector
/// products (forward over reverse), and `Dual<Dual<Double>>` nested derivatives.
@frozen
public struct Dual<T: BinaryFloatingPoint> {
  /// The value, the real part a of a + bε.
  public var data: T
  /// The derivative of the value along the seeded direction, the part b of a + bε.
  public var tangent: T
  /// Which call of a forward-mode entry point seeded this number's perturbation; 0 for
  /// none. Mixing two different tags in one op is perturbation confusion, and traps.
  @usableFromInline var tag: UInt

  /// Creates a dual number with a value and a tangent.
  ///
  /// Seed an input with `tangent: 1` to differentiate with respect to it; a constant
  /// has tangent 0.
  @inlinable
  public init(_ data: T, tangent: T) {
    self.init(data, tangent: tangent, tag: 0)
  }

  @inlinable @inline(__always)
  init(_ data: T, tangent: T, tag: UInt) {
    self.data = data
    self.tangent = tangent
    self.tag = tag
  }

  /// Creates a constant: a dual number whose tangent is 0.
  @inlinable
  public init(_ data: T) {
    self.init(data, tangent: 0)
  }
}

extension Dual: Sendable where T: Sendable {}

extension Dual: DifferentiableScalar {
  /// Applies a one-input op: the op's value, with tangent ∂f/∂x · ẋ.
  @inlinable @inline(__always)
  public static func apply<Op: UnaryLocalGradient>(_ op: Op, _ x: Self) -> Self
  where Op.Scalar == T {
    let (value, dx) = op.forward(x.data)
    return Dual(value, tangent: dx * x.tangent, tag: x.tag)
  }

  /// Applies a two-input op: the op's value, with tangent ∂f/∂x · ẋ + ∂f/∂y · ẏ.
  @inlinable @inline(__always)
  public static func apply<Op: BinaryLocalGradient>(_ op: Op, _ x: Self, _ y: Self) -> Self
  where Op.Scalar == T {
    let (value, dx, dy) = op.forward(x.data, y.data)
    return Dual(value, tangent: dx * x.tangent + dy * y.tangent, tag: tag(x.tag, y.tag))
  }

  /// Applies an n-input op: the op's value, with tangent Σ ∂f/∂xᵢ · ẋᵢ.
  ///
  /// - Precondition: the op returns one partial derivative per input.
  @inlinable
  public static func apply<Op: NaryLocalGradient>(_ op: Op, _ inputs: [Self]) -> Self
  where Op.Scalar == T {
    let (value, partials) = op.forward(inputs.map(\.data))
    precondition(
      partials.count == inputs.count,
      "\(Op.name) returned \(partials.count) partial derivatives for \(inputs.count) inputs")
    var tangent: T = 0
    var tag: UInt = 0
    for index in inputs.indices {
      tangent += partials[index] * inputs[index].tangent
      tag = Self.tag(tag, inputs[index].tag)
    }
    return Dual(value, tangent: tangent, tag: tag)
  }
}

extension Dual {
  /// The tag of a result of two inputs: the one tag they carry.
  ///
  /// Two different tags mean that a value seeded by an outer call of a forward-mode
  /// entry point (``derivative(of:at:)``, …) met one seeded by an inner call in the same
  /// type, where each call's perturbation can no longer be told apart: the classic
  /// perturbation confusion, which would silently give a wrong derivative.
  @inlinable @inline(__always)
  static func tag(_ a: UInt, _ b: UInt) -> UInt {
    if a == b || b == 0 { return a }
    if a == 0 { return b }
    perturbationConfusion()
  }

  @usableFromInline
  static func perturbationConfusion() -> Never {
    preconditionFailure(
      """
      perturbation confusion: a Dual seeded by an outer derivative(of:at:) was combined       with one seeded by an inner call of the same type. Make the inner call one level       deeper, so that the outer value is a constant of it: derivative(of: { (y:       Dual<Dual<\(T.self)>>) in x + y }, at: Dual(1)), or pass the inner point as a       Dual.
      """)
  }
}

extension Dual: CustomStringConvertible {
  /// A description such as `Dual(data=2.0, tangent=1.0)`.
  public var description: String { "Dual(data=\(data), tangent=\(tangent))" }
}
