// `max` and `min` of `Var`s as free functions, the spelling a PyTorch user reaches for
// (`torch.max(a, b)`, `torch.maximum`). They are free functions rather than members:
// a member named `max` would hide the standard library's `max` inside every extension
// of a conforming type. For `Dual` and generic code, use `x.maximum(y)`.

/// The larger of two values, with PyTorch's gradient: all of it to the larger, half to
/// each at a tie, and NaN if either is NaN. See ``Ops/Maximum``.
@inlinable
public func max<T: BinaryFloatingPoint>(_ x: Var<T>, _ y: Var<T>) -> Var<T> { x.maximum(y) }

/// The smaller of two values, with PyTorch's gradient: all of it to the smaller, half to
/// each at a tie, and NaN if either is NaN. See ``Ops/Minimum``.
@inlinable
public func min<T: BinaryFloatingPoint>(_ x: Var<T>, _ y: Var<T>) -> Var<T> { x.minimum(y) }

/// The largest of `values`, as one n-ary op; a tie among k values gives each 1/k of the
/// gradient.
///
/// - Precondition: `values` is not empty.
@inlinable
public func max<T: BinaryFloatingPoint>(_ values: [Var<T>]) -> Var<T> { Var.maximum(values) }

/// The smallest of `values`, as one n-ary op; a tie among k values gives each 1/k of the
/// gradient.
///
/// - Precondition: `values` is not empty.
@inlinable
public func min<T: BinaryFloatingPoint>(_ values: [Var<T>]) -> Var<T> { Var.minimum(values) }
