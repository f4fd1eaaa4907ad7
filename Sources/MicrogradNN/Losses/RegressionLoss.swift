import Micrograd

/// A choice among the regression losses, for code (such as the `micrograd` command) that
/// picks one at run time.
public enum RegressionLoss: Sendable, Hashable, Codable, LossTerm {
  /// ``meanSquaredError(_:_:reduction:)-([Var<T>],[T],_)``.
  case meanSquaredError
  /// ``huberLoss(_:_:delta:reduction:)-([Var<T>],[T],_,_)`` with the given δ.
  case huber(delta: Double)

  /// The mean loss of `predictions` against `targets`.
  @inlinable
  public func callAsFunction<T: ScalarMath>(_ predictions: [Var<T>], _ targets: [T]) -> Var<T> {
    switch self {
    case .meanSquaredError: MicrogradNN.meanSquaredError(predictions, targets)
    case .huber(let delta): MicrogradNN.huberLoss(predictions, targets, delta: T(delta))
    }
  }

  /// One example's loss: the one output against the target.
  @inlinable
  public func term<V: DifferentiableScalar>(outputs: [V], target: V) -> V
  where V.Scalar: ScalarMath {
    switch self {
    case .meanSquaredError: squaredErrorTerm(outputs[0], target)
    case .huber(let delta): huberTerm(outputs[0], target, delta: V.Scalar(delta))
    }
  }

  /// A short human name: "mean squared error", "Huber (δ = 1.0)".
  public var displayName: String {
    switch self {
    case .meanSquaredError: "mean squared error"
    case .huber(let delta): "Huber (δ = \(delta))"
    }
  }
}
