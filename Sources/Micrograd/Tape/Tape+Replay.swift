// Replaying a tape. Every kernel runs its op's own `forward`: the built-in kinds call
// the op's struct directly (specialized and inlined), custom ops through their box.
//
// Forward stores values, and the partials of custom ops. Backward recomputes the
// partials of built-in ops from the stored values (the compiler drops the unused
// value), which keeps the tape small, and skips an entry whose gradient is 0 when
// its partials are finite: 0 · partial would add nothing, while 0 · inf must still
// give NaN, as in the eager graph.

extension Tape {
  /// Recomputes every value and local partial from the leaves' current `data`, runs
  /// the recorded checks, and returns the output's value.
  ///
  /// A check whose comparison comes out differently is handled by the tape's
  /// ``BranchPolicy``.
  @inlinable @discardableResult
  public func forward() -> T {
    program.loadLeaves()
    program.forwardEntries()
    if !program.guards.isEmpty { checkGuards() }
    return value
  }

  /// Back-propagates through the tape: adds d(output)/d(leaf) to each leaf's `grad`,
  /// with the same semantics as `Var.backward()` on the recorded graph.
  ///
  /// The gradients are those of the last `forward()` (or of the recording). Each
  /// leaf's contributions are summed in the eager graph's order and then added to its
  /// `grad`, so after `zeroGrad()` the result equals the eager one bit for bit.
  @inlinable
  public func backward() {
    program.backward()
  }
}

extension TapeProgram {
  @inlinable
  func loadLeaves() {
    for slot in leaves.indices { values[slot] = leaves[slot].data }
  }

  @inlinable
  func backward() {
    adjoints.update(repeating: 0)
    adjoints[outputSlot] = 1
    backwardEntries()
    for slot in leaves.indices { leaves[slot].grad += adjoints[slot] }
  }

  @inlinable
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  func forwardEntries() {
    let (v, base) = (values, leaves.count)
    var next = 0
    while next < entries.count {
      let index = next
      next += 1
      let entry = entries[index]
      let (a, b) = (Int(entry.a), Int(entry.b))
      let out = base + index
      switch entry.kind {
      case .affineReLU where index + 4 <= entries.count && isDenseBlock(at: index):
        forwardDenseBlock(at: index)
        next = index + 4
      case .add: v[out] = Ops.Add().forward(v[a], v[b]).value
      case .subtract: v[out] = Ops.Subtract().forward(v[a], v[b]).value
      case .multiply: v[out] = Ops.Multiply().forward(v[a], v[b]).value
      case .divide: v[out] = Ops.Divide().forward(v[a], v[b]).value
      case .negate: v[out] = Ops.Negate().forward(v[a]).value
      case .addConstant: v[out] = Ops.AddConstant(constants[Int(entry.aux)]).forward(v[a]).value
      case .subtractConstant:
        v[out] = Ops.SubtractConstant(constants[Int(entry.aux)]).forward(v[a]).value
      case .subtractFromConstant:
        v[out] = Ops.SubtractFromConstant(constants[Int(entry.aux)]).forward(v[a]).value
      case .scale: v[out] = Ops.Scale(by: constants[Int(entry.aux)]).forward(v[a]).value
      case .relu: v[out] = Ops.ReLU().forward(v[a]).value
      case .dot:
        v[out] = dotValue(runs[Int(entry.aux)])
      case .affine:
        v[out] = Ops.Add().forward(dotValue(runs[Int(entry.aux)]), v[a]).value
      case .affineReLU:
        let preActivation = Ops.Add().forward(dotValue(runs[Int(entry.aux)]), v[a]).value
        preActivations[b] = preActivation
        v[out] = Ops.ReLU().forward(preActivation).value
      case .sum:
        let run = runs[Int(entry.aux)]
        v[out] = Ops.Sum<T>.value(count: Int(run.count)) { v[aSlot(run, $0)] }
      case .customUnary:
        let custom = customs[Int(entry.aux)]
        (v[out], customPartials[Int(custom.partials)]) = custom.box._withUnsafeGuaranteedRef {
          unsafeDowncast($0, to: TapeUnaryBox<T>.self).forward(v[a])
        }
      case .customBinary:
        let custom = customs[Int(entry.aux)]
        let p = Int(custom.partials)
        (v[out], customPartials[p], customPartials[p + 1]) = custom.box._withUnsafeGuaranteedRef {
          unsafeDowncast($0, to: TapeBinaryBox<T>.self).forward(v[a], v[b])
        }
      case .customNary:
        let custom = customs[Int(entry.aux)]
        let (list, n, p) = (Int(custom.list), Int(custom.count), Int(custom.partials))
        for i in 0..<n { scratch[i] = v[Int(lists[list + i])] }
        v[out] = custom.box._withUnsafeGuaranteedRef {
          unsafeDowncast($0, to: TapeNaryBox<T>.self).forward(
            UnsafeBufferPointer(rebasing: scratch[0..<n]),
            partials: UnsafeMutableBufferPointer(rebasing: customPartials[p..<p + n]))
        }
      }
    }
  }

