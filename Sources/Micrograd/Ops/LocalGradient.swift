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
  // `func forward(_ x: Double, _ y: Double) -> (value: Double, dx: Double, dy: Double)`.
  associatedtype Scalar

  /// Returns f(x, y), ∂f/∂x and ∂f/∂y.
  func forward(_ x: Scalar, _ y: Scalar) -> (value: Scalar, dx: Scalar, dy: Scalar)
}

/// An op of any number of inputs: y = f(x₀, …, xₙ₋₁), with each ∂y/∂xᵢ.
public protocol NaryLocalGradient: LocalGradient {
  // Restated so that a conformance can infer `Scalar` from `forward`, as in
  // `func forward(_ x: [Double]) -> (value: Double, partials: [Double])`.
  associatedtype Scalar

  /// Returns f(x) and its partial derivatives, one per input, in input order.
  ///
  /// The `partials` array must have as many elements as `x`.
  func forward(_ x: [Scalar]) -> (value: Scalar, partials: [Scalar])

  /// Returns f(x), writing ∂f/∂xᵢ into `partials[i]`: the form a compiled tape calls,
  /// without allocating.
  ///
  /// The default calls ``forward(_:)-(_)`` and copies its partials; implement it too if
  /// your op runs in a compiled training loop, where that allocation happens on every
  /// replay.
  func forward(
    _ x: UnsafeBufferPointer<Scalar>, partials: UnsafeMutableBufferPointer<Scalar>
  ) -> Scalar
}

extension NaryLocalGradient {
  /// Calls ``forward(_:)-(_)`` and copies its partials.
  @inlinable
  public func forward(
    _ x: UnsafeBufferPointer<Scalar>, partials: UnsafeMutableBufferPointer<Scalar>
  ) -> Scalar {
    let (value, result) = forward(Array(x))
    precondition(
      result.count == x.count,
      "\(Self.name) returned \(result.count) partial derivatives for \(x.count) inputs")
    for index in result.indices { partials[index] = result[index] }
    return value
  }
}

/// An n-input op written in the allocation-free form: implement
/// ``NaryLocalGradient/forward(_:partials:)`` only, and the array form calls it.
///
/// The built-in n-ary ops that a training loop replays (``Ops/Dot``, ``Ops/Sum``,
/// ``Ops/Select``, ``Ops/SoftmaxCrossEntropy``) are written this way.
public protocol BufferedNaryLocalGradient: NaryLocalGradient {}

extension BufferedNaryLocalGradient {
  /// Calls ``NaryLocalGradient/forward(_:partials:)`` with a new partials array.
  @inlinable
  public func forward(_ x: [Scalar]) -> (value: Scalar, partials: [Scalar]) {
    var partials = [Scalar](repeating: 0, count: x.count)
    let value = x.withUnsafeBufferPointer { x in
      partials.withUnsafeMutableBufferPointer { forward(x, partials: $0) }
    }
    return (value, partials)
  }
}

/// The namespace of the built-in ops, one `LocalGradient` conformance each.
///
/// You rarely name these types: the methods and operators of ``DifferentiableScalar``
/// apply them. They are public so that a custom op can reuse them, and so that
/// each op's value and derivative can be read side by side in its source file.
public enum Ops {}
