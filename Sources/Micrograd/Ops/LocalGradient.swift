/// An op, defined by its forward value and its local partial derivatives.
///
/// This is micrograd's "each op knows its local derivative", and PyTorch's
/// `torch.autograd.Function`: give the value and the partial derivatives of the
/// value with respect to each input, and the chain rule does the rest. Every
/// built-in op is a conformance (see ``Ops``), and so is a user's own op.
///
/// Conform through one of the three refinements, by the number of inputs:
/// ``UnaryLocalGradient``, ``BinaryLocalGradient`` or ``NaryLocalGradient``.
///
/// The partials are computed during the forward pass and stored as numbers in the
/// graph, so `backward()` is the same multiply-add for every op and never calls
/// back into op code.
///
/// ```swift
/// /// The Legendre polynomial P₃(x) = ½(5x³ − 3x), PyTorch's custom-Function example.
/// struct LegendreP3<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
///   static var name: String { "P3" }
///   func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
///     (0.5 * (5 * x * x * x - 3 * x), 1.5 * (5 * x * x - 1))
///   }
/// }
///
/// let y = Var(0.5).applying(LegendreP3())
/// ```
///
/// <doc:WritingACustomOp> walks through ops of one, two and many inputs, and how to test
/// them.
public protocol LocalGradient {
  /// The floating-point type the op computes in.
  associatedtype Scalar: BinaryFloatingPoint

  /// The op's name in descriptions and graph drawings, such as `"tanh"`.
  static var name: String { get }
}

extension LocalGradient {
  /// The type's name, by default.
  public static var name: String { String(describing: Self.self) }
}

/// An op of one input: y = f(x), with dy/dx.
public protocol UnaryLocalGradient: LocalGradient {
  // Restated so that a conformance can infer `Scalar` from `forward`, as in
  // `func forward(_ x: Double) -> (value: Double, dx: Double)`.
  associatedtype Scalar

  /// Returns f(x) and f′(x).
  func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar)
}

/// An op of two inputs: z = f(x, y), with ∂z/∂x and ∂z/∂y.
public protocol BinaryLocalGradient: LocalGradient {
  // Restated so that a conformance can infer `Scalar` from `forward`, as in
  // `func forward(_ x: Double) -> (value: Double, dx: Double)`.
  associatedtype Scalar

  /// Returns f(x, y), ∂f/∂x and ∂f/∂y.
  func forward(_ x: Scalar, _ y: Scalar) -> (value: Scalar, dx: Scalar, dy: Scalar)
}

/// An op of any number of inputs: y = f(x₀, …, xₙ₋₁), with each ∂y/∂xᵢ.
public protocol NaryLocalGradient: LocalGradient {
  // Restated so that a conformance can infer `Scalar` from `forward`, as in
  // `func forward(_ x: Double) -> (value: Double, dx: Double)`.
  associatedtype Scalar

  /// Returns f(x) and its partial derivatives, one per input, in input order.
  ///
  /// The `partials` array must have as many elements as `x`.
  func forward(_ x: [Scalar]) -> (value: Scalar, partials: [Scalar])
}

/// The namespace of the built-in ops, one `LocalGradient` conformance each.
///
/// You rarely name these types: the methods and operators of ``DifferentiableScalar``
/// apply them. They are public so that a custom op can reuse them, and so that
/// each op's value and derivative can be read side by side in its source file.
public enum Ops {}
