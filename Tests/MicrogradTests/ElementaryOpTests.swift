import Micrograd
import Testing

/// Every op added with the full op set, against central finite differences
/// (``checkGradients(of:at:step:absoluteTolerance:relativeTolerance:)`` with its default
/// step and tolerances), at 100 seeded random points of its domain, in Float and Double.
///
/// Each op's points stay a margin (at least 0.05, fifty steps of the Float difference)
/// away from its kinks (leakyReLU, elu at 0; clamp at its bounds; max and min at ties),
/// poles and domain edges, where a finite difference measures the kink rather than the
/// derivative; those points are checked against PyTorch in `OpReferenceTests`.
@Suite("New ops against finite differences")
struct ElementaryOpTests {
  static let pointsPerOp = 100

  @Test("each op at random points", arguments: ElementaryOp.allCases)
  func opMatchesFiniteDifferences(op: ElementaryOp) {
    check(Float.self, op)
    check(Double.self, op)
  }

  func check<T: ScalarMath>(_: T.Type, _ op: ElementaryOp) {
    var rng = SplitMixGenerator(seed: 0x5EED_0F_0715 ^ UInt64(op.index))
    for _ in 0..<Self.pointsPerOp {
      let point = op.point(using: &rng).map { T($0) }
      let result = checkGradients(of: { op.apply(to: $0) }, at: point)
      #expect(result.passed, "\(op) in \(T.self) at \(point): \(result)")
    }
  }

  @Test("digamma at known values")
  func digamma() {
    let eulerGamma = 0.577_215_664_901_532_860_6
    let cases: [(x: Double, psi: Double)] = [
      (1, -eulerGamma),
      (0.5, -eulerGamma - 2 * 0.693_147_180_559_945_309_4),
      (2, 1 - eulerGamma),
      (10, 2.251_752_589_066_721_107_6),
      (-0.5, 0.036_489_973_978_576_520_56),
      (1e-8, -100_000_000.577_215_648),
      (100, 4.600_161_852_738_087_4),
      (-2.5, 1.103_156_640_645_243_3),
    ]
    for (x, psi) in cases {
      let value = Double.digamma(x)
      #expect((value - psi).magnitude <= 4e-15 * psi.magnitude, "ψ(\(x)) = \(value), not \(psi)")
    }
    #expect(Double.digamma(0) == -.infinity)
    #expect(Double.digamma(-0.0) == .infinity)
    #expect(Double.digamma(-3).isNaN)
    #expect(Double.digamma(-.infinity).isNaN)
    #expect(Double.digamma(.infinity) == .infinity)
  }
}

extension ElementaryOpTests {
  /// The other scalar types compute the same functions: Float16 in Float, Float80 with
  /// the C library's `long double` functions.
  @Test("Float16 and Float80 agree with Double")
  func otherScalarTypes() {
    var rng = SplitMixGenerator(seed: 0xF16_F80)
    for op in ElementaryOp.allCases {
      let point = op.point(using: &rng)
      let double = op.apply(to: point.map { Var($0) }).data
      #if (arch(i386) || arch(x86_64)) && !os(Windows) && !os(Android)
        let long = op.apply(to: point.map { Var(Float80($0)) }).data
        #expect(Double(long).isApproximatelyEqual(to: double, tolerance: 1e-14), "\(op)")
      #endif
      #if !((os(macOS) || targetEnvironment(macCatalyst)) && arch(x86_64))
        let half = op.apply(to: point.map { Var(Float16($0)) }).data
        #expect(Double(half).isApproximatelyEqual(to: double, tolerance: 1e-2), "\(op)")
      #endif
    }
  }
}

extension ElementaryOpTests {
  /// Forward mode gives reverse mode's gradient, and forward over reverse (the ops at
  /// `Scalar == Dual<Double>`, through `Dual`'s ``ScalarMath`` functions, each its own
  /// op) gives second derivatives that agree with central differences of the gradient.
  @Test("forward mode and second derivatives", arguments: ElementaryOp.allCases)
  func forwardMode(op: ElementaryOp) {
    var rng = SplitMixGenerator(seed: 0xD0A1 ^ UInt64(op.index))
    for _ in 0..<10 {
      let point = op.point(using: &rng)
      let reverse = gradient(of: { (x: [Var<Double>]) in op.apply(to: x) }, at: point)
      for i in point.indices {
        let basis = point.indices.map { $0 == i ? 1.0 : 0.0 }
        let forward = directionalDerivative(
          of: { (x: [Dual<Double>]) in op.apply(to: x) }, at: point, along: basis)
        #expect(forward.isApproximatelyEqual(to: reverse[i], tolerance: 1e-15), "\(op)")
      }
      let h = hessian(of: { (x: [Var<Dual<Double>>]) in op.apply(to: x) }, at: point)
      let step = 1e-5
      for j in point.indices {
        var (plus, minus) = (point, point)
        plus[j] += step
        minus[j] -= step
        let gPlus = gradient(of: { (x: [Var<Double>]) in op.apply(to: x) }, at: plus)
        let gMinus = gradient(of: { (x: [Var<Double>]) in op.apply(to: x) }, at: minus)
        for i in point.indices {
          let numeric = (gPlus[i] - gMinus[i]) / (2 * step)
          #expect(
            h[i][j].isApproximatelyEqual(to: numeric, tolerance: 1e-5),
            "∂²\(op)/∂x\(i)∂x\(j) at \(point): \(h[i][j]), numerically \(numeric)")
        }
      }
    }
  }
}

