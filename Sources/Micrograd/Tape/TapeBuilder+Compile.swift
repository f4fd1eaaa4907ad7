// The walk that fills a `TapeBuilder`, and the renumbering that finishes it.

extension TapeBuilder {
  /// Marks a node that has been reached but whose entry is not appended yet.
  @inlinable static var pending: Int32 { .min }

  /// Appends the interior nodes the roots depend on, each after its inputs, in the order
  /// `backward()` sorts them (root by root). Writes nothing to the graph.
  ///
  /// A first pass finds the order and counts each node's uses; the second appends the
  /// entries, fusing a single-use `dot` into the `+ bias` that consumes it, and that
  /// into a following `relu` (a neuron), when they come one after another.
  @usableFromInline
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  mutating func appendGraph(of roots: [Node<T>]) {
    // The shared post-order walk (`Graph/PostOrderWalk.swift`), with the builder as what
    // it has seen: `slots` holds the nodes reached, `uses` counts each one's uses.
    var order: [Unmanaged<Node<T>>] = []
    for root in roots {
      guard root.arity != .leaf else {
        _ = operand(.passUnretained(root))
        continue
      }
      let rootKey = Unmanaged.passUnretained(root).address
      uses.set((uses.value(for: rootKey) ?? 0) + 1, for: rootKey)
      root.walk(seen: &self, leaves: false) { ref, _ in order.append(ref) }
    }
    for ref in order {
      let node = ref.takeUnretainedValue()
      appendOp(of: node)
      entryNodes.append(UInt(bitPattern: ref.toOpaque()))
      switch entries[entries.count - 1].kind {
      case .add: fuseAffine()
      case .relu: fuseReLU()
      default: break
      }
      slots.set(Int32(entries.count - 1), for: entryNodes[entries.count - 1])
    }
  }

  /// Whether the entry at `index` was recorded from a node that has only one use.
  @inlinable
  func isSingleUse(_ index: Int) -> Bool {
    uses.value(for: entryNodes[index]) == 1
  }

  /// Replaces `dot` then `dot + bias` (the last two entries) with one `affine` entry.
  @inlinable
  mutating func fuseAffine() {
    let n = entries.count
    guard n >= 2, entries[n - 2].kind == .dot, isSingleUse(n - 2) else { return }
    let (add, dot) = (entries[n - 1], entries[n - 2])
    let code = Int32(n - 2)
    let bias: Int32
    if add.a == code && add.b != code {
      bias = add.b
    } else if add.b == code && add.a != code {
      bias = add.a
    } else {
      return
    }
    slots.set(Self.pending, for: entryNodes[n - 2])  // the dot has no value of its own now
    replaceLastTwo(with: TapeEntry(kind: .affine, a: bias, aux: dot.aux))
  }

  /// Replaces `affine` then `relu` (the last two entries) with one `affineReLU` entry.
  @inlinable
  mutating func fuseReLU() {
    let n = entries.count
    guard n >= 2, entries[n - 2].kind == .affine, entries[n - 1].a == Int32(n - 2),
      isSingleUse(n - 2)
    else { return }
    let affine = entries[n - 2]
    slots.set(Self.pending, for: entryNodes[n - 2])
    replaceLastTwo(with: TapeEntry(kind: .affineReLU, a: affine.a, aux: affine.aux))
  }

  @inlinable
  mutating func replaceLastTwo(with entry: TapeEntry) {
    entries[entries.count - 2] = entry
    entries.removeLast()
    entryNodes[entryNodes.count - 2] = entryNodes[entryNodes.count - 1]
    entryNodes.removeLast()
  }

  /// The value slot of an operand code: leaves first, then one slot per entry.
  @inlinable
  func slot(_ code: Int32) -> Int32 {
    Self.slot(code, leafCount: Int32(leaves.count))
  }

  @inlinable @inline(__always)
  static func slot(_ code: Int32, leafCount: Int32) -> Int32 {
    code >= 0 ? leafCount + code : -code - 1
  }

  /// The slot of `node` in the finished tape; nil for a node that is not on it, or whose
  /// value was fused into its consumer's entry.
  @inlinable
  func slot(of node: Node<T>) -> Int32? {
    let code = slots.value(for: UInt(bitPattern: Unmanaged.passUnretained(node).toOpaque()))
    guard let code, code != Self.pending else { return nil }
    return slot(code)
  }

  /// Renumbers every operand into a value slot, stores evenly spaced operand lists
  /// as a start and a stride, and groups a layer's neurons into dense entries.
  @usableFromInline
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  mutating func finish() {
    let leafCount = Int32(leaves.count)
    // (In place, through buffers: an array's uniqueness check per element doubled the
    // cost of this pass.)
    entries.withUnsafeMutableBufferPointer { entries in
      for index in entries.indices {
        switch entries[index].kind {
        case .dot, .sum, .customNary: continue
        case .add, .subtract, .multiply, .divide, .customBinary:
          entries[index].a = Self.slot(entries[index].a, leafCount: leafCount)
          entries[index].b = Self.slot(entries[index].b, leafCount: leafCount)
        default:
          entries[index].a = Self.slot(entries[index].a, leafCount: leafCount)
        }
      }
    }
    lists.withUnsafeMutableBufferPointer { lists in
      for index in lists.indices { lists[index] = Self.slot(lists[index], leafCount: leafCount) }
    }
    var compacted: [Int32] = []
    for index in customs.indices {
      let start = Int(customs[index].list)
      customs[index].list = Int32(compacted.count)
      if customs[index].box.takeUnretainedValue() is TapeNaryBox<T> {
        compacted.append(contentsOf: lists[start..<start + Int(customs[index].count)])
      }
    }
    for index in runs.indices {
      var run = runs[index]
      (run.aStart, run.aStride) = progression(
        start: run.aStart, count: run.count, lists: &compacted)
      if run.bStride == TapeRun.list {
        (run.bStart, run.bStride) = progression(
          start: run.bStart, count: run.count, lists: &compacted)
      }
      runs[index] = run
    }
    lists = compacted
    valueCount = entries.count
    groupDenseLayers()
  }

  /// The start and stride of `count` slots from `lists[start...]` if they are evenly
  /// spaced; otherwise their offset in `compacted`, where they are copied, and
  /// `TapeRun.list`.
  @inlinable
  func progression(
    start: Int32, count: Int32, lists compacted: inout [Int32]
  ) -> (start: Int32, stride: Int32) {
    let slots = lists[Int(start)..<Int(start + count)]
    let first = slots.first ?? 0
    let stride = count > 1 ? slots[Int(start) + 1] - first : 0
    var expected = first
    for slot in slots {
      guard slot == expected, stride != TapeRun.list else {
        compacted.append(contentsOf: slots)
        return (Int32(compacted.count) - count, TapeRun.list)
      }
      expected &+= stride
    }
    return (first, stride)
  }
}
