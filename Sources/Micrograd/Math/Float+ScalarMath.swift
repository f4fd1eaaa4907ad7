#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif os(Windows)
  import ucrt
#endif

// The C functions are bound at file scope: inside `extension Float` a bare `exp(x)`
// would resolve to the static requirement itself.
@usableFromInline @inline(__always) func libmExp(_ x: Float) -> Float { expf(x) }
@usableFromInline @inline(__always) func libmExpm1(_ x: Float) -> Float { expm1f(x) }
@usableFromInline @inline(__always) func libmLog(_ x: Float) -> Float { logf(x) }
@usableFromInline @inline(__always) func libmLog1p(_ x: Float) -> Float { log1pf(x) }
@usableFromInline @inline(__always) func libmTanh(_ x: Float) -> Float { tanhf(x) }
@usableFromInline @inline(__always) func libmSin(_ x: Float) -> Float { sinf(x) }
@usableFromInline @inline(__always) func libmCos(_ x: Float) -> Float { cosf(x) }
@usableFromInline @inline(__always) func libmPow(_ x: Float, _ y: Float) -> Float { powf(x, y) }

extension Float: ScalarMath {
  /// `exp` from the platform's math library.
  @inlinable public static func exp(_ x: Float) -> Float { libmExp(x) }
  /// `expm1` from the platform's math library.
  @inlinable public static func expm1(_ x: Float) -> Float { libmExpm1(x) }
  /// `log` from the platform's math library.
  @inlinable public static func log(_ x: Float) -> Float { libmLog(x) }
  /// `log1p` from the platform's math library.
  @inlinable public static func log1p(_ x: Float) -> Float { libmLog1p(x) }
  /// `tanh` from the platform's math library.
  @inlinable public static func tanh(_ x: Float) -> Float { libmTanh(x) }
  /// `sin` from the platform's math library.
  @inlinable public static func sin(_ x: Float) -> Float { libmSin(x) }
  /// `cos` from the platform's math library.
  @inlinable public static func cos(_ x: Float) -> Float { libmCos(x) }
  /// `pow` from the platform's math library.
  @inlinable public static func pow(_ x: Float, _ y: Float) -> Float { libmPow(x, y) }
}
