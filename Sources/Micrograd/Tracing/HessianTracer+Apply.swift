// Applying an op to Hessian tracers. Hyper-dual mode runs the op's `forward` on dual
// numbers seeded along each input, which gives the op's second partial derivatives in
// the tangents of its first ones; forward over reverse runs it once at the values'
// dual numbers and records the dual partials.

extension HessianTracer: DifferentiableScalar {
  /// Applies a one-input op.
  @inlinable @inline(__always)
  public static func apply<Op: UnaryLocalGradient>(_ op: Op, _ x: Self) -> Self
  where Op.Scalar == Dual<T> {
    let context = x.context
    if context & 1 == 0 {
      let (value, dx) = op.forward(x.data)
      guard let recording = recording(context) else { return Self(value) }
      let slot = recording.pointee.record(x.slot, dx, 0, 0)
      return Self(recorded: value, context: context, slot: slot)
    }
    let (value, dx) = op.forward(Dual(x.value, tangent: 1))
    let (f1, f2) = (dx.data, dx.tangent)
    if f1.isFinite && f2.isFinite {
      return chain(value.data, x, f1, f2, safe: false)
    }
    return chainNaNSafe(value.data, x, f1, f2)
  }

  /// Applies a two-input op.
  @inlinable @inline(__always)
  public static func apply<Op: BinaryLocalGradient>(_ op: Op, _ x: Self, _ y: Self) -> Self
  where Op.Scalar == Dual<T> {
    let context = Tracer<T>.merge(x.context, y.context)
    if context & 1 == 0 {
      let (value, dx, dy) = op.forward(x.data, y.data)
      guard let recording = recording(context) else { return Self(value) }
      let slot = recording.pointee.record(x.slot, dx, y.slot, dy)
      return Self(recorded: value, context: context, slot: slot)
    }
    if y.context == 0 || x.context == 0 {
      // One side is a constant: one evaluation, seeded along the other.
      let xVaries = y.context == 0
      let (value, dx, dy) = op.forward(
        Dual(x.value, tangent: xVaries ? 1 : 0), Dual(y.value, tangent: xVaries ? 0 : 1))
      let varying = xVaries ? x : y
      let (first, second) = xVaries ? (dx.data, dx.tangent) : (dy.data, dy.tangent)
      if first.isFinite && second.isFinite {
        return chain(value.data, varying, first, second, safe: false)
      }
      return chainNaNSafe(value.data, varying, first, second)
    }
    let (value, dx, dy) = op.forward(Dual(x.value, tangent: 1), Dual(y.value, tangent: 0))
    let (_, dx2, dy2) = op.forward(Dual(x.value, tangent: 0), Dual(y.value, tangent: 1))
    let first = (dx.data, dy.data)
    let second = (dx.tangent, dy.tangent, dx2.tangent, dy2.tangent)
    if first.0.isFinite && first.1.isFinite && second.0.isFinite && second.1.isFinite
      && second.2.isFinite && second.3.isFinite
    {
      return chain(value.data, x, y, first, second, safe: false)
    }
    return chainNaNSafe(value.data, x, y, first, second)
  }

  /// Applies an n-input op.
  ///
  /// - Precondition: the op returns one partial derivative per input.
  @inlinable
  public static func apply<Op: NaryLocalGradient>(_ op: Op, _ inputs: [Self]) -> Self
  where Op.Scalar == Dual<T> {
    let n = inputs.count
    var context: UInt = 0
    for input in inputs { context = Tracer<T>.merge(context, input.context) }
    var arguments = inputs.map(\.data)
    if context & 1 == 0 {
      let (value, partials) = op.forward(arguments)
      precondition(
        partials.count == n,
        "\(Op.name) returned \(partials.count) partial derivatives for \(n) inputs")
      guard let recording = recording(context) else { return Self(value) }
      let slot = recording.pointee.record(count: n) { (inputs[$0].slot, partials[$0]) }
      return Self(recorded: value, context: context, slot: slot)
    }
    // Hyper-dual: one evaluation per input that is not a constant, seeded along it;
    // the tangents of its partials are one column of the op's second derivatives.
    var value = T.zero
    var gradient = Lanes.zero
    var hessian = zeroHessian
    var first = [T](repeating: 0, count: n)
    for k in 0..<n where inputs[k].context != 0 || k == 0 {
      for i in 0..<n { arguments[i] = Dual(inputs[i].value, tangent: i == k ? 1 : 0) }
      let (result, partials) = op.forward(arguments)
      precondition(
        partials.count == n,
        "\(Op.name) returned \(partials.count) partial derivatives for \(n) inputs")
      value = result.data
      for i in 0..<n { first[i] = partials[i].data }
      guard inputs[k].context != 0 else { continue }
      let gk = inputs[k].gradient
      for i in 0..<n where inputs[i].context != 0 {
        let second = partials[i].tangent
        guard second != 0 else { continue }
        hessian =
          hessian
          + .product(.rows(inputs[i].gradient), .columns(nanSafeScaled(gk, by: second)), safe: true)
      }
    }
    for i in 0..<n where inputs[i].context != 0 {
      gradient += nanSafeScaled(inputs[i].gradient, by: first[i])
      hessian = hessian + inputs[i].hessian.scaled(by: first[i], safe: true)
    }
    return Self(value, gradient: gradient, hessian: hessian, context: context, slot: 0)
  }
}

