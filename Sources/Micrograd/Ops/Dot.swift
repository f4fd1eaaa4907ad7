extension Ops {
  /// The dot product of two equal-length lists, a · b = Σ aᵢbᵢ:
  /// ∂/∂aᵢ = bᵢ, ∂/∂bᵢ = aᵢ.
  ///
  /// The inputs are `a` followed by `b`. One node replaces the n products and n − 1
  /// sums of a written-out dot product; the terms are added left to right, so the
  /// value equals the written-out chain's bit for bit.
  @frozen
  public struct Dot<Scalar: BinaryFloatingPoint>: BufferedNaryLocalGradient {
    /// Creates the op.
    @inlinable public init() {}
    /// The name `"dot"`.
    @inlinable public static var name: String { "dot" }

    /// Returns Σ aᵢbᵢ, writing the partials (b, a), for `x` = a followed by b.
    ///
    /// - Precondition: `x` has an even number of elements.
    @inlinable
    public func forward(
      _ x: UnsafeBufferPointer<Scalar>, partials: UnsafeMutableBufferPointer<Scalar>
    ) -> Scalar {
      precondition(x.count.isMultiple(of: 2), "dot needs two lists of equal length")
      let n = x.count / 2
      for i in 0..<n {
        partials[i] = x[n + i]  // ∂/∂aᵢ = bᵢ
        partials[n + i] = x[i]  // ∂/∂bᵢ = aᵢ
      }
      return Self.value(count: n) { x[$0] * x[n + $0] }
    }

    /// Four dot products of n terms at once, each summed left to right exactly as
    /// ``value(count:_:)`` sums one (so each equals it bit for bit): four independent
    /// sums overlap, where one is a chain of dependent additions. A compiled tape runs a
    /// layer's neurons this way.
    @inlinable @inline(__always)
    public static func values(
      count n: Int, _ products: (Int) -> (Scalar, Scalar, Scalar, Scalar)
    ) -> (Scalar, Scalar, Scalar, Scalar) {
      guard n > 0 else { return (0, 0, 0, 0) }
      var total = products(0)
      for i in 1..<n {
        let p = products(i)
        total.0 += p.0
        total.1 += p.1
        total.2 += p.2
        total.3 += p.3
      }
      return total
    }

    /// Σ of `product(i)` for i in 0..<n, added left to right (0 for n = 0): the value of
    /// the dot product, whose terms a compiled tape reads from its own storage.
    @inlinable @inline(__always)
    public static func value(count n: Int, _ product: (Int) -> Scalar) -> Scalar {
      guard n > 0 else { return 0 }
      var total = product(0)
      for i in 1..<n { total += product(i) }
      return total
    }

    /// Back-propagates the gradient `g` of a dot product of n terms: adds g·bᵢ to the
    /// gradient of each aᵢ (`addToA(i, g·bᵢ)`), then g·aᵢ to that of each bᵢ, in the
    /// order of the inputs (a then b), as `backward()` does for the op's node.
    ///
    /// A compiled tape calls this with its own storage for the values and gradients.
    @inlinable @inline(__always)
    public static func backward(
      count n: Int, _ g: Scalar, a: (Int) -> Scalar, b: (Int) -> Scalar,
      addToA: (Int, Scalar) -> Void, addToB: (Int, Scalar) -> Void
    ) {
      for i in 0..<n { addToA(i, b(i) * g) }  // ∂/∂aᵢ = bᵢ
      for i in 0..<n { addToB(i, a(i) * g) }  // ∂/∂bᵢ = aᵢ
    }
  }
}

extension DifferentiableScalar {
  /// The dot product Σ aᵢbᵢ as a single graph node; 0 (a new leaf) for empty lists.
  ///
  /// ∂/∂aᵢ = bᵢ and ∂/∂bᵢ = aᵢ. One node replaces n products and n − 1 sums, with the
  /// same value bit for bit: use it for a neuron's weighted sum. See ``Ops/Dot``.
  ///
  /// - Precondition: `a` and `b` have the same length.
  @inlinable @inline(__always)
  public static func dot(_ a: [Self], _ b: [Self]) -> Self {
    precondition(a.count == b.count, "dot of lists of lengths \(a.count) and \(b.count)")
    return a.isEmpty ? Self(0) : apply(Ops.Dot(), a + b)
  }
}

extension Var {
  /// The dot product Σ aᵢbᵢ as a single graph node; 0 (a new leaf) for empty lists.
  ///
  /// The same op, value (``Ops/Dot/value(count:_:)``) and partials as
  /// ``DifferentiableScalar/dot(_:_:)``, built without the intermediate arrays of the
  /// generic path (the concatenated inputs, their values and their nodes): it retains
  /// each input once. This is the hot path of a neuron, `Var.dot(w, x) + b`, and halves
  /// the cost of a training step.
  ///
  /// - Precondition: `a` and `b` have the same length.
  @inlinable @inline(__always)
  public static func dot(_ a: [Var], _ b: [Var]) -> Var {
    precondition(a.count == b.count, "dot of lists of lengths \(a.count) and \(b.count)")
    let n = a.count
    if n == 0 { return Var(0) }
    // One pass over borrowed elements: reading a `Var` out of the buffers copies no
    // reference, so the only reference counting is the one retain per input.
    return a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        // The op's own sum, in its order.
        let total = Ops.Dot<T>.value(count: n) { a[$0].node.data * b[$0].node.data }
        // (`reserveCapacity` rather than `init(unsafeUninitializedCapacity:)`: the
        // latter looks up the array's storage class at run time on every call.)
        var inputs: [Unmanaged<Node<T>>] = []
        inputs.reserveCapacity(2 * n)
        for i in 0..<n { inputs.append(.passRetained(a[i].node)) }
        for i in 0..<n { inputs.append(.passRetained(b[i].node)) }
        let partials = [T](unsafeUninitializedCapacity: 2 * n) { buffer, count in
          for i in 0..<n {
            buffer[i] = b[i].node.data  // ∂/∂aᵢ = bᵢ
            buffer[n + i] = a[i].node.data  // ∂/∂bᵢ = aᵢ
          }
          count = 2 * n
        }
        return Var(
          node: NaryOpNode(Ops.Dot<T>(), data: total, retained: inputs, partials: partials))
      }
    }
  }
}
