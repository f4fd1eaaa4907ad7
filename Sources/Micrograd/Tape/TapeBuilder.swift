// Compiling a graph: a walk in the same topological order as `backward()` (so a
// replay adds gradients in the same order, bit for bit), appending one entry per
// interior node. Each node hands its op to the builder (`Node.record(into:)`,
// `TapeBuilder+Record.swift`).
//
// While building, an operand is encoded as `e` for entry e and `-(ℓ + 1)` for leaf ℓ;
// `finish` renumbers them into value slots, leaves first.

@usableFromInline
struct TapeBuilder<T: BinaryFloatingPoint> {
  @usableFromInline var slots = PointerMap()
  @usableFromInline var leaves: [Node<T>] = []
  @usableFromInline var entries: [TapeEntry] = []
  @usableFromInline var constants: [T] = []
  @usableFromInline var runs: [TapeRun] = []
  @usableFromInline var lists: [Int32] = []
  @usableFromInline var customs: [TapeCustom] = []
  @usableFromInline var boxes: [AnyObject] = []
  @usableFromInline var customPartialCount: Int32 = 0
  @usableFromInline var widestCustom = 0
  /// How many entries use each interior node's value (the output counts as a use).
  @usableFromInline var uses = PointerMap()
  /// The node each entry was recorded from, by address.
  @usableFromInline var entryNodes: [UInt] = []
  /// The dense entries' records and their neurons (see `groupDenseLayers`).
  @usableFromInline var dense: [TapeDense] = []
  @usableFromInline var neurons: [TapeNeuron] = []
  /// The number of values the entries compute: one per entry before dense entries
  /// group them.
  @usableFromInline var valueCount = 0
  /// The `KernelCode` of each node class met so far, by the class's address
  /// (`TapeBuilder+Record.swift`).
  @usableFromInline var kernelCodes = PointerMap(capacity: 16)

  @usableFromInline init() {}

  /// Frees the look-up tables; the program keeps what it needs.
  @usableFromInline
  func deallocate() {
    slots.deallocate()
    uses.deallocate()
    kernelCodes.deallocate()
  }

  /// The encoded operand for `node`, giving a leaf its slot the first time it is seen.
  @inlinable @inline(__always)
  mutating func operand(_ ref: Unmanaged<Node<T>>) -> Int32 {
    let key = UInt(bitPattern: ref.toOpaque())
    if let code = slots.value(for: key) { return code }
    let node = ref.takeUnretainedValue()
    precondition(node.arity == .leaf, "compile: an input was recorded after its consumer")
    leaves.append(node)
    let code = -Int32(leaves.count)
    slots.set(code, for: key)
    return code
  }

  /// Keeps a custom op's box alive for the program, and returns an unretained reference.
  @inlinable
  mutating func keep(_ box: AnyObject) -> Unmanaged<AnyObject> {
    boxes.append(box)
    return .passUnretained(box)
  }

  @inlinable
  mutating func append(_ entry: TapeEntry) {
    entries.append(entry)
  }

  /// Appends a kernel of one input, with the op's constant if it has one.
  @usableFromInline
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  mutating func appendUnary(_ kind: EntryKind, constant: T?, input: Unmanaged<Node<T>>) {
    let a = operand(input)
    guard let constant else { return append(TapeEntry(kind: kind, a: a)) }
    constants.append(constant)
    append(TapeEntry(kind: kind, a: a, aux: Int32(constants.count - 1)))
  }

  /// Appends a custom op of one input, called through its box.
  @usableFromInline
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  mutating func appendUnary(_ box: TapeUnaryBox<T>, input: Unmanaged<Node<T>>) {
    let a = operand(input)
    customs.append(TapeCustom(box: keep(box), partials: customPartialCount, list: 0, count: 1))
    customPartialCount += 1
    append(TapeEntry(kind: .customUnary, a: a, aux: Int32(customs.count - 1)))
  }

  /// Appends a kernel of two inputs.
  @usableFromInline
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  mutating func appendBinary(_ kind: EntryKind, lhs: Unmanaged<Node<T>>, rhs: Unmanaged<Node<T>>) {
    append(TapeEntry(kind: kind, a: operand(lhs), b: operand(rhs)))
  }

  /// Appends a custom op of two inputs, called through its box.
  @usableFromInline
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  mutating func appendBinary(
    _ box: TapeBinaryBox<T>, lhs: Unmanaged<Node<T>>, rhs: Unmanaged<Node<T>>
  ) {
    let (a, b) = (operand(lhs), operand(rhs))
    customs.append(TapeCustom(box: keep(box), partials: customPartialCount, list: 0, count: 2))
    customPartialCount += 2
    append(TapeEntry(kind: .customBinary, a: a, b: b, aux: Int32(customs.count - 1)))
  }

  /// Appends the operands of an n-ary op to `lists`, and returns where they start.
  @usableFromInline
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  mutating func appendOperands(_ inputs: [Unmanaged<Node<T>>]) -> Int32 {
    let start = lists.count
    // One uniqueness check for the whole list, not one per operand.
    lists.append(contentsOf: repeatElement(0, count: inputs.count))
    var list = lists
    lists = []
    list.withUnsafeMutableBufferPointer { list in
      for (offset, input) in inputs.enumerated() { list[start + offset] = operand(input) }
    }
    lists = list
    return Int32(start)
  }

  /// Appends a kernel of n inputs: `dot` (a then b, half each) or `sum`.
  @usableFromInline
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  mutating func appendNary(_ kind: EntryKind, inputs: [Unmanaged<Node<T>>]) {
    let start = appendOperands(inputs)
    let count = Int32(inputs.count)
    let run =
      kind == .dot
      ? TapeRun(
        count: count / 2, aStart: start, aStride: TapeRun.list, bStart: start + count / 2,
        bStride: TapeRun.list)
      : TapeRun(count: count, aStart: start, aStride: TapeRun.list, bStart: 0, bStride: 0)
    runs.append(run)
    append(TapeEntry(kind: kind, aux: Int32(runs.count - 1)))
  }

  /// Appends a custom op of n inputs, called through its box.
  @usableFromInline
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  mutating func appendNary(_ box: TapeNaryBox<T>, inputs: [Unmanaged<Node<T>>]) {
    let start = appendOperands(inputs)
    let count = Int32(inputs.count)
    customs.append(
      TapeCustom(box: keep(box), partials: customPartialCount, list: start, count: count))
    customPartialCount += count
    widestCustom = Swift.max(widestCustom, inputs.count)
    append(TapeEntry(kind: .customNary, aux: Int32(customs.count - 1)))
  }
}
