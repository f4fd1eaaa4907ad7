// Float80 exists on x86 outside Windows and Android, as in swift-numerics.
#if (arch(i386) || arch(x86_64)) && !os(Windows) && !os(Android)
  #if canImport(Darwin)
    import Darwin
  #elseif canImport(Glibc)
    import Glibc
  #elseif canImport(Musl)
    import Musl
  #endif

  @usableFromInline @inline(__always) func libmExp(_ x: Float80) -> Float80 { expl(x) }
  @usableFromInline @inline(__always) func libmExpm1(_ x: Float80) -> Float80 { expm1l(x) }
  @usableFromInline @inline(__always) func libmLog(_ x: Float80) -> Float80 { logl(x) }
  @usableFromInline @inline(__always) func libmLog1p(_ x: Float80) -> Float80 { log1pl(x) }
  @usableFromInline @inline(__always) func libmTanh(_ x: Float80) -> Float80 { tanhl(x) }
  @usableFromInline @inline(__always) func libmSin(_ x: Float80) -> Float80 { sinl(x) }
  @usableFromInline @inline(__always) func libmCos(_ x: Float80) -> Float80 { cosl(x) }
  @usableFromInline @inline(__always) func libmPow(_ x: Float80, _ y: Float80) -> Float80 {
    powl(x, y)
  }

  extension Float80: ScalarMath {
    /// `exp` from the platform's math library.
    @inlinable public static func exp(_ x: Float80) -> Float80 { libmExp(x) }
    /// `expm1` from the platform's math library.
    @inlinable public static func expm1(_ x: Float80) -> Float80 { libmExpm1(x) }
    /// `log` from the platform's math library.
    @inlinable public static func log(_ x: Float80) -> Float80 { libmLog(x) }
    /// `log1p` from the platform's math library.
    @inlinable public static func log1p(_ x: Float80) -> Float80 { libmLog1p(x) }
    /// `tanh` from the platform's math library.
    @inlinable public static func tanh(_ x: Float80) -> Float80 { libmTanh(x) }
    /// `sin` from the platform's math library.
    @inlinable public static func sin(_ x: Float80) -> Float80 { libmSin(x) }
    /// `cos` from the platform's math library.
    @inlinable public static func cos(_ x: Float80) -> Float80 { libmCos(x) }
    /// `pow` from the platform's math library.
    @inlinable public static func pow(_ x: Float80, _ y: Float80) -> Float80 { libmPow(x, y) }
  }
#endif
