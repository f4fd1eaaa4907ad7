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
@usableFromInline @inline(__always) func libmLog(_ x: Double) -> Double { log(x) }
@usableFromInline @inline(__always) func libmLog1p(_ x: Double) -> Double { log1p(x) }
@usableFromInline @inline(__always) func libmTanh(_ x: Double) -> Double { tanh(x) }
@usableFromInline @inline(__always) func libmSin(_ x: Double) -> Double { sin(x) }
@usableFromInline @inline(__always) func libmCos(_ x: Double) -> Double { cos(x) }
@usableFromInline @inline(__always) func libmPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }

extension Double: ScalarMath {
  /// `exp` from the platform's math library.
  @inlinable public static func exp(_ x: Double) -> Double { libmExp(x) }
  /// `expm1` from the platform's math library.
  @inlinable public static func expm1(_ x: Double) -> Double { libmExpm1(x) }
  /// `log` from the platform's math library.
  @inlinable public static func log(_ x: Double) -> Double { libmLog(x) }
  /// `log1p` from the platform's math library.
  @inlinable public static func log1p(_ x: Double) -> Double { libmLog1p(x) }
  /// `tanh` from the platform's math library.
  @inlinable public static func tanh(_ x: Double) -> Double { libmTanh(x) }
  /// `sin` from the platform's math library.
  @inlinable public static func sin(_ x: Double) -> Double { libmSin(x) }
  /// `cos` from the platform's math library.
  @inlinable public static func cos(_ x: Double) -> Double { libmCos(x) }
  /// `pow` from the platform's math library.
  @inlinable public static func pow(_ x: Double, _ y: Double) -> Double { libmPow(x, y) }
}
