import Micrograd

/// Softmax cross-entropy over logits, for k classes: PyTorch's `cross_entropy`.
///
/// ```
/// loss = (1/n) Σᵢ −log softmax(zᵢ)[yᵢ] = (1/n) Σᵢ (log Σⱼ e^zᵢⱼ − zᵢ[yᵢ])
/// ```
///
/// Each example's term is one fused, stable node
/// (`Var.softmaxCrossEntropy(logits:label:)`, the class a leaf), whose gradient is
/// softmax(zᵢ) − onehot(yᵢ).
///
/// - Parameters:
///   - logits: The model's k outputs for each example, before any softmax.
///   - labels: The class of each example, 0 … k − 1.
///   - reduction: The mean of the terms or their sum.
/// - Precondition: one label per row of logits, at least one row, and every label an
///   index of its row.
@inlinable
public func crossEntropy<T: ScalarMath>(
  logits: [[Var<T>]], labels: [Int], reduction: Reduction = .mean
) -> Var<T> {
  checkPairs(logits.count, labels, "crossEntropy")
  return crossEntropy(logits: logits, labels: labels.map { Var(T($0)) }, reduction: reduction)
}

/// Softmax cross-entropy over logits against classes given as values of the same mode,
/// whose `data` is the class number (so that a compiled tape re-feeds them): each term
/// is one `Ops.SparseSoftmaxCrossEntropy` node, with the value and gradient of the
/// constant-class form.
///
/// - Precondition: one label per row of logits, at least one row, and every label an
///   index of its row.
@inlinable
public func crossEntropy<V: DifferentiableScalar>(
  logits: [[V]], labels: [V], reduction: Reduction = .mean
) -> V where V.Scalar: ScalarMath {
  LossFunction.crossEntropy(outputs: logits, targets: labels, reduction: reduction)
}

/// The probabilities softmax(z)ᵢ = e^zᵢ / Σⱼ e^zⱼ of plain numbers, computed without
/// overflow: what a classifier's logits say about each class.
///
/// - Precondition: `logits` is not empty.
@inlinable
public func softmax<T: ScalarMath>(_ logits: [T]) -> [T] {
  precondition(!logits.isEmpty, "softmax of no logits")
  var probabilities = [T](repeating: 0, count: logits.count)
  logits.withUnsafeBufferPointer { logits in
    probabilities.withUnsafeMutableBufferPointer {
      _ = Ops.SoftmaxCrossEntropy<T>.softmax(logits, into: $0)
    }
  }
  return probabilities
}
