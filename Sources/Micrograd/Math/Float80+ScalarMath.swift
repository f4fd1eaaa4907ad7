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
  @usableFromInline @inline(__always) func libmExp2(_ x: Float80) -> Float80 { exp2l(x) }
  @usableFromInline @inline(__always) func libmLog(_ x: Float80) -> Float80 { logl(x) }
  @usableFromInline @inline(__always) func libmLog1p(_ x: Float80) -> Float80 { log1pl(x) }
  @usableFromInline @inline(__always) func libmLog2(_ x: Float80) -> Float80 { log2l(x) }
  @usableFromInline @inline(__always) func libmLog10(_ x: Float80) -> Float80 { log10l(x) }
  @usableFromInline @inline(__always) func libmSqrt(_ x: Float80) -> Float80 { sqrtl(x) }
  @usableFromInline @inline(__always) func libmSin(_ x: Float80) -> Float80 { sinl(x) }
  @usableFromInline @inline(__always) func libmCos(_ x: Float80) -> Float80 { cosl(x) }
  @usableFromInline @inline(__always) func libmTan(_ x: Float80) -> Float80 { tanl(x) }
  @usableFromInline @inline(__always) func libmAsin(_ x: Float80) -> Float80 { asinl(x) }
  @usableFromInline @inline(__always) func libmAcos(_ x: Float80) -> Float80 { acosl(x) }
  @usableFromInline @inline(__always) func libmAtan(_ x: Float80) -> Float80 { atanl(x) }
  @usableFromInline @inline(__always) func libmSinh(_ x: Float80) -> Float80 { sinhl(x) }
  @usableFromInline @inline(__always) func libmCosh(_ x: Float80) -> Float80 { coshl(x) }
  @usableFromInline @inline(__always) func libmTanh(_ x: Float80) -> Float80 { tanhl(x) }
  @usableFromInline @inline(__always) func libmAsinh(_ x: Float80) -> Float80 { asinhl(x) }
  @usableFromInline @inline(__always) func libmAcosh(_ x: Float80) -> Float80 { acoshl(x) }
  @usableFromInline @inline(__always) func libmAtanh(_ x: Float80) -> Float80 { atanhl(x) }
  @usableFromInline @inline(__always) func libmErf(_ x: Float80) -> Float80 { erfl(x) }
  @usableFromInline @inline(__always) func libmErfc(_ x: Float80) -> Float80 { erfcl(x) }
  @usableFromInline @inline(__always) func libmGamma(_ x: Float80) -> Float80 { tgammal(x) }
  @usableFromInline @inline(__always) func libmLogGamma(_ x: Float80) -> Float80 { lgammal(x) }
  @usableFromInline @inline(__always) func libmPow(_ x: Float80, _ y: Float80) -> Float80 {
    powl(x, y)
  }
  @usableFromInline @inline(__always) func libmHypot(_ x: Float80, _ y: Float80) -> Float80 {
    hypotl(x, y)
  }
  @usableFromInline @inline(__always) func libmAtan2(_ x: Float80, _ y: Float80) -> Float80 {
    atan2l(x, y)
  }

  extension Float80: ScalarMath {
    /// `expl` from the platform's math library.
    @inlinable public static func exp(_ x: Float80) -> Float80 { libmExp(x) }
    /// `expm1l` from the platform's math library.
    @inlinable public static func expm1(_ x: Float80) -> Float80 { libmExpm1(x) }
    /// `exp2l` from the platform's math library.
    @inlinable public static func exp2(_ x: Float80) -> Float80 { libmExp2(x) }
    /// `logl` from the platform's math library.
    @inlinable public static func log(_ x: Float80) -> Float80 { libmLog(x) }
    /// `log1pl` from the platform's math library.
    @inlinable public static func log1p(_ x: Float80) -> Float80 { libmLog1p(x) }
    /// `log2l` from the platform's math library.
    @inlinable public static func log2(_ x: Float80) -> Float80 { libmLog2(x) }
    /// `log10l` from the platform's math library.
    @inlinable public static func log10(_ x: Float80) -> Float80 { libmLog10(x) }
    /// `sqrtl` from the platform's math library.
    @inlinable public static func sqrt(_ x: Float80) -> Float80 { libmSqrt(x) }
    /// `sinl` from the platform's math library.
    @inlinable public static func sin(_ x: Float80) -> Float80 { libmSin(x) }
    /// `cosl` from the platform's math library.
    @inlinable public static func cos(_ x: Float80) -> Float80 { libmCos(x) }
    /// `tanl` from the platform's math library.
    @inlinable public static func tan(_ x: Float80) -> Float80 { libmTan(x) }
    /// `asinl` from the platform's math library.
    @inlinable public static func asin(_ x: Float80) -> Float80 { libmAsin(x) }
    /// `acosl` from the platform's math library.
    @inlinable public static func acos(_ x: Float80) -> Float80 { libmAcos(x) }
    /// `atanl` from the platform's math library.
    @inlinable public static func atan(_ x: Float80) -> Float80 { libmAtan(x) }
    /// `sinhl` from the platform's math library.
    @inlinable public static func sinh(_ x: Float80) -> Float80 { libmSinh(x) }
    /// `coshl` from the platform's math library.
    @inlinable public static func cosh(_ x: Float80) -> Float80 { libmCosh(x) }
    /// `tanhl` from the platform's math library.
    @inlinable public static func tanh(_ x: Float80) -> Float80 { libmTanh(x) }
    /// `asinhl` from the platform's math library.
    @inlinable public static func asinh(_ x: Float80) -> Float80 { libmAsinh(x) }
    /// `acoshl` from the platform's math library.
    @inlinable public static func acosh(_ x: Float80) -> Float80 { libmAcosh(x) }
    /// `atanhl` from the platform's math library.
    @inlinable public static func atanh(_ x: Float80) -> Float80 { libmAtanh(x) }
    /// `erfl` from the platform's math library.
    @inlinable public static func erf(_ x: Float80) -> Float80 { libmErf(x) }
    /// `erfcl` from the platform's math library.
    @inlinable public static func erfc(_ x: Float80) -> Float80 { libmErfc(x) }
    /// `tgammal` from the platform's math library.
    @inlinable public static func gamma(_ x: Float80) -> Float80 { libmGamma(x) }
    /// `lgammal` from the platform's math library.
    @inlinable public static func logGamma(_ x: Float80) -> Float80 { libmLogGamma(x) }
    /// `powl(10, x)` from the platform's math library: see ``ScalarMath/exp10(_:)``.
    @inlinable public static func exp10(_ x: Float80) -> Float80 { libmPow(10, x) }
    /// `powl` from the platform's math library.
    @inlinable public static func pow(_ x: Float80, _ y: Float80) -> Float80 { libmPow(x, y) }
    /// `hypotl` from the platform's math library.
    @inlinable public static func hypot(_ x: Float80, _ y: Float80) -> Float80 { libmHypot(x, y) }
    /// `atan2l(y, x)` from the platform's math library.
    @inlinable public static func atan2(y: Float80, x: Float80) -> Float80 { libmAtan2(y, x) }
  }
#endif
