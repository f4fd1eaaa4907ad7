extension Ops {
  /// A power with a variable exponent, xʸ: ∂/∂x = y·xʸ⁻¹, ∂/∂y = xʸ·ln x.
  ///
  /// ∂/∂y is taken as 0 where x = 0 and y ≥ 0 (where xʸ is flat in y), and ∂/∂x as 0
  /// where y = 0, as in PyTorch. Where that 0 is y·xʸ⁻¹ = 0 · (a number), it is computed
  /// so, not written as a constant, so that its derivative with respect to y,
  /// ∂²/∂x∂y = 1/x, reaches `hessian` and nested `Dual`s; only where the product would be
  /// NaN (x = 0 or NaN) is it the constant 0.
  @frozen
  public struct PowerOfVariable<Scalar: ScalarMath>: BinaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"pow"`.
    @inlinable public static var name: String { "pow" }
    /// Returns xʸ and its partials.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar, _ y: Scalar) -> (value: Scalar, dx: Scalar, dy: Scalar) {
      let z = Scalar.pow(x, y)
      let dx = y == 0 && (x == 0 || x.isNaN) ? 0 : y * Scalar.pow(x, y - 1)
      let dy = x == 0 && y >= 0 ? 0 : z * Scalar.log(x)
      return (z, dx, dy)
    }
  }

  /// A power with a constant exponent, xⁿ: d/dx = n·xⁿ⁻¹.
  ///
  /// Special values follow the C library's `pow` (and PyTorch): a negative base with
  /// a non-integer exponent gives NaN. The derivative of x⁰ is 0 everywhere,
  /// including at x = 0. x² and x³ are computed by multiplication, as in PyTorch.
  @frozen
  public struct Power<Scalar: ScalarMath>: UnaryLocalGradient {
    /// The constant exponent n.
    public var exponent: Scalar
    /// Creates the op x^`exponent`.
    @inlinable public init(_ exponent: Scalar) { self.exponent = exponent }
    /// The name `"pow"`.
    @inlinable public static var name: String { "pow" }
    /// Returns xⁿ and its derivative n·xⁿ⁻¹.
    @inlinable @_specialize(where Scalar == Double) @_specialize(where Scalar == Float)
    public func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
      let n = exponent
      // The square and the cube by multiplication, as PyTorch's `pow` does: no libm call
      // (two per cube, a third of a compiled W1's replay), the same special values, and
      // for the cube a value within an ulp of C's `pow`.
      if n == 2 { return (x * x, 2 * x) }
      if n == 3 { return (x * x * x, 3 * (x * x)) }
      if n == 0 { return (1, 0) }
      return (Scalar.pow(x, n), n * Scalar.pow(x, n - 1))
    }
  }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// This value raised to a variable power.
  ///
  /// ∂/∂x = y·xʸ⁻¹ and ∂/∂y = xʸ·ln x. See ``Ops/PowerOfVariable``.
  @inlinable @inline(__always)
  public func pow(_ exponent: Self) -> Self { Self.apply(Ops.PowerOfVariable(), self, exponent) }

  /// This value raised to a constant power (micrograd's `x**n`).
  ///
  /// d/dx = n·xⁿ⁻¹. A negative base with a non-integer exponent gives NaN, and x⁰ has
  /// derivative 0 everywhere. See ``Ops/Power``.
  @inlinable @inline(__always)
  public func pow(_ exponent: Scalar) -> Self { Self.apply(Ops.Power(exponent), self) }
}
