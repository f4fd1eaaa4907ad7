/// The scalar that ``hessian(of:at:)-(([HessianTracer<T>])->HessianTracer<T>,_)`` and ``hessianVectorProduct(of:at:along:)-(([HessianTracer<T>])->HessianTracer<T>,_,_)`` pass to
/// a function written generically over ``DifferentiableScalar``: it computes second
/// derivatives while the function runs, with no graph of heap nodes.
///
/// Its ``DifferentiableScalar/Scalar`` is `Dual<T>`, so each op runs its own `forward`
/// on a dual number and returns, in the tangents of its partials, its own second
/// derivatives: an op written generically over its `Scalar` needs no code for this.
/// The entry point picks the mode:
///
/// - **A Hessian of n ≤ 4 inputs: one pass of hyper-dual numbers.** Each value carries
///   its gradient (``laneCount`` lanes) and its Hessian (the 10 entries of a symmetric
///   4 × 4 block), propagated by
///   the chain rule of second order: for y = f(x), ∇y = f′·∇x and
///   ∇²y = f′·∇²x + f″·∇x∇xᵀ (and the mixed terms for two inputs).
/// - **Otherwise, and for every Hessian-vector product: forward over reverse.** Each value
///   carries its derivative along the direction, each op records its partials as dual
///   numbers in a flat recording, and one backward sweep gives H·v in the tangents of
///   the adjoints (JAX's recipe). A Hessian of n > 4 inputs takes n such passes.
@frozen
public struct HessianTracer<T: BinaryFloatingPoint & SIMDScalar> {
  /// A gradient, or one column of the Hessian, in hyper-dual mode.
  public typealias Lanes = SIMD4<T>

  /// The value.
  @usableFromInline let value: T
  /// Hyper-dual mode: the gradient. Forward over reverse: lane 0 is the derivative
  /// along the direction.
  @usableFromInline let gradient: Lanes
  /// Hyper-dual mode: the lower triangle of the Hessian, packed (see `Triangle`).
  @usableFromInline let hessian: Triangle
  /// 0 for a constant, an odd tag in hyper-dual mode, the address of the call's
  /// `TraceRecording<Dual<T>>` forward over reverse.
  @usableFromInline let context: UInt
  /// Forward over reverse: the value's slot in the recording (0 for a constant).
  @usableFromInline let slot: Int32

  /// The number of inputs whose Hessian one hyper-dual pass computes.
  @inlinable public static var laneCount: Int { Lanes.scalarCount }

  @inlinable @inline(__always)
  init(_ value: T, gradient: Lanes, hessian: Triangle, context: UInt, slot: Int32) {
    (self.value, self.gradient, self.hessian) = (value, gradient, hessian)
    (self.context, self.slot) = (context, slot)
  }

  /// Creates a constant: a value that depends on no input.
  @inlinable @inline(__always)
  public init(_ data: Dual<T>) {
    self.init(data.data, gradient: .zero, hessian: Self.zeroHessian, context: 0, slot: 0)
  }

  /// The value, as a dual number: forward over reverse, its tangent is the derivative
  /// along the direction; in hyper-dual mode the tangent is 0.
  @inlinable
  public var data: Dual<T> {
    Dual(value, tangent: context & 1 == 0 && context != 0 ? gradient[0] : 0)
  }

  @inlinable @inline(__always)
  static var zeroHessian: Triangle { Triangle() }

  /// A value of forward over reverse: its value, its tangent and its slot.
  @inlinable @inline(__always)
  init(recorded data: Dual<T>, context: UInt, slot: Int32) {
    var tangent = Lanes.zero
    tangent[0] = data.tangent
    self.init(data.data, gradient: tangent, hessian: Self.zeroHessian, context: context, slot: slot)
  }
}

extension HessianTracer: CustomStringConvertible {
  /// A description such as `HessianTracer(2.0)`.
  public var description: String { "HessianTracer(\(value))" }
}