extension HessianTracer {
  /// `v · s`, NaN-safe if `safe` (see `nanSafeScaled`).
  @inlinable @inline(__always)
  static func times(_ v: Lanes, _ s: T, _ safe: Bool) -> Lanes {
    safe ? nanSafeScaled(v, by: s) : v * s
  }

  /// The result of a one-input op with derivatives f′ and f″ at `x`: ∇y = f′·∇x and
  /// ∇²y = f′·∇²x + f″·∇x∇xᵀ.
  @inlinable @inline(__always)
  static func chain(_ value: T, _ x: Self, _ f1: T, _ f2: T, safe: Bool) -> Self {
    let g = x.gradient
    var hessian = x.hessian.scaled(by: f1, safe: safe)
    if f2 != 0 {
      hessian = hessian + .product(.rows(g), .columns(times(g, f2, safe)), safe: safe)
    }
    return Self(value, gradient: times(g, f1, safe), hessian: hessian, context: x.context, slot: 0)
  }

  /// The result of a two-input op with first partials (gx, gy) and second partials
  /// (gxx, gyx, gxy, gyy): ∇z = gx·∇x + gy·∇y and
  /// ∇²z = gx·∇²x + gy·∇²y + ∇x(gxx·∇x + gxy·∇y)ᵀ + ∇y(gyx·∇x + gyy·∇y)ᵀ.
  @inlinable @inline(__always)
  static func chain(
    _ value: T, _ x: Self, _ y: Self, _ first: (T, T), _ second: (T, T, T, T), safe: Bool
  ) -> Self {
    let (gx, gy) = first
    let (gxx, gyx, gxy, gyy) = second
    let (xg, yg) = (x.gradient, y.gradient)
    var hessian = x.hessian.scaled(by: gx, safe: safe) + y.hessian.scaled(by: gy, safe: safe)
    if gxx != 0 || gxy != 0 || gyx != 0 || gyy != 0 {
      let alongX = times(xg, gxx, safe) + times(yg, gxy, safe)
      let alongY = times(xg, gyx, safe) + times(yg, gyy, safe)
      hessian =
        hessian + .product(.rows(xg), .columns(alongX), safe: safe)
        + .product(.rows(yg), .columns(alongY), safe: safe)
    }
    return Self(
      value, gradient: times(xg, gx, safe) + times(yg, gy, safe), hessian: hessian,
      context: Tracer<T>.merge(x.context, y.context), slot: 0)
  }

  /// ``chain(_:_:_:_:safe:)``, NaN-safe: for partials that are not finite.
  @inlinable @inline(never)
  static func chainNaNSafe(_ value: T, _ x: Self, _ f1: T, _ f2: T) -> Self {
    chain(value, x, f1, f2, safe: true)
  }

  /// ``chain(_:_:_:_:_:_:safe:)``, NaN-safe: for partials that are not finite.
  @inlinable @inline(never)
  static func chainNaNSafe(
    _ value: T, _ x: Self, _ y: Self, _ first: (T, T), _ second: (T, T, T, T)
  ) -> Self {
    chain(value, x, y, first, second, safe: true)
  }

  /// The recording a forward-over-reverse context refers to; nil for a constant.
  @inlinable @inline(__always)
  static func recording(_ context: UInt) -> UnsafeMutablePointer<TraceRecording<Dual<T>>>? {
    UnsafeMutablePointer(bitPattern: context)
  }
}