  @inlinable
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  func backwardEntries() {
    let (v, adj, base) = (values, adjoints, leaves.count)
    var index = entries.count
    while index > 0 {
      index -= 1
      let entry = entries[index]
      let g = adj[base + index]
      let (a, b) = (Int(entry.a), Int(entry.b))
      switch entry.kind {
      case .add:
        if g == 0 { continue }  // partials 1, 1
        let (_, dx, dy) = Ops.Add().forward(v[a], v[b])
        adj[a] += dx * g
        adj[b] += dy * g
      case .subtract:
        if g == 0 { continue }
        let (_, dx, dy) = Ops.Subtract().forward(v[a], v[b])
        adj[a] += dx * g
        adj[b] += dy * g
      case .multiply:
        // A finite product has finite factors, its partials.
        if g == 0 && v[base + index].isFinite { continue }
        let (_, dx, dy) = Ops.Multiply().forward(v[a], v[b])
        adj[a] += dx * g
        adj[b] += dy * g
      case .divide:
        let (_, dx, dy) = Ops.Divide().forward(v[a], v[b])
        if g == 0 && dx.isFinite && dy.isFinite { continue }
        adj[a] += dx * g
        adj[b] += dy * g
      case .negate:
        if g == 0 { continue }
        adj[a] += Ops.Negate().forward(v[a]).dx * g
      case .addConstant:
        if g == 0 { continue }
        adj[a] += Ops.AddConstant(constants[Int(entry.aux)]).forward(v[a]).dx * g
      case .subtractConstant:
        if g == 0 { continue }
        adj[a] += Ops.SubtractConstant(constants[Int(entry.aux)]).forward(v[a]).dx * g
      case .subtractFromConstant:
        if g == 0 { continue }
        adj[a] += Ops.SubtractFromConstant(constants[Int(entry.aux)]).forward(v[a]).dx * g
      case .scale:
        let dx = Ops.Scale(by: constants[Int(entry.aux)]).forward(v[a]).dx
        if g == 0 && dx.isFinite { continue }
        adj[a] += dx * g
      case .relu:
        // The derivative is 0 or 1, or NaN for a NaN input (whose value is NaN).
        if g == 0 && v[base + index].isFinite { continue }
        adj[a] += Ops.ReLU().forward(v[a]).dx * g
      case .dot:
        // A finite dot product has finite operands, its partials.
        if g == 0 && v[base + index].isFinite { continue }
        dotBackward(runs[Int(entry.aux)], g)
      case .affine:
        // dot + bias: the bias's partial is 1, the dot's too (Ops.Add).
        if g == 0 && v[base + index].isFinite { continue }
        let (_, dDot, dBias) = Ops.Add().forward(0, v[a])
        adj[a] += dBias * g
        dotBackward(runs[Int(entry.aux)], dDot * g)
      case .affineReLU:
        let preActivation = preActivations[b]
        let gPre = Ops.ReLU().forward(preActivation).dx * g
        // A finite pre-activation has finite terms.
        if gPre == 0 && preActivation.isFinite { continue }
        let (_, dDot, dBias) = Ops.Add().forward(0, v[a])
        adj[a] += dBias * gPre
        dotBackward(runs[Int(entry.aux)], dDot * gPre)
      case .sum:
        if g == 0 { continue }  // partials 1
        let run = runs[Int(entry.aux)]
        for i in 0..<Int(run.count) { adj[aSlot(run, i)] += g }
      case .customUnary:
        let dx = customPartials[Int(customs[Int(entry.aux)].partials)]
        if g == 0 && dx.isFinite { continue }
        adj[a] += dx * g
      case .customBinary:
        let p = Int(customs[Int(entry.aux)].partials)
        let (dx, dy) = (customPartials[p], customPartials[p + 1])
        if g == 0 && dx.isFinite && dy.isFinite { continue }
        adj[a] += dx * g
        adj[b] += dy * g
      case .customNary:
        let custom = customs[Int(entry.aux)]
        let (list, n, p) = (Int(custom.list), Int(custom.count), Int(custom.partials))
        if g == 0 && customPartials[p..<p + n].allSatisfy(\.isFinite) { continue }
        for i in 0..<n { adj[Int(lists[list + i])] += customPartials[p + i] * g }
      }
    }
  }

