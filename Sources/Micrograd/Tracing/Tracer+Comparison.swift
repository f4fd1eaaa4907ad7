// Comparisons of tracers compare their values. Under `CompiledGradient` each one is also
// logged, so that a call that takes the other side of a branch than the first call is
// noticed and handled by the policy.

extension Tracer {
  @inlinable @inline(__always)
  static func compare(_ comparison: Comparison, _ context: UInt, _ lhs: T, _ rhs: T) -> Bool {
    let result = comparison.evaluate(lhs, rhs)
    if context != 0, let log = comparisonLog(context) {
      log.pointee.note(comparison, Double(lhs), Double(rhs), result: result)
    }
    return result
  }

  /// The comparison log of the call a context belongs to, if it keeps one.
  @inlinable @inline(__always)
  static func comparisonLog(_ context: UInt) -> UnsafeMutablePointer<ComparisonLog>? {
    if context & 1 == 1 {
      let holder = UnsafeMutablePointer<UnsafeMutablePointer<ComparisonLog>?>(
        bitPattern: context & ~1)
      return holder?.pointee
    }
    return recording(context)?.pointee.comparisons
  }

  /// Whether `lhs.data < rhs.data`; checked at every call of a ``CompiledGradient``.
  @inlinable
  public static func < (lhs: Tracer, rhs: Tracer) -> Bool {
    compare(.less, merge(lhs.context, rhs.context), lhs.data, rhs.data)
  }
  /// Whether `lhs.data <= rhs.data`; checked at every call of a ``CompiledGradient``.
  @inlinable
  public static func <= (lhs: Tracer, rhs: Tracer) -> Bool {
    compare(.lessOrEqual, merge(lhs.context, rhs.context), lhs.data, rhs.data)
  }
  /// Whether `lhs.data > rhs.data`; checked at every call of a ``CompiledGradient``.
  @inlinable
  public static func > (lhs: Tracer, rhs: Tracer) -> Bool {
    compare(.greater, merge(lhs.context, rhs.context), lhs.data, rhs.data)
  }
  /// Whether `lhs.data >= rhs.data`; checked at every call of a ``CompiledGradient``.
  @inlinable
  public static func >= (lhs: Tracer, rhs: Tracer) -> Bool {
    compare(.greaterOrEqual, merge(lhs.context, rhs.context), lhs.data, rhs.data)
  }
  /// Whether `lhs.data == rhs.data`; checked at every call of a ``CompiledGradient``.
  @inlinable
  public static func == (lhs: Tracer, rhs: Tracer) -> Bool {
    compare(.equal, merge(lhs.context, rhs.context), lhs.data, rhs.data)
  }
  /// Whether `lhs.data < rhs`; checked at every call of a ``CompiledGradient``.
  @inlinable
  public static func < (lhs: Tracer, rhs: T) -> Bool {
    compare(.less, lhs.context, lhs.data, rhs)
  }
  /// Whether `lhs.data <= rhs`; checked at every call of a ``CompiledGradient``.
  @inlinable
  public static func <= (lhs: Tracer, rhs: T) -> Bool {
    compare(.lessOrEqual, lhs.context, lhs.data, rhs)
  }
  /// Whether `lhs.data > rhs`; checked at every call of a ``CompiledGradient``.
  @inlinable
  public static func > (lhs: Tracer, rhs: T) -> Bool {
    compare(.greater, lhs.context, lhs.data, rhs)
  }
  /// Whether `lhs.data >= rhs`; checked at every call of a ``CompiledGradient``.
  @inlinable
  public static func >= (lhs: Tracer, rhs: T) -> Bool {
    compare(.greaterOrEqual, lhs.context, lhs.data, rhs)
  }
  /// Whether `lhs.data == rhs`; checked at every call of a ``CompiledGradient``.
  @inlinable
  public static func == (lhs: Tracer, rhs: T) -> Bool {
    compare(.equal, lhs.context, lhs.data, rhs)
  }
}
