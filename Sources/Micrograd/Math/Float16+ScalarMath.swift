// Float16 has no C math functions of its own: each function is computed in Float, which
// carries more than twice Float16's precision, by Float's conformance (the platform's
// math library), and the result is rounded to Float16 once. Float16 does not exist on
// macOS for Intel, hence the guard (as in swift-numerics).
#if !((os(macOS) || targetEnvironment(macCatalyst)) && arch(x86_64))
  extension Float16: ScalarMath {
    /// `Float.exp` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func exp(_ x: Float16) -> Float16 { Float16(Float.exp(Float(x))) }
    /// `Float.expm1` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func expm1(_ x: Float16) -> Float16 { Float16(Float.expm1(Float(x))) }
    /// `Float.exp2` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func exp2(_ x: Float16) -> Float16 { Float16(Float.exp2(Float(x))) }
    /// `Float.log` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func log(_ x: Float16) -> Float16 { Float16(Float.log(Float(x))) }
    /// `Float.log1p` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func log1p(_ x: Float16) -> Float16 { Float16(Float.log1p(Float(x))) }
    /// `Float.log2` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func log2(_ x: Float16) -> Float16 { Float16(Float.log2(Float(x))) }
    /// `Float.log10` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func log10(_ x: Float16) -> Float16 { Float16(Float.log10(Float(x))) }
    /// `Float.sqrt` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func sqrt(_ x: Float16) -> Float16 { Float16(Float.sqrt(Float(x))) }
    /// `Float.sin` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func sin(_ x: Float16) -> Float16 { Float16(Float.sin(Float(x))) }
    /// `Float.cos` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func cos(_ x: Float16) -> Float16 { Float16(Float.cos(Float(x))) }
    /// `Float.tan` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func tan(_ x: Float16) -> Float16 { Float16(Float.tan(Float(x))) }
    /// `Float.asin` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func asin(_ x: Float16) -> Float16 { Float16(Float.asin(Float(x))) }
    /// `Float.acos` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func acos(_ x: Float16) -> Float16 { Float16(Float.acos(Float(x))) }
    /// `Float.atan` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func atan(_ x: Float16) -> Float16 { Float16(Float.atan(Float(x))) }
    /// `Float.sinh` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func sinh(_ x: Float16) -> Float16 { Float16(Float.sinh(Float(x))) }
    /// `Float.cosh` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func cosh(_ x: Float16) -> Float16 { Float16(Float.cosh(Float(x))) }
    /// `Float.tanh` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func tanh(_ x: Float16) -> Float16 { Float16(Float.tanh(Float(x))) }
    /// `Float.asinh` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func asinh(_ x: Float16) -> Float16 { Float16(Float.asinh(Float(x))) }
    /// `Float.acosh` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func acosh(_ x: Float16) -> Float16 { Float16(Float.acosh(Float(x))) }
    /// `Float.atanh` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func atanh(_ x: Float16) -> Float16 { Float16(Float.atanh(Float(x))) }
    /// `Float.erf` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func erf(_ x: Float16) -> Float16 { Float16(Float.erf(Float(x))) }
    /// `Float.erfc` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func erfc(_ x: Float16) -> Float16 { Float16(Float.erfc(Float(x))) }
    /// `Float.gamma` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func gamma(_ x: Float16) -> Float16 { Float16(Float.gamma(Float(x))) }
    /// `Float.logGamma` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func logGamma(_ x: Float16) -> Float16 {
      Float16(Float.logGamma(Float(x)))
    }
    /// `Float.exp10` of the value in `Float`, rounded to `Float16`.
    @inlinable public static func exp10(_ x: Float16) -> Float16 { Float16(Float.exp10(Float(x))) }
    /// `Float.pow` of the values in `Float`, rounded to `Float16`.
    @inlinable public static func pow(_ x: Float16, _ y: Float16) -> Float16 {
      Float16(Float.pow(Float(x), Float(y)))
    }
    /// `Float.hypot` of the values in `Float`, rounded to `Float16`.
    @inlinable public static func hypot(_ x: Float16, _ y: Float16) -> Float16 {
      Float16(Float.hypot(Float(x), Float(y)))
    }
    /// `Float.atan2` of the values in `Float`, rounded to `Float16`.
    @inlinable public static func atan2(y: Float16, x: Float16) -> Float16 {
      Float16(Float.atan2(y: Float(y), x: Float(x)))
    }
  }
#endif
