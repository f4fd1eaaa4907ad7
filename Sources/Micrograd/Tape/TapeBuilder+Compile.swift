// The walk that fills a `TapeBuilder`, and the renumbering that finishes it.

extension TapeBuilder {
  /// Marks a node that has been reached but whose entry is not appended yet.
  @inlinable static var pending: Int32 { .min }

  /// Appends the interior nodes `root` depends on, each after its inputs, in the order
  /// `backward()` sorts them. Writes nothing to the graph.
  @usableFromInline
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  mutating func appendGraph(of root: Node<T>) {
    guard root.arity != .leaf else {
      _ = operand(.passUnretained(root))
      return
    }
    var stack: [(Unmanaged<Node<T>>, Bool)] = [(.passUnretained(root), false)]
    while let (ref, expanded) = stack.popLast() {
      let key = UInt(bitPattern: ref.toOpaque())
      if expanded {
        ref.takeUnretainedValue().record(into: &self)
        slots.set(Int32(entries.count - 1), for: key)
        continue
      }
      if slots.value(for: key) != nil { continue }
      slots.set(Self.pending, for: key)
      stack.append((ref, true))
      ref._withUnsafeGuaranteedRef { node in
        node.forEachInput { input, _ in
          let inputKey = UInt(bitPattern: input.toOpaque())
          if input._withUnsafeGuaranteedRef({ $0.arity != .leaf })
            && slots.value(for: inputKey) == nil
          {
            stack.append((input, false))
          }
        }
      }
    }
  }

  /// The value slot of an operand code: leaves first, then one slot per entry.
  @inlinable
  func slot(_ code: Int32) -> Int32 {
    code >= 0 ? Int32(leaves.count) + code : -code - 1
  }

  /// The slot of `node` in the finished tape.
  @inlinable
  func slot(of node: Node<T>) -> Int32? {
    slots.value(for: UInt(bitPattern: Unmanaged.passUnretained(node).toOpaque())).map(slot)
  }

  /// Renumbers every operand into a value slot, and stores evenly spaced operand lists
  /// as a start and a stride.
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
      run.aList = progression(
        start: run.aList, count: run.count, into: &run.aStart, stride: &run.aStride,
        lists: &compacted)
      if run.bList >= 0 {
        run.bList = progression(
          start: run.bList, count: run.count, into: &run.bStart, stride: &run.bStride,
          lists: &compacted)
      }
      runs[index] = run
    }
    lists = compacted
  }

  /// Stores `count` slots from `lists[start...]` as a start and a stride if they are
  /// evenly spaced (returning -1), or copies them to `compacted` (returning the offset).
  @inlinable
  func progression(
    start: Int32, count: Int32, into first: inout Int32, stride: inout Int32,
    lists compacted: inout [Int32]
  ) -> Int32 {
    let slots = lists[Int(start)..<Int(start + count)]
    first = slots.first ?? 0
    stride = count > 1 ? slots[Int(start) + 1] - first : 0
    var even = true
    var expected = first
    for slot in slots {
      if slot != expected {
        even = false
        break
      }
      expected &+= stride
    }
    if even { return -1 }
    compacted.append(contentsOf: slots)
    return Int32(compacted.count) - count
  }
}
