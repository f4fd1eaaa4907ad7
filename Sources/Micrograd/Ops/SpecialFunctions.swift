extension Ops {
  /// The error function, erf x: d/dx = (2/√π) e^(−x²).
  ///
  /// ±1 at ±inf, with derivative 0.
  @frozen
  public struct Erf<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"erf"`.
    @inlinable public static var name: String { "erf" }
    /// Returns erf x and its derivative (2/√π) e^(−x²).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      (Scalar.erf(x), Scalar.twoOverSquareRootOfPi * Scalar.exp(-x * x))
    }
  }

  /// The complementary error function, erfc x = 1 − erf x: d/dx = −(2/√π) e^(−x²).
  ///
  /// 0 at +inf and 2 at −inf, with derivative −0.
  @frozen
  public struct Erfc<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"erfc"`.
    @inlinable public static var name: String { "erfc" }
    /// Returns erfc x and its derivative −(2/√π) e^(−x²).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      (Scalar.erfc(x), -Scalar.twoOverSquareRootOfPi * Scalar.exp(-x * x))
    }
  }

  /// The gamma function, Γ(x): d/dx = Γ(x) ψ(x), with ψ the digamma function.
  ///
  /// Γ(±0) = ±inf, with derivative −inf at +0 (PyTorch has no `gamma`; this follows its
  /// digamma: ψ(+0) = −inf). At the negative integers and at −inf the value and the
  /// derivative are NaN; past about 171.6 (`Double`) or 35.04 (`Float`) both overflow to
  /// +inf. See ``ScalarMath/digamma(_:)``.
  @frozen
  public struct Gamma<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"gamma"`.
    @inlinable public static var name: String { "gamma" }
    /// Returns Γ(x) and its derivative Γ(x) ψ(x).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      let y = Scalar.gamma(x)
      return (y, y * Scalar.digamma(x))
    }
  }

  /// The log-gamma function, ln |Γ(x)|: d/dx = ψ(x), the digamma function.
  ///
  /// PyTorch's `lgamma`. +inf at 0 and at the negative integers (the poles), where the
  /// derivative is as PyTorch's `digamma`: −inf at +0, +inf at −0, NaN at the negative
  /// integers. See ``ScalarMath/digamma(_:)``.
  @frozen
  public struct LogGamma<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"logGamma"`.
    @inlinable public static var name: String { "logGamma" }
    /// Returns ln |Γ(x)| and its derivative ψ(x).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      (Scalar.logGamma(x), Scalar.digamma(x))
    }
  }
}

extension BinaryFloatingPoint {
  /// 2/√π, the factor of erf′.
  @usableFromInline static var twoOverSquareRootOfPi: Self {
    1.128_379_167_095_512_573_896_158_903_121_545_17
  }
}

extension ScalarMath {
  /// The digamma function, ψ(x) = Γ′(x)/Γ(x), the derivative of ``logGamma(_:)``.
  ///
  /// Written once in terms of the type's arithmetic and its ``ScalarMath`` functions, so
  /// that it works for any conforming type:
  ///
  /// - for x < 0, the reflection ψ(x) = ψ(1 − x) − π/tan(πx);
  /// - the recurrence ψ(x) = ψ(x + 1) − 1/x, until x ≥ 10;
  /// - the asymptotic series ψ(x) ≈ ln x − 1/(2x) − Σₖ B₂ₖ/(2k x²ᵏ), to the term in x⁻¹⁴,
  ///   whose first omitted term is below 5·10⁻¹⁷ of ψ at x ≥ 10: a few units in the last
  ///   place of `Double`, and about 100 of `Float80`.
  ///
  /// Special values are PyTorch's (and SciPy's): ψ(+0) = −inf, ψ(−0) = +inf, NaN at the
  /// negative integers and at −inf, ψ(+inf) = +inf.
  @inlinable @inline(__always)
  public static func digamma(_ x: Self) -> Self {
    if x.isNaN { return x }
    if x == 0 { return x.sign == .minus ? .infinity : -.infinity }
    if x == .infinity { return x }
    var x = x
    var result: Self = 0
    if x < 0 {
      // Also catches −inf, and every value too large to have a fractional part.
      if x == x.rounded(.down) { return .nan }
      result = -Self.pi / Self.tan(Self.pi * x)
      x = 1 - x
    }
    while x < 10 {
      result -= 1 / x
      x += 1
    }
    let r = 1 / (x * x)
    // Σ B₂ₖ/(2k x²ᵏ) = r/12 − r²/120 + r³/252 − r⁴/240 + r⁵/132 − 691r⁶/32760 + r⁷/12.
    var series: Self = 1 / 12  // Horner's rule, one coefficient per step
    series = 691 / 32760 - r * series
    series = 1 / 132 - r * series
    series = 1 / 240 - r * series
    series = 1 / 252 - r * series
    series = 1 / 120 - r * series
    series = 1 / 12 - r * series
    series *= r
    return result + Self.log(x) - 1 / (2 * x) - series
  }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// The error function of this value, (2/√π) ∫₀ˣ e^(−t²) dt.
  ///
  /// d/dx = (2/√π) e^(−x²). See ``Ops/Erf``.
  @inlinable @inline(__always)
  public func erf() -> Self { Self.apply(Ops.Erf(), self) }

  /// The complementary error function of this value, 1 − erf x, accurate where erf x is
  /// near 1.
  ///
  /// d/dx = −(2/√π) e^(−x²). See ``Ops/Erfc``.
  @inlinable @inline(__always)
  public func erfc() -> Self { Self.apply(Ops.Erfc(), self) }

  /// The gamma function of this value, Γ(x), with Γ(n) = (n − 1)!.
  ///
  /// d/dx = Γ(x) ψ(x), with ψ the digamma function. NaN at the negative integers.
  /// See ``Ops/Gamma``.
  @inlinable @inline(__always)
  public func gamma() -> Self { Self.apply(Ops.Gamma(), self) }

  /// The logarithm of the magnitude of the gamma function of this value, ln |Γ(x)|
  /// (PyTorch's `lgamma`).
  ///
  /// d/dx = ψ(x), the digamma function. +inf at 0 and the negative integers.
  /// See ``Ops/LogGamma``.
  @inlinable @inline(__always)
  public func logGamma() -> Self { Self.apply(Ops.LogGamma(), self) }
}
