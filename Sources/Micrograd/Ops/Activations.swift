// The activation functions besides tanh, sigmoid, relu and softplus, each as PyTorch's
// torch.nn.functional defines it.

extension Ops {
  /// The leaky rectified linear unit: x for x > 0, else slope · x. d/dx = 1 for x > 0,
  /// else the slope.
  ///
  /// The derivative at 0 is the slope, as in PyTorch. NaN stays NaN in the value and the
  /// derivative, as in ``ReLU`` (PyTorch's derivative at NaN is the slope).
  @frozen
  public struct LeakyReLU<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
    /// The slope for x ≤ 0 (PyTorch's `negative_slope`).
    public var slope: Scalar
    /// Creates the op with the given slope for x ≤ 0.
    @inlinable public init(slope: Scalar) { self.slope = slope }
    /// The name `"leakyReLU"`.
    @inlinable public static var name: String { "leakyReLU" }
    /// Returns the leaky ReLU of x and its derivative.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      if x > 0 { return (x, 1) }
      if x.isNaN { return (x, x) }
      return (slope * x, slope)
    }
  }

  /// The exponential linear unit: x for x > 0, else α(eˣ − 1). d/dx = 1 for x > 0, else
  /// αeˣ.
  ///
  /// The derivative at 0 is α (the left side), as in PyTorch; at −inf the value is −α,
  /// with derivative 0. NaN stays NaN in the value and the derivative, as in ``ReLU``
  /// (PyTorch's derivative at NaN is 1).
  @frozen
  public struct ELU<Scalar: ScalarMath>: UnaryLocalGradient {
    /// The scale α of the negative side, which tends to −α.
    public var alpha: Scalar
    /// Creates the op with the given α.
    @inlinable public init(alpha: Scalar) { self.alpha = alpha }
    /// The name `"ELU"`.
    @inlinable public static var name: String { "ELU" }
    /// Returns the ELU of x and its derivative.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      if x > 0 { return (x, 1) }
      if x.isNaN { return (x, x) }
      return (alpha * Scalar.expm1(x), alpha * Scalar.exp(x))
    }
  }

  /// The Gaussian error linear unit, x · Φ(x), with Φ the standard normal distribution
  /// function: d/dx = Φ(x) + x · φ(x), with φ its density.
  ///
  /// The exact (erf) form, PyTorch's `gelu` with `approximate="none"`: Φ(x) =
  /// ½ erfc(−x/√2), which keeps its digits for negative x. As in PyTorch, the value at
  /// −inf is −inf · 0 = NaN and the derivative at ±inf is NaN.
  @frozen
  public struct GELU<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"GELU"`.
    @inlinable public static var name: String { "GELU" }
    /// Returns x · Φ(x) and its derivative Φ(x) + x · φ(x).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      let cdf = Scalar.erfc(-x * Scalar.oneOverSquareRootOfTwo) / 2
      let pdf = Scalar.oneOverSquareRootOfTwoPi * Scalar.exp(-x * x / 2)
      return (x * cdf, cdf + x * pdf)
    }
  }

  /// The sigmoid linear unit (swish), x · σ(x): d/dx = σ(x)(1 + x(1 − σ(x))).
  ///
  /// σ is formed from e^−|x| only, as in ``Sigmoid``. As in PyTorch, the value at −inf
  /// is −inf · 0 = NaN and the derivative at ±inf is NaN.
  @frozen
  public struct SiLU<Scalar: ScalarMath>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"SiLU"`.
    @inlinable public static var name: String { "SiLU" }
    /// Returns x · σ(x) and its derivative σ(x) + x · σ(x)(1 − σ(x)).
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      let z = Scalar.exp(x >= 0 ? -x : x)  // e^−|x|, in (0, 1], smooth through 0
      let s = x >= 0 ? 1 / (1 + z) : z / (1 + z)
      let oneMinusS = x >= 0 ? z / (1 + z) : 1 / (1 + z)  // 1 − σ, without cancellation
      return (x * s, s + x * s * oneMinusS)
    }
  }

  /// The softsign, x/(1 + |x|): d/dx = 1/(1 + |x|)².
  ///
  /// At ±inf the value is inf/inf = NaN, as in PyTorch (which composes the function from
  /// `abs`, `+` and `/`), and so is the derivative.
  @frozen
  public struct Softsign<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"softsign"`.
    @inlinable public static var name: String { "softsign" }
    /// Returns x/(1 + |x|) and its derivative 1/(1 + |x|)².
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      let d = 1 + x.magnitude
      let y = x / d
      return (y, y.isNaN ? y : 1 / (d * d))
    }
  }
}

extension BinaryFloatingPoint {
  /// 1/√2.
  @usableFromInline static var oneOverSquareRootOfTwo: Self {
    0.707_106_781_186_547_524_400_844_362_104_849_04
  }
  /// 1/√(2π), the peak of the standard normal density.
  @usableFromInline static var oneOverSquareRootOfTwoPi: Self {
    0.398_942_280_401_432_677_939_946_059_934_381_87
  }
}

extension DifferentiableScalar {
  /// The leaky rectified linear unit of this value: x for x > 0, else `slope` · x.
  ///
  /// d/dx is 1 for x > 0 and `slope` otherwise, including at 0, as in PyTorch's
  /// `leaky_relu`; NaN stays NaN. See ``Ops/LeakyReLU``.
  ///
  /// - Parameter slope: The slope for x ≤ 0; PyTorch's default, 0.01, if omitted.
  @inlinable @inline(__always)
  public func leakyReLU(slope: Scalar = 0.01) -> Self {
    Self.apply(Ops.LeakyReLU(slope: slope), self)
  }

  /// The softsign of this value, x/(1 + |x|).
  ///
  /// d/dx = 1/(1 + |x|)². See ``Ops/Softsign``.
  @inlinable @inline(__always)
  public func softsign() -> Self { Self.apply(Ops.Softsign(), self) }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// The exponential linear unit of this value: x for x > 0, else α(eˣ − 1).
  ///
  /// d/dx is 1 for x > 0 and αeˣ otherwise, α at 0, as in PyTorch's `elu`; NaN stays
  /// NaN. See ``Ops/ELU``.
  ///
  /// - Parameter alpha: The scale α of the negative side; 1 if omitted, as in PyTorch.
  @inlinable @inline(__always)
  public func elu(alpha: Scalar = 1) -> Self { Self.apply(Ops.ELU(alpha: alpha), self) }

  /// The Gaussian error linear unit of this value, x · Φ(x) (the exact, erf form).
  ///
  /// d/dx = Φ(x) + x · φ(x), with Φ and φ the standard normal distribution and density.
  /// See ``Ops/GELU``.
  @inlinable @inline(__always)
  public func gelu() -> Self { Self.apply(Ops.GELU(), self) }

  /// The sigmoid linear unit (swish) of this value, x · σ(x).
  ///
  /// d/dx = σ(x)(1 + x(1 − σ(x))). See ``Ops/SiLU``.
  @inlinable @inline(__always)
  public func silu() -> Self { Self.apply(Ops.SiLU(), self) }
}
