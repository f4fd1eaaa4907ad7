import Foundation
import Micrograd

/// The problems the optimiser tests share, written once over every differentiable
/// scalar: Rosenbrock, and the exponential fit of DESIGN.md's workload F.
enum OptimizationProblems {
  /// xᵢ = 4i/199 for i in 0..<200.
  static let xs = (0..<200).map { 4.0 * Double($0) / 199.0 }
  /// yᵢ = 2.5·exp(−1.3·xᵢ) + 0.7 + 0.05·sin(12.9898·i).
  static let ys = xs.indices.map {
    2.5 * Foundation.exp(-1.3 * xs[$0]) + 0.7 + 0.05 * Foundation.sin(12.9898 * Double($0))
  }

  /// (1 − x)² + 100·(y − x²)².
  static func rosenbrock<V: DifferentiableScalar>(_ p: [V]) -> V where V.Scalar: ScalarMath {
    (1 - p[0]).pow(2) + 100 * (p[1] - p[0] * p[0]).pow(2)
  }

  /// The mean over 200 points of (a·exp(−b·xᵢ) + c − yᵢ)², summed term after term.
  static func fit<V: DifferentiableScalar>(_ p: [V]) -> V where V.Scalar: ScalarMath {
    var total = V(0)
    for (x, y) in zip(xs, ys) {
      let r = p[0] * (-p[1] * V.Scalar(x)).exp() + p[2] - V.Scalar(y)
      total = total + r * r
    }
    return total / 200
  }

  /// The start of each problem.
  static func start(_ problem: String) -> [Double] {
    problem == "fit" ? [1, 1, 0] : [-1.5, 2]
  }
}
