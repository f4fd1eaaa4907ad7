import Micrograd

/// Examples for regression: one row of features and one real-valued target per example.
///
/// ```swift
/// let data = try RegressionDataset<Double>.csv("x,y\n0,1\n1,3\n2,5\n")
/// data.inputs[1]   // [1.0]
/// data.targets[1]  // 3.0
/// ```
///
/// It is ``Examples`` with `Scalar` targets, made by ``Examples/init(inputs:targets:name:)``;
/// ``Dataset`` holds classes in the same type.
public typealias RegressionDataset<Scalar: ScalarMath> = Examples<Scalar, Scalar>

extension Examples where Target == Scalar {
  /// Whether every target is a class number (…, −1, 0, 1, 2, …, as a classification CSV
  /// file labels them): then the file is more likely labelled for classification.
  @inlinable
  public var targetsLookLikeClasses: Bool {
    targets.allSatisfy { LabelSigns.looksLikeClass($0) }
  }
}