extension Double {
  /// Whether the values agree to `tolerance`, relative to the larger, or absolutely
  /// below 1.
  fileprivate func isApproximatelyEqual(to other: Double, tolerance: Double) -> Bool {
    (self - other).magnitude <= tolerance * Swift.max(1, self.magnitude, other.magnitude)
  }
}

/// The ops of the full op set, with their domains and how to apply them.
enum ElementaryOp: String, CaseIterable, Sendable, CustomStringConvertible {
  case expm1, exp2, exp10, log1p, log2, log10
  case tan, asin, acos, atan, atan2, hypot
  case sinh, cosh, asinh, acosh, atanh
  case erf, erfc, gamma, gammaOfNegative, logGamma, logGammaOfNegative
  case leakyReLU, elu, gelu, silu, softsign, clamp
  case maximum, minimum, max, min, mean, logSumExp

  var description: String { rawValue }
  var index: Int { Self.allCases.firstIndex(of: self)! }

  /// A random point of the op's domain, away from its kinks and edges.
  func point(using rng: inout SplitMixGenerator) -> [Double] {
    func uniform(_ range: ClosedRange<Double>) -> Double { rng.uniform(in: range) }
    /// A value in ±range, at least `margin` from each of `avoid`.
    func away(from avoid: [Double], in range: ClosedRange<Double>, margin: Double = 0.05)
      -> Double
    {
      while true {
        let x = uniform(range)
        if avoid.allSatisfy({ (x - $0).magnitude >= margin }) { return x }
      }
    }
    /// n values at least 0.05 apart, so that no two tie.
    func distinct(_ n: Int, in range: ClosedRange<Double>) -> [Double] {
      var values: [Double] = []
      while values.count < n { values.append(away(from: values, in: range)) }
      return values
    }
    switch self {
    case .expm1, .exp2: return [uniform(-3...3)]
    case .exp10: return [uniform(-1.5...1.5)]
    case .log1p: return [uniform(-0.8...4)]
    case .log2, .log10: return [uniform(0.2...6)]
    case .tan: return [uniform(-1.3...1.3)]
    case .asin, .acos, .atanh: return [uniform(-0.9...0.9)]
    case .atan, .asinh, .softsign: return [uniform(-5...5)]
    case .atan2, .hypot:
      while true {
        let (y, x) = (uniform(-3...3), uniform(-3...3))
        // Away from the origin, and for atan2 from the cut along the negative x-axis.
        if (x * x + y * y).squareRoot() >= 0.3 && !(x < 0 && y.magnitude < 0.05) {
          return [y, x]
        }
      }
    case .sinh, .cosh: return [uniform(-3...3)]
    case .acosh: return [uniform(1.2...6)]
    case .erf, .erfc, .gelu, .silu: return [uniform(-3...3)]
    case .gamma: return [uniform(0.2...5)]
    case .gammaOfNegative: return [uniform(-2.8 ... -2.2)]
    case .logGamma: return [uniform(0.2...8)]
    case .logGammaOfNegative: return [uniform(-1.8 ... -1.2)]
    case .leakyReLU, .elu: return [away(from: [0], in: -3...3)]
    case .clamp: return [away(from: [-1, 1], in: -2...2)]
    case .maximum, .minimum: return distinct(2, in: -3...3)
    case .max, .min, .mean: return distinct(1 + Int(rng.next() % 6), in: -3...3)
    case .logSumExp: return distinct(1 + Int(rng.next() % 6), in: -5...5)
    }
  }

  /// The op applied to `x`, in any mode.
  func apply<V: DifferentiableScalar>(to x: [V]) -> V where V.Scalar: ScalarMath {
    switch self {
    case .expm1: x[0].expm1()
    case .exp2: x[0].exp2()
    case .exp10: x[0].exp10()
    case .log1p: x[0].log1p()
    case .log2: x[0].log2()
    case .log10: x[0].log10()
    case .tan: x[0].tan()
    case .asin: x[0].asin()
    case .acos: x[0].acos()
    case .atan: x[0].atan()
    case .atan2: .atan2(y: x[0], x: x[1])
    case .hypot: .hypot(x[0], x[1])
    case .sinh: x[0].sinh()
    case .cosh: x[0].cosh()
    case .asinh: x[0].asinh()
    case .acosh: x[0].acosh()
    case .atanh: x[0].atanh()
    case .erf: x[0].erf()
    case .erfc: x[0].erfc()
    case .gamma, .gammaOfNegative: x[0].gamma()
    case .logGamma, .logGammaOfNegative: x[0].logGamma()
    case .leakyReLU: x[0].leakyReLU(slope: 0.2)
    case .elu: x[0].elu(alpha: 1.5)
    case .gelu: x[0].gelu()
    case .silu: x[0].silu()
    case .softsign: x[0].softsign()
    case .clamp: x[0].clamp(-1, 1)
    case .maximum: x[0].maximum(x[1])
    case .minimum: x[0].minimum(x[1])
    case .max: .maximum(x)
    case .min: .minimum(x)
    case .mean: .mean(x)
    case .logSumExp: .logSumExp(x)
    }
  }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): seeded, and the same on every platform.
struct SplitMixGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  /// A uniform value in `range`, from 53 random bits (not `Double.random(in:)`, whose
  /// draws are not specified to be the same on every platform).
  mutating func uniform(in range: ClosedRange<Double>) -> Double {
    let unit = Double(next() >> 11) * 0x1p-53
    return range.lowerBound + unit * (range.upperBound - range.lowerBound)
  }
}
