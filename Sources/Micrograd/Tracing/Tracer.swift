/// The scalar that ``gradient(of:at:)-(([Tracer<T>])->Tracer<T>,_)`` and its relatives pass to a function written
/// generically over ``DifferentiableScalar``: it computes the gradient while the function
/// runs, with no graph of heap nodes.
///
/// You rarely name this type. Write the function once,
///
/// ```swift
/// func rosenbrock<V: DifferentiableScalar>(_ p: [V]) -> V {
///   (1 - p[0]) * (1 - p[0]) + 100 * (p[1] - p[0] * p[0]) * (p[1] - p[0] * p[0])
/// }
/// gradient(of: rosenbrock, at: [0.5, 2.0])   // runs it on Tracer<Double>
/// ```
///
/// and the entry point picks the mode by the number of inputs n:
///
/// - **n ≤ 4: forward mode on lanes.** Each value carries its derivatives with respect
///   to every input (``laneCount`` tangents on SIMD lanes, ForwardDiff.jl's chunk), so
///   the gradient is ready when the function returns: one pass, no memory allocated per
///   op.
/// - **n > 4: reverse mode on a flat recording.** Each op appends its output slot, its
///   operands' slots and its two local partials to a buffer the thread reuses (Adept,
///   CppAD), and one backward sweep over that buffer gives the gradient.
///
/// Either way every op runs its own `forward`: a custom op works here with no code of its
/// own. Values from two different calls must not meet in one op (a value captured from
/// an enclosing `gradient(of:at:)` call, say): that is perturbation confusion, and it
/// stops the program with a message.
@frozen
public struct Tracer<T: BinaryFloatingPoint & SIMDScalar> {
  /// The tangents of forward mode: ∂value/∂input for inputs 0 to 3.
  public typealias Lanes = SIMD4<T>

  /// The value.
  public let data: T
  /// Forward mode: the derivatives of the value with respect to each input.
  @usableFromInline let tangents: Lanes
  /// Which call the value belongs to: 0 for a constant, an odd number for a forward-mode
  /// call (a tag), or the address of the call's `TraceRecording<T>` in reverse mode.
  @usableFromInline let context: UInt
  /// Reverse mode: the value's slot in the recording (0 for a constant).
  @usableFromInline let slot: Int32

  /// The number of inputs a forward-mode call differentiates in one pass.
  @inlinable public static var laneCount: Int { Lanes.scalarCount }

  @inlinable @inline(__always)
  init(_ data: T, tangents: Lanes, context: UInt, slot: Int32) {
    self.data = data
    self.tangents = tangents
    self.context = context
    self.slot = slot
  }

  /// Creates a constant: a value that depends on no input.
  @inlinable @inline(__always)
  public init(_ data: T) {
    self.init(data, tangents: .zero, context: 0, slot: 0)
  }
}

extension Tracer: DifferentiableScalar {
  /// Applies a one-input op: its value, with its derivative carried on the lanes or
  /// recorded.
  @inlinable @inline(__always)
  public static func apply<Op: UnaryLocalGradient>(_ op: Op, _ x: Self) -> Self
  where Op.Scalar == T {
    let (value, dx) = op.forward(x.data)
    let context = x.context
    if context & 1 == 0 {
      guard let recording = recording(context) else { return Tracer(value) }
      let slot = recording.pointee.record(x.slot, dx, 0, 0)
      return Tracer(value, tangents: .zero, context: context, slot: slot)
    }
    return Tracer(value, tangents: nanSafeScaled(x.tangents, by: dx), context: context, slot: 0)
  }

  /// Applies a two-input op: its value, with its partials carried on the lanes or
  /// recorded.
  @inlinable @inline(__always)
  public static func apply<Op: BinaryLocalGradient>(_ op: Op, _ x: Self, _ y: Self) -> Self
  where Op.Scalar == T {
    let (value, dx, dy) = op.forward(x.data, y.data)
    let context = merge(x.context, y.context)
    if context & 1 == 0 {
      guard let recording = recording(context) else { return Tracer(value) }
      let slot = recording.pointee.record(x.slot, dx, y.slot, dy)
      return Tracer(value, tangents: .zero, context: context, slot: slot)
    }
    let tangents = nanSafeScaled(x.tangents, by: dx) + nanSafeScaled(y.tangents, by: dy)
    return Tracer(value, tangents: tangents, context: context, slot: 0)
  }

  /// Applies an n-input op: its value, with its partials carried on the lanes or
  /// recorded.
  ///
  /// - Precondition: the op returns one partial derivative per input.
  @inlinable
  public static func apply<Op: NaryLocalGradient>(_ op: Op, _ inputs: [Self]) -> Self
  where Op.Scalar == T {
    let n = inputs.count
    return withUnsafeTemporaryAllocation(of: T.self, capacity: 2 * max(n, 1)) { buffer in
      let values = UnsafeMutableBufferPointer(rebasing: buffer[0..<n])
      let partials = UnsafeMutableBufferPointer(rebasing: buffer[n..<2 * n])
      var context: UInt = 0
      for i in 0..<n {
        values[i] = inputs[i].data
        context = merge(context, inputs[i].context)
      }
      let value = op.forward(UnsafeBufferPointer(values), partials: partials)
      if context & 1 == 0 {
        guard let recording = recording(context) else { return Tracer(value) }
        let slot = recording.pointee.record(count: n) { (inputs[$0].slot, partials[$0]) }
        return Tracer(value, tangents: .zero, context: context, slot: slot)
      }
      var tangents = Lanes.zero
      for i in 0..<n { tangents += nanSafeScaled(inputs[i].tangents, by: partials[i]) }
      return Tracer(value, tangents: tangents, context: context, slot: 0)
    }
  }
}

extension Tracer {
  /// The recording a reverse-mode context refers to; nil for a constant.
  @inlinable @inline(__always)
  static func recording(_ context: UInt) -> UnsafeMutablePointer<TraceRecording<T>>? {
    UnsafeMutablePointer(bitPattern: context)
  }

  /// The context of a result of two inputs: the one call they belong to.
  @inlinable @inline(__always)
  static func merge(_ a: UInt, _ b: UInt) -> UInt {
    if a == b || b == 0 { return a }
    if a == 0 { return b }
    mixedCalls()
  }

  @usableFromInline
  static func mixedCalls() -> Never {
    preconditionFailure(
      """
      nested reverse mode or perturbation confusion: a value of one gradient(of:at:) call \
      met a value of another (a value captured from an enclosing call, or kept from an \
      earlier one), whose derivatives cannot be told apart. Reverse mode cannot be \
      nested; pass the outer value in as a number (x.data), or, for second derivatives, \
      use hessian(of:at:) or hessianVectorProduct(of:at:along:).
      """)
  }
}

extension Tracer: CustomStringConvertible {
  /// A description such as `Tracer(2.0)`.
  public var description: String { "Tracer(\(data))" }
}
