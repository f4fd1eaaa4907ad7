// Replaying a tape. Every entry runs its op's own code: a kernel (`TapeKernels.swift`)
// calls the op's struct directly (specialized and inlined), a custom op runs through
// its box; dot and sum run their op's static `value` and `backward`.
//
// Forward stores values, and the partials of custom ops. Backward recomputes the
// partials of built-in ops from the stored values (the compiler drops the unused
// value), which keeps the tape small, and skips an entry whose gradient is 0 when
// its partials are finite: 0 · partial would add nothing, while 0 · inf must still
// give NaN, as in the eager graph. Dot and sum read the tape's storage; dense entries are
// in `Tape+Dense.swift`.

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
    let v = values
    var out = leaves.count  // the slot of the entry's (first) value
    for index in 0..<entries.count {
      let entry = entries[index]
      let (a, b) = (Int(entry.a), Int(entry.b))
      switch entry.kind {
      case .dense, .denseReLU:
        forwardDense(Int(entry.aux), out: out, relu: entry.kind == .denseReLU)
        out += Int(dense[Int(entry.aux)].count)
        continue
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
      case .divideByConstant:
        v[out] = Ops.DivideByConstant(constants[Int(entry.aux)]).forward(v[a]).value
      case .divideConstant:
        v[out] = Ops.DivideConstant(constants[Int(entry.aux)]).forward(v[a]).value
      case .relu: v[out] = Ops.ReLU().forward(v[a]).value
      case .dot:
        v[out] = dotValue(runs[Int(entry.aux)])
      case .affine:
        v[out] = Ops.Add().forward(dotValue(runs[Int(entry.aux)]), v[a]).value
      case .affineReLU:
        let preActivation = Ops.Add().forward(dotValue(runs[Int(entry.aux)]), v[a]).value
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
      out += 1
    }
  }

  @inlinable
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  func backwardEntries() {
    let (v, adj) = (values, adjoints)
    var end = values.count  // one past the slot of the entry's last value
    var index = entries.count
    while index > 0 {
      index -= 1
      let entry = entries[index]
      if entry.kind == .dense || entry.kind == .denseReLU {
        end -= Int(dense[Int(entry.aux)].count)
        backwardDense(Int(entry.aux), out: end, relu: entry.kind == .denseReLU)
        continue
      }
      end -= 1
      let out = end
      let g = adj[out]
      let (a, b) = (Int(entry.a), Int(entry.b))
      switch entry.kind {
      case .dense, .denseReLU: break  // above
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
        if g == 0 && v[out].isFinite { continue }
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
      case .divideByConstant:
        let dx = Ops.DivideByConstant(constants[Int(entry.aux)]).forward(v[a]).dx
        if g == 0 && dx.isFinite { continue }
        adj[a] += dx * g
      case .divideConstant:
        let dx = Ops.DivideConstant(constants[Int(entry.aux)]).forward(v[a]).dx
        if g == 0 && dx.isFinite { continue }
        adj[a] += dx * g
      case .relu:
        // The derivative is 0 or 1, or NaN for a NaN input (whose value is NaN).
        if g == 0 && v[out].isFinite { continue }
        adj[a] += Ops.ReLU().forward(v[a]).dx * g
      case .dot:
        // A finite dot product has finite operands, its partials.
        if g == 0 && v[out].isFinite { continue }
        dotBackward(runs[Int(entry.aux)], g)
      case .affine:
        // dot + bias: the bias's partial is 1, the dot's too (Ops.Add).
        if g == 0 && v[out].isFinite { continue }
        let (_, dDot, dBias) = Ops.Add().forward(0, v[a])
        adj[a] += dBias * g
        dotBackward(runs[Int(entry.aux)], dDot * g)
      case .affineReLU:
        // relu′ from the output: the output is positive, 0 or NaN as the pre-activation.
        let y = v[out]
        let gPre = Ops.ReLU().forward(y).dx * g
        // A finite pre-activation has finite terms, and 0 · each adds nothing; a 0
        // output hides whether it was finite (-inf), so it is computed again.
        if gPre == 0 && y.isFinite
          && (y != 0 || Ops.Add().forward(dotValue(runs[Int(entry.aux)]), v[a]).value.isFinite)
        {
          continue
        }
        let (_, dDot, dBias) = Ops.Add().forward(0, v[a])
        adj[a] += dBias * gPre
        dotBackward(runs[Int(entry.aux)], dDot * gPre)
      case .sum:
        if g == 0 { continue }  // partials 1
        let run = runs[Int(entry.aux)]
        Ops.Sum<T>.backward(count: Int(run.count), g) { adj[aSlot(run, $0)] += $1 }
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

  /// Adds a dot product's contributions to its operands' adjoints (Ops.Dot.backward).
  @inlinable @inline(__always)
  func dotBackward(_ run: TapeRun, _ g: T) {
    let (v, adj) = (values, adjoints)
    guard run.isEven else {
      Ops.Dot<T>.backward(
        count: Int(run.count), g, a: { v[aSlot(run, $0)] }, b: { v[bSlot(run, $0)] },
        addToA: { adj[aSlot(run, $0)] += $1 }, addToB: { adj[bSlot(run, $0)] += $1 })
      return
    }
    dotBackward(
      count: Int(run.count), g, a: Int(run.aStart), aStride: Int(run.aStride),
      b: Int(run.bStart), bStride: Int(run.bStride))
  }

  /// Ops.Dot.backward over evenly spaced operands: a at `a` + i·`aStride`, b likewise.
  @inlinable @inline(__always)
  func dotBackward(count n: Int, _ g: T, a: Int, aStride: Int, b: Int, bStride: Int) {
    let (values, adjoints) = (self.values.baseAddress!, self.adjoints.baseAddress!)
    let (va, vb, ga, gb) = (values + a, values + b, adjoints + a, adjoints + b)
    Ops.Dot<T>.backward(
      count: n, g, a: { va[$0 &* aStride] }, b: { vb[$0 &* bStride] },
      addToA: { ga[$0 &* aStride] += $1 }, addToB: { gb[$0 &* bStride] += $1 })
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