  /// Whether the four entries from `index` are neurons of one layer: `relu(dot + bias)`
  /// over the same inputs, with evenly spaced weights.
  @inlinable @inline(__always)
  func isDenseBlock(at index: Int) -> Bool {
    let first = runs[Int(entries[index].aux)]
    guard first.isEven else { return false }
    for offset in 1..<4 {
      let entry = entries[index + offset]
      guard entry.kind == .affineReLU else { return false }
      let run = runs[Int(entry.aux)]
      guard
        run.isEven && run.count == first.count
          && run.bStart == first.bStart && run.bStride == first.bStride
      else { return false }
    }
    return true
  }

  /// Four neurons of a layer at once: four dot products over the same inputs, summed
  /// side by side (each in its own order, Ops.Dot.values), then bias and relu.
  @inlinable @inline(__always)
  func forwardDenseBlock(at index: Int) {
    let v = values
    let base = v.baseAddress!
    let e = (entries[index], entries[index + 1], entries[index + 2], entries[index + 3])
    let r = (runs[Int(e.0.aux)], runs[Int(e.1.aux)], runs[Int(e.2.aux)], runs[Int(e.3.aux)])
    let (x, sx) = (base + Int(r.0.bStart), Int(r.0.bStride))
    let w = (
      base + Int(r.0.aStart), base + Int(r.1.aStart), base + Int(r.2.aStart),
      base + Int(r.3.aStart)
    )
    let s = (Int(r.0.aStride), Int(r.1.aStride), Int(r.2.aStride), Int(r.3.aStride))
    let dots = Ops.Dot<T>.values(count: Int(r.0.count)) { i in
      let xi = x[i * sx]
      return (w.0[i * s.0] * xi, w.1[i * s.1] * xi, w.2[i * s.2] * xi, w.3[i * s.3] * xi)
    }
    let out = leaves.count + index
    for (offset, (entry, dot)) in [(e.0, dots.0), (e.1, dots.1), (e.2, dots.2), (e.3, dots.3)]
      .enumerated()
    {
      let preActivation = Ops.Add().forward(dot, v[Int(entry.a)]).value
      preActivations[Int(entry.b)] = preActivation
      v[out + offset] = Ops.ReLU().forward(preActivation).value
    }
  }

  /// The value of a dot product (Ops.Dot's sum, left to right) over a run's operands.
  @inlinable @inline(__always)
  func dotValue(_ run: TapeRun) -> T {
    let v = values
    guard run.isEven else {
      return Ops.Dot<T>.value(count: Int(run.count)) { v[aSlot(run, $0)] * v[bSlot(run, $0)] }
    }
    // Step pointers along the two runs: a neuron's weights, a layer's outputs.
    var (pa, pb) = (v.baseAddress! + Int(run.aStart), v.baseAddress! + Int(run.bStart))
    let (sa, sb) = (Int(run.aStride), Int(run.bStride))
    return Ops.Dot<T>.value(count: Int(run.count)) { _ in
      defer { (pa, pb) = (pa + sa, pb + sb) }
      return pa.pointee * pb.pointee
    }
  }

  /// Adds a dot product's contributions to its operands' adjoints: ∂/∂aᵢ = bᵢ and
  /// ∂/∂bᵢ = aᵢ (Ops.Dot), in the eager graph's order: all a, then all b.
  @inlinable @inline(__always)
  func dotBackward(_ run: TapeRun, _ g: T) {
    let (v, adj) = (values, adjoints)
    guard run.isEven else {
      for i in 0..<Int(run.count) { adj[aSlot(run, i)] += v[bSlot(run, i)] * g }
      for i in 0..<Int(run.count) { adj[bSlot(run, i)] += v[aSlot(run, i)] * g }
      return
    }
    let (a0, b0) = (Int(run.aStart), Int(run.bStart))
    let (sa, sb) = (Int(run.aStride), Int(run.bStride))
    let (values, adjoints) = (v.baseAddress!, adj.baseAddress!)
    var (pa, pb) = (adjoints + a0, values + b0)
    for _ in 0..<Int(run.count) {
      pa.pointee += pb.pointee * g
      (pa, pb) = (pa + sa, pb + sb)
    }
    (pa, pb) = (adjoints + b0, values + a0)
    for _ in 0..<Int(run.count) {
      pa.pointee += pb.pointee * g
      (pa, pb) = (pa + sb, pb + sa)
    }
  }

  /// The slot of the i-th first operand of a run.
  @inlinable @inline(__always)
  func aSlot(_ run: TapeRun, _ i: Int) -> Int {
    run.aStride != TapeRun.list
      ? Int(run.aStart) + i * Int(run.aStride) : Int(lists[Int(run.aStart) + i])
  }

  /// The slot of the i-th second operand of a run.
  @inlinable @inline(__always)
  func bSlot(_ run: TapeRun, _ i: Int) -> Int {
    run.bStride != TapeRun.list
      ? Int(run.bStart) + i * Int(run.bStride) : Int(lists[Int(run.bStart) + i])
  }
}
