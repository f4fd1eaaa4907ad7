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
@usableFromInline @inline(__always) func libmExp2(_ x: Float) -> Float { exp2f(x) }
@usableFromInline @inline(__always) func libmLog(_ x: Float) -> Float { logf(x) }
@usableFromInline @inline(__always) func libmLog1p(_ x: Float) -> Float { log1pf(x) }
@usableFromInline @inline(__always) func libmLog2(_ x: Float) -> Float { log2f(x) }
@usableFromInline @inline(__always) func libmLog10(_ x: Float) -> Float { log10f(x) }
@usableFromInline @inline(__always) func libmSqrt(_ x: Float) -> Float { sqrtf(x) }
@usableFromInline @inline(__always) func libmSin(_ x: Float) -> Float { sinf(x) }
@usableFromInline @inline(__always) func libmCos(_ x: Float) -> Float { cosf(x) }
@usableFromInline @inline(__always) func libmTan(_ x: Float) -> Float { tanf(x) }
@usableFromInline @inline(__always) func libmAsin(_ x: Float) -> Float { asinf(x) }
@usableFromInline @inline(__always) func libmAcos(_ x: Float) -> Float { acosf(x) }
@usableFromInline @inline(__always) func libmAtan(_ x: Float) -> Float { atanf(x) }
@usableFromInline @inline(__always) func libmSinh(_ x: Float) -> Float { sinhf(x) }
@usableFromInline @inline(__always) func libmCosh(_ x: Float) -> Float { coshf(x) }
@usableFromInline @inline(__always) func libmTanh(_ x: Float) -> Float { tanhf(x) }
@usableFromInline @inline(__always) func libmAsinh(_ x: Float) -> Float { asinhf(x) }
@usableFromInline @inline(__always) func libmAcosh(_ x: Float) -> Float { acoshf(x) }
@usableFromInline @inline(__always) func libmAtanh(_ x: Float) -> Float { atanhf(x) }
@usableFromInline @inline(__always) func libmErf(_ x: Float) -> Float { erff(x) }
@usableFromInline @inline(__always) func libmErfc(_ x: Float) -> Float { erfcf(x) }
@usableFromInline @inline(__always) func libmGamma(_ x: Float) -> Float { tgammaf(x) }
@usableFromInline @inline(__always) func libmLogGamma(_ x: Float) -> Float { lgammaf(x) }
@usableFromInline @inline(__always) func libmPow(_ x: Float, _ y: Float) -> Float {
  powf(x, y)
}
@usableFromInline @inline(__always) func libmHypot(_ x: Float, _ y: Float) -> Float {
  hypotf(x, y)
}
@usableFromInline @inline(__always) func libmAtan2(_ x: Float, _ y: Float) -> Float {
  atan2f(x, y)
}

extension Float: ScalarMath {
  /// `expf` from the platform's math library.
  @inlinable public static func exp(_ x: Float) -> Float { libmExp(x) }
  /// `expm1f` from the platform's math library.
  @inlinable public static func expm1(_ x: Float) -> Float { libmExpm1(x) }
  /// `exp2f` from the platform's math library.
  @inlinable public static func exp2(_ x: Float) -> Float { libmExp2(x) }
  /// `logf` from the platform's math library.
  @inlinable public static func log(_ x: Float) -> Float { libmLog(x) }
  /// `log1pf` from the platform's math library.
  @inlinable public static func log1p(_ x: Float) -> Float { libmLog1p(x) }
  /// `log2f` from the platform's math library.
  @inlinable public static func log2(_ x: Float) -> Float { libmLog2(x) }
  /// `log10f` from the platform's math library.
  @inlinable public static func log10(_ x: Float) -> Float { libmLog10(x) }
  /// `sqrtf` from the platform's math library.
  @inlinable public static func sqrt(_ x: Float) -> Float { libmSqrt(x) }
  /// `sinf` from the platform's math library.
  @inlinable public static func sin(_ x: Float) -> Float { libmSin(x) }
  /// `cosf` from the platform's math library.
  @inlinable public static func cos(_ x: Float) -> Float { libmCos(x) }
  /// `tanf` from the platform's math library.
  @inlinable public static func tan(_ x: Float) -> Float { libmTan(x) }
  /// `asinf` from the platform's math library.
  @inlinable public static func asin(_ x: Float) -> Float { libmAsin(x) }
  /// `acosf` from the platform's math library.
  @inlinable public static func acos(_ x: Float) -> Float { libmAcos(x) }
  /// `atanf` from the platform's math library.
  @inlinable public static func atan(_ x: Float) -> Float { libmAtan(x) }
  /// `sinhf` from the platform's math library.
  @inlinable public static func sinh(_ x: Float) -> Float { libmSinh(x) }
  /// `coshf` from the platform's math library.
  @inlinable public static func cosh(_ x: Float) -> Float { libmCosh(x) }
  /// `tanhf` from the platform's math library.
  @inlinable public static func tanh(_ x: Float) -> Float { libmTanh(x) }
  /// `asinhf` from the platform's math library.
  @inlinable public static func asinh(_ x: Float) -> Float { libmAsinh(x) }
  /// `acoshf` from the platform's math library.
  @inlinable public static func acosh(_ x: Float) -> Float { libmAcosh(x) }
  /// `atanhf` from the platform's math library.
  @inlinable public static func atanh(_ x: Float) -> Float { libmAtanh(x) }
  /// `erff` from the platform's math library.
  @inlinable public static func erf(_ x: Float) -> Float { libmErf(x) }
  /// `erfcf` from the platform's math library.
  @inlinable public static func erfc(_ x: Float) -> Float { libmErfc(x) }
  /// `tgammaf` from the platform's math library.
  @inlinable public static func gamma(_ x: Float) -> Float { libmGamma(x) }
  /// `lgammaf` from the platform's math library.
  @inlinable public static func logGamma(_ x: Float) -> Float { libmLogGamma(x) }
  /// `powf(10, x)` from the platform's math library: see ``ScalarMath/exp10(_:)``.
  @inlinable public static func exp10(_ x: Float) -> Float { libmPow(10, x) }
  /// `powf` from the platform's math library.
  @inlinable public static func pow(_ x: Float, _ y: Float) -> Float { libmPow(x, y) }
  /// `hypotf` from the platform's math library.
  @inlinable public static func hypot(_ x: Float, _ y: Float) -> Float { libmHypot(x, y) }
  /// `atan2f(y, x)` from the platform's math library.
  @inlinable public static func atan2(y: Float, x: Float) -> Float { libmAtan2(y, x) }
}
