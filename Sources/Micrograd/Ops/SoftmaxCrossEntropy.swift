extension Ops {
  /// The softmax cross-entropy of logits z₀, …, zₖ₋₁ against a class t,
  /// −log softmax(z)ₜ = log Σⱼ e^zⱼ − zₜ: ∂/∂zᵢ = softmax(z)ᵢ − [i = t].
  ///
  /// One node for what is otherwise k exponentials, a sum, a division and a log. It is
  /// computed from the largest logit m, as m + log Σⱼ e^(zⱼ − m) − zₜ, so no exponential
  /// overflows and the value is finite for every finite logit, where the written-out
  /// `log(exp(z_t) / sum(exp(z)))` is not. PyTorch's `cross_entropy` for one example.
  @frozen
  public struct SoftmaxCrossEntropy<Scalar: ScalarMath>: BufferedNaryLocalGradient {
    /// The index of the true class among the logits.
    public let target: Int

    /// Creates the op for the class `target`.
    ///
    /// - Precondition: `target >= 0`.
    @inlinable
    public init(target: Int) {
      precondition(target >= 0, "a class is numbered from 0, got \(target)")
      self.target = target
    }

    /// The name `"softmax cross-entropy"`.
    @inlinable public static var name: String { "softmax cross-entropy" }

    /// Returns log Σⱼ e^zⱼ − zₜ, writing the partials softmax(z)ᵢ − [i = t]: the form a
    /// compiled tape calls, without allocating.
    ///
    /// - Precondition: `target` is an index of `x`.
    @inlinable
    public func forward(
      _ x: UnsafeBufferPointer<Scalar>, partials: UnsafeMutableBufferPointer<Scalar>
    ) -> Scalar {
      precondition(
        x.indices.contains(target), "class \(target) is not one of \(x.count) logits")
      let (m, total) = Self.softmax(x, into: partials)
      partials[target] -= 1
      return m + Scalar.log(total) - x[target]
    }

    /// Writes softmax(z)ᵢ = e^(zᵢ − m) / Σⱼ e^(zⱼ − m) into `probabilities`, and returns
    /// the shift m (the largest logit, or 0 where no shift helps) and the sum: the one
    /// softmax of the package, which `MicrogradNN`'s `softmax(_:)` calls too.
    @inlinable
    package static func softmax(
      _ x: UnsafeBufferPointer<Scalar>, into probabilities: UnsafeMutableBufferPointer<Scalar>
    ) -> (shift: Scalar, total: Scalar) {
      var m = x[0]
      for z in x.dropFirst() where z > m || z.isNaN { m = z }
      if m.isInfinite { m = 0 }  // all logits −∞ or some +∞: no shift helps
      var total: Scalar = 0
      for i in x.indices {
        probabilities[i] = Scalar.exp(x[i] - m)
        total += probabilities[i]
      }
      for i in x.indices { probabilities[i] /= total }
      return (m, total)
    }
  }
}

extension DifferentiableScalar where Scalar: ScalarMath {
  /// The softmax cross-entropy of `logits` against the class `target`,
  /// log Σⱼ e^zⱼ − zₜ, as a single graph node.
  ///
  /// The gradient with respect to logit i is softmax(z)ᵢ − [i = t]. The value is computed
  /// without overflow for any finite logits. See ``Ops/SoftmaxCrossEntropy``.
  ///
  /// - Precondition: `target` is an index of `logits`.
  @inlinable @inline(__always)
  public static func softmaxCrossEntropy(logits: [Self], target: Int) -> Self {
    apply(Ops.SoftmaxCrossEntropy(target: target), logits)
  }
}
