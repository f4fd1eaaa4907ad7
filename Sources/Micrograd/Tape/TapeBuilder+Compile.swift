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
    var order: [Unmanaged<Node<T>>] = []
    for root in roots {
      guard root.arity != .leaf else {
        _ = operand(.passUnretained(root))
        continue
      }
      let rootKey = UInt(bitPattern: Unmanaged.passUnretained(root).toOpaque())
      uses.set((uses.value(for: rootKey) ?? 0) + 1, for: rootKey)
      var stack: [(Unmanaged<Node<T>>, Bool)] = [(.passUnretained(root), false)]
      while let (ref, expanded) = stack.popLast() {
        let key = UInt(bitPattern: ref.toOpaque())
        if expanded {
          order.append(ref)
          continue
        }
        if slots.value(for: key) != nil { continue }
        slots.set(Self.pending, for: key)
        stack.append((ref, true))
        ref._withUnsafeGuaranteedRef { node in
          node.forEachInput { input, _ in
            guard input._withUnsafeGuaranteedRef({ $0.arity != .leaf }) else { return }
            let inputKey = UInt(bitPattern: input.toOpaque())
            uses.set((uses.value(for: inputKey) ?? 0) + 1, for: inputKey)
            if slots.value(for: inputKey) == nil { stack.append((input, false)) }
          }
        }
      }
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
    entries.removeLast(2)
    entries.append(entry)
    let node = entryNodes.removeLast()
    entryNodes.removeLast()
    entryNodes.append(node)
  }

  /// The value slot of an operand code: leaves first, then one slot per entry.
  @inlinable
  func slot(_ code: Int32) -> Int32 {
    code >= 0 ? Int32(leaves.count) + code : -code - 1
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
    for index in entries.indices {
      switch entries[index].kind {
      case .dot, .sum, .customNary: continue
      case .add, .subtract, .multiply, .divide, .customBinary:
        entries[index].a = slot(entries[index].a)
        entries[index].b = slot(entries[index].b)
      default:
        entries[index].a = slot(entries[index].a)
      }
    }
    for index in lists.indices { lists[index] = slot(lists[index]) }
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
