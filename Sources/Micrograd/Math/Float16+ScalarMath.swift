// Float16 has no C math functions of its own: each one is computed in Float, which
// carries more than twice Float16's precision, and rounded once. Float16 does not
// exist on macOS for Intel, hence the guard (as in swift-numerics).
#if !((os(macOS) || targetEnvironment(macCatalyst)) && arch(x86_64))
  extension Float16: ScalarMath {
    /// `exp` from the platform's math library.
    @inlinable public static func exp(_ x: Float16) -> Float16 { Float16(Float.exp(Float(x))) }
    /// `expm1` from the platform's math library.
    @inlinable public static func expm1(_ x: Float16) -> Float16 {
      Float16(Float.expm1(Float(x)))
    }
    /// `log` from the platform's math library.
    @inlinable public static func log(_ x: Float16) -> Float16 { Float16(Float.log(Float(x))) }
    /// `log1p` from the platform's math library.
    @inlinable public static func log1p(_ x: Float16) -> Float16 {
      Float16(Float.log1p(Float(x)))
    }
    /// `tanh` from the platform's math library.
    @inlinable public static func tanh(_ x: Float16) -> Float16 {
      Float16(Float.tanh(Float(x)))
    }
    /// `sin` from the platform's math library.
    @inlinable public static func sin(_ x: Float16) -> Float16 { Float16(Float.sin(Float(x))) }
    /// `cos` from the platform's math library.
    @inlinable public static func cos(_ x: Float16) -> Float16 { Float16(Float.cos(Float(x))) }
    /// `pow` from the platform's math library.
    @inlinable public static func pow(_ x: Float16, _ y: Float16) -> Float16 {
      Float16(Float.pow(Float(x), Float(y)))
    }
  }
#endif
