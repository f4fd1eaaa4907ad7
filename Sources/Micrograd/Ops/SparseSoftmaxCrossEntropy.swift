extension Ops {
  /// The softmax cross-entropy of logits z₀, …, zₖ₋₁ against a class t given as an
  /// operand, the last of k + 1 inputs: ``SoftmaxCrossEntropy``'s value and partials,
  /// with a partial of 0 for the class. TensorFlow's
  /// `sparse_softmax_cross_entropy_with_logits`.
  ///
  /// Because the class is an input rather than a constant of the op, a compiled ``Tape``
  /// reads it again at every replay: one recording of a mini-batch's cross-entropy
  /// serves every batch, its classes re-fed through the leaves' `data`.
  @frozen
  public struct SparseSoftmaxCrossEntropy<Scalar: ScalarMath>: BufferedNaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"softmax cross-entropy"`.
    @inlinable public static var name: String { "softmax cross-entropy" }

    /// Returns log Σⱼ e^zⱼ − zₜ for the logits `x[0..<k]` and the class `x[k]`, writing
    /// the logits' partials softmax(z)ᵢ − [i = t] and 0 for the class.
    ///
    /// - Precondition: at least one logit, and the class a whole number from 0 to k − 1.
    @inlinable
    public func forward(
      _ x: UnsafeBufferPointer<Scalar>, partials: UnsafeMutableBufferPointer<Scalar>
    ) -> Scalar {
      let k = x.count - 1
      precondition(k >= 1, "softmax cross-entropy takes the logits, then the class")
      let label = x[k]
      precondition(
        label >= 0 && label < Scalar(k) && label.rounded(.towardZero) == label,
        "class \(label) is not one of \(k) logits")
      partials[k] = 0
      return SoftmaxCrossEntropy(target: Int(label)).forward(
        UnsafeBufferPointer(rebasing: x[..<k]),
        partials: UnsafeMutableBufferPointer(rebasing: partials[..<k]))
    }
  }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// The softmax cross-entropy of `logits` against the class `label`, a value whose
  /// `data` is the class number, as a single graph node.
  ///
  /// The same value and gradient as ``softmaxCrossEntropy(logits:target:)``; the class
  /// gets a partial of 0. A compiled tape reads the class at every replay, so a
  /// recording with the classes as leaves serves every mini-batch. See
  /// ``Ops/SparseSoftmaxCrossEntropy``.
  ///
  /// - Precondition: `label` is a whole number from 0 to `logits.count − 1`.
  @inlinable @inline(__always)
  public static func softmaxCrossEntropy(logits: [Self], label: Self) -> Self {
    apply(Ops.SparseSoftmaxCrossEntropy(), logits + [label])
  }
}
