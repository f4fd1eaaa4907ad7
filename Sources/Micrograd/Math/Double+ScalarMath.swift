#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif os(Windows)
  import ucrt
#endif

// The C functions are bound at file scope: inside `extension Double` a bare `exp(x)`
// would resolve to the static requirement itself.
@usableFromInline @inline(__always) func libmExp(_ x: Double) -> Double { exp(x) }
@usableFromInline @inline(__always) func libmExpm1(_ x: Double) -> Double { expm1(x) }
@usableFromInline @inline(__always) func libmExp2(_ x: Double) -> Double { exp2(x) }
@usableFromInline @inline(__always) func libmLog(_ x: Double) -> Double { log(x) }
@usableFromInline @inline(__always) func libmLog1p(_ x: Double) -> Double { log1p(x) }
@usableFromInline @inline(__always) func libmLog2(_ x: Double) -> Double { log2(x) }
@usableFromInline @inline(__always) func libmLog10(_ x: Double) -> Double { log10(x) }
@usableFromInline @inline(__always) func libmSqrt(_ x: Double) -> Double { sqrt(x) }
@usableFromInline @inline(__always) func libmSin(_ x: Double) -> Double { sin(x) }
@usableFromInline @inline(__always) func libmCos(_ x: Double) -> Double { cos(x) }
@usableFromInline @inline(__always) func libmTan(_ x: Double) -> Double { tan(x) }
@usableFromInline @inline(__always) func libmAsin(_ x: Double) -> Double { asin(x) }
@usableFromInline @inline(__always) func libmAcos(_ x: Double) -> Double { acos(x) }
@usableFromInline @inline(__always) func libmAtan(_ x: Double) -> Double { atan(x) }
@usableFromInline @inline(__always) func libmSinh(_ x: Double) -> Double { sinh(x) }
@usableFromInline @inline(__always) func libmCosh(_ x: Double) -> Double { cosh(x) }
@usableFromInline @inline(__always) func libmTanh(_ x: Double) -> Double { tanh(x) }
@usableFromInline @inline(__always) func libmAsinh(_ x: Double) -> Double { asinh(x) }
@usableFromInline @inline(__always) func libmAcosh(_ x: Double) -> Double { acosh(x) }
@usableFromInline @inline(__always) func libmAtanh(_ x: Double) -> Double { atanh(x) }
@usableFromInline @inline(__always) func libmErf(_ x: Double) -> Double { erf(x) }
@usableFromInline @inline(__always) func libmErfc(_ x: Double) -> Double { erfc(x) }
@usableFromInline @inline(__always) func libmGamma(_ x: Double) -> Double { tgamma(x) }
@usableFromInline @inline(__always) func libmLogGamma(_ x: Double) -> Double { lgamma(x) }
@usableFromInline @inline(__always) func libmPow(_ x: Double, _ y: Double) -> Double {
  pow(x, y)
}
@usableFromInline @inline(__always) func libmHypot(_ x: Double, _ y: Double) -> Double {
  hypot(x, y)
}
@usableFromInline @inline(__always) func libmAtan2(_ x: Double, _ y: Double) -> Double {
  atan2(x, y)
}

extension Double: ScalarMath {
  /// `exp` from the platform's math library.
  @inlinable public static func exp(_ x: Double) -> Double { libmExp(x) }
  /// `expm1` from the platform's math library.
  @inlinable public static func expm1(_ x: Double) -> Double { libmExpm1(x) }
  /// `exp2` from the platform's math library.
  @inlinable public static func exp2(_ x: Double) -> Double { libmExp2(x) }
  /// `log` from the platform's math library.
  @inlinable public static func log(_ x: Double) -> Double { libmLog(x) }
  /// `log1p` from the platform's math library.
  @inlinable public static func log1p(_ x: Double) -> Double { libmLog1p(x) }
  /// `log2` from the platform's math library.
  @inlinable public static func log2(_ x: Double) -> Double { libmLog2(x) }
  /// `log10` from the platform's math library.
  @inlinable public static func log10(_ x: Double) -> Double { libmLog10(x) }
  /// `sqrt` from the platform's math library.
  @inlinable public static func sqrt(_ x: Double) -> Double { libmSqrt(x) }
  /// `sin` from the platform's math library.
  @inlinable public static func sin(_ x: Double) -> Double { libmSin(x) }
  /// `cos` from the platform's math library.
  @inlinable public static func cos(_ x: Double) -> Double { libmCos(x) }
  /// `tan` from the platform's math library.
  @inlinable public static func tan(_ x: Double) -> Double { libmTan(x) }
  /// `asin` from the platform's math library.
  @inlinable public static func asin(_ x: Double) -> Double { libmAsin(x) }
  /// `acos` from the platform's math library.
  @inlinable public static func acos(_ x: Double) -> Double { libmAcos(x) }
  /// `atan` from the platform's math library.
  @inlinable public static func atan(_ x: Double) -> Double { libmAtan(x) }
  /// `sinh` from the platform's math library.
  @inlinable public static func sinh(_ x: Double) -> Double { libmSinh(x) }
  /// `cosh` from the platform's math library.
  @inlinable public static func cosh(_ x: Double) -> Double { libmCosh(x) }
  /// `tanh` from the platform's math library.
  @inlinable public static func tanh(_ x: Double) -> Double { libmTanh(x) }
  /// `asinh` from the platform's math library.
  @inlinable public static func asinh(_ x: Double) -> Double { libmAsinh(x) }
  /// `acosh` from the platform's math library.
  @inlinable public static func acosh(_ x: Double) -> Double { libmAcosh(x) }
  /// `atanh` from the platform's math library.
  @inlinable public static func atanh(_ x: Double) -> Double { libmAtanh(x) }
  /// `erf` from the platform's math library.
  @inlinable public static func erf(_ x: Double) -> Double { libmErf(x) }
  /// `erfc` from the platform's math library.
  @inlinable public static func erfc(_ x: Double) -> Double { libmErfc(x) }
  /// `tgamma` from the platform's math library.
  @inlinable public static func gamma(_ x: Double) -> Double { libmGamma(x) }
  /// `lgamma` from the platform's math library.
  @inlinable public static func logGamma(_ x: Double) -> Double { libmLogGamma(x) }
  /// `pow(10, x)` from the platform's math library: see ``ScalarMath/exp10(_:)``.
  @inlinable public static func exp10(_ x: Double) -> Double { libmPow(10, x) }
  /// `pow` from the platform's math library.
  @inlinable public static func pow(_ x: Double, _ y: Double) -> Double { libmPow(x, y) }
  /// `hypot` from the platform's math library.
  @inlinable public static func hypot(_ x: Double, _ y: Double) -> Double { libmHypot(x, y) }
  /// `atan2(y, x)` from the platform's math library.
  @inlinable public static func atan2(y: Double, x: Double) -> Double { libmAtan2(y, x) }
}
