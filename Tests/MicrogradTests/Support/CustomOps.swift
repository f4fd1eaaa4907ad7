import Micrograd

// Custom ops, written exactly as the built-in ops are: a `LocalGradient`
// conformance that returns the value and its partial derivatives, plus a method
// on `DifferentiableScalar` that applies it, so that it works in every mode.

/// The Legendre polynomial P₃(x) = ½(5x³ − 3x): P₃′(x) = 1.5(5x² − 1).
///
/// PyTorch's own example of a custom `autograd.Function` (the lecture ends on it).
struct LegendreP3<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
  static var name: String { "P3" }
  func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
    (0.5 * (5 * x * x * x - 3 * x), 1.5 * (5 * x * x - 1))
  }
}

/// The Euclidean norm of two values, √(x² + y²): ∂/∂x = x/r, ∂/∂y = y/r.
struct Hypot<Scalar: BinaryFloatingPoint>: BinaryLocalGradient {
  static var name: String { "hypot" }
  func forward(_ x: Scalar, _ y: Scalar) -> (value: Scalar, dx: Scalar, dy: Scalar) {
    let r = (x * x + y * y).squareRoot()
    return (r, x / r, y / r)
  }
}

/// The mean of n values: every partial is 1/n.
struct Mean<Scalar: BinaryFloatingPoint>: NaryLocalGradient {
  static var name: String { "mean" }
  func forward(_ x: [Scalar]) -> (value: Scalar, partials: [Scalar]) {
    let n = Scalar(x.count)
    return (x.reduce(0, +) / n, Array(repeating: 1 / n, count: x.count))
  }
}

/// The product of n values: ∂/∂xᵢ is the product of the others, formed from prefix
/// and suffix products so that it needs no division and is right when some xⱼ = 0.
struct Product<Scalar: BinaryFloatingPoint>: NaryLocalGradient {
  static var name: String { "product" }
  func forward(_ x: [Scalar]) -> (value: Scalar, partials: [Scalar]) {
    var partials = [Scalar](repeating: 1, count: x.count)
    var prefix: Scalar = 1
    for i in x.indices {
      partials[i] = prefix
      prefix *= x[i]
    }
    var suffix: Scalar = 1
    for i in x.indices.reversed() {
      partials[i] *= suffix
      suffix *= x[i]
    }
    return (prefix, partials)
  }
}

/// A deliberately WRONG op: the value is x³ but the derivative is given as 3x
/// instead of 3x². The two agree only at x = 0 and x = 1, so gradient checks and the
/// shrinker have something to find.
struct WrongCube<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
  static var name: String { "wrongCube" }
  func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
    (x * x * x, 3 * x)
  }
}

/// An op with the right value (2x) and a derivative that is not a number, for the
/// gradient checker's handling of non-finite partials.
struct NaNDerivative<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
  static var name: String { "nanDerivative" }
  func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) { (2 * x, .nan) }
}

/// An op with the right value (2x) and an infinite derivative.
struct InfiniteDerivative<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
  static var name: String { "infiniteDerivative" }
  func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) { (2 * x, .infinity) }
}

extension DifferentiableScalar {
  /// P₃ of this value.
  func legendreP3() -> Self { Self.apply(LegendreP3(), self) }

  /// √(self² + other²).
  func hypot(_ other: Self) -> Self { Self.apply(Hypot(), self, other) }

  /// The mean of `values`, as one node.
  static func mean(_ values: [Self]) -> Self { apply(Mean(), values) }

  /// The product of `values`, as one node.
  static func product(_ values: [Self]) -> Self { apply(Product(), values) }

  /// x³ with a wrong derivative (see ``WrongCube``).
  func wrongCube() -> Self { Self.apply(WrongCube(), self) }
}
