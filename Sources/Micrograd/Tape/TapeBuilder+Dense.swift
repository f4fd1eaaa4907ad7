// Dense entries: the neurons of one layer, recorded one after another, become one
// entry. Their weights are read as runs from one record per neuron (8 bytes, where a
// neuron entry and its run took 36), and a replay computes them four at a time.

extension TapeBuilder {
  /// Replaces each stretch of consecutive neuron entries of one kind (`affine`, or
  /// `affineReLU`) over the same evenly spaced inputs, each with its weights in
  /// consecutive slots, by one dense entry; and drops the runs no entry uses any more.
  ///
  /// The values keep their slots: a dense entry of k neurons computes the k values the
  /// neuron entries did, in their order.
  @usableFromInline
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  mutating func groupDenseLayers() {
    var grouped: [TapeEntry] = []
    var kept: [TapeRun] = []
    var index = 0
    while index < entries.count {
      var entry = entries[index]
      let end = denseStretch(from: index)
      if end > index {
        let first = runs[Int(entry.aux)]
        dense.append(
          TapeDense(
            first: Int32(neurons.count), count: Int32(end - index), inputs: first.count,
            xStart: first.bStart, xStride: first.bStride, allFinite: false))
        for neuron in entries[index..<end] {
          neurons.append(TapeNeuron(weights: runs[Int(neuron.aux)].aStart, bias: neuron.a))
        }
        let kind: EntryKind = entry.kind == .affine ? .dense : .denseReLU
        grouped.append(TapeEntry(kind: kind, aux: Int32(dense.count - 1)))
        index = end
        continue
      }
      switch entry.kind {
      case .dot, .sum, .affine, .affineReLU:
        kept.append(runs[Int(entry.aux)])
        entry.aux = Int32(kept.count - 1)
      default: break
      }
      grouped.append(entry)
      index += 1
    }
    entries = grouped
    runs = kept
  }

  /// The end of the stretch of neuron entries from `start` that one dense entry can
  /// replace; `start` if there is none.
  @inlinable
  func denseStretch(from start: Int) -> Int {
    let kind = entries[start].kind
    guard kind == .affine || kind == .affineReLU else { return start }
    // The neurons' operands must come before their values: a replay computes four
    // dot products before it stores any.
    let firstValue = slot(Int32(start))
    let x = runs[Int(entries[start].aux)]
    func fits(_ entry: TapeEntry) -> Bool {
      let run = runs[Int(entry.aux)]
      return (run.aStride == 1 || run.count == 1) && run.bStride != TapeRun.list
        && run.count == x.count && run.bStart == x.bStart && run.bStride == x.bStride
        && entry.a < firstValue && run.aStart + run.count <= firstValue
    }
    guard fits(entries[start]) else { return start }
    var end = start + 1
    while end < entries.count, entries[end].kind == kind, fits(entries[end]) { end += 1 }
    return end
  }
}
