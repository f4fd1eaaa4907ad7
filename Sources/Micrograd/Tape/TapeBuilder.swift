// Compiling a graph: a walk in the same topological order as `backward()` (so a
// replay adds gradients in the same order, bit for bit), appending one entry per
// interior node. Each node's class appends its own op (`Node.record(into:)`).
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

  @usableFromInline init() {}

  /// Frees the look-up tables; the program keeps what it needs.
  @usableFromInline
  func deallocate() {
    slots.deallocate()
    uses.deallocate()
  }

  /// The encoded operand for `node`, giving a leaf its slot the first time it is seen.
  @inlinable
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

  @usableFromInline
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  mutating func appendUnary(
    _ opKind: _TapeKind, _ constant: T, input: Unmanaged<Node<T>>, box: AnyObject?
  ) {
    let a = operand(input)
    let kind: EntryKind
    switch opKind {
    case .negate: kind = .negate
    case .addConstant: kind = .addConstant
    case .subtractConstant: kind = .subtractConstant
    case .subtractFromConstant: kind = .subtractFromConstant
    case .scale: kind = .scale
    case .relu: kind = .relu
    default:
      customs.append(TapeCustom(box: keep(box!), partials: customPartialCount, list: 0, count: 1))
      customPartialCount += 1
      append(TapeEntry(kind: .customUnary, a: a, aux: Int32(customs.count - 1)))
      return
    }
    guard kind != .relu && kind != .negate else {
      append(TapeEntry(kind: kind, a: a))  // no constant
      return
    }
    constants.append(constant)
    append(TapeEntry(kind: kind, a: a, aux: Int32(constants.count - 1)))
  }

  @usableFromInline
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  mutating func appendBinary(
    _ opKind: _TapeKind, lhs: Unmanaged<Node<T>>, rhs: Unmanaged<Node<T>>, box: AnyObject?
  ) {
    let (a, b) = (operand(lhs), operand(rhs))
    switch opKind {
    case .add: append(TapeEntry(kind: .add, a: a, b: b))
    case .subtract: append(TapeEntry(kind: .subtract, a: a, b: b))
    case .multiply: append(TapeEntry(kind: .multiply, a: a, b: b))
    case .divide: append(TapeEntry(kind: .divide, a: a, b: b))
    default:
      customs.append(TapeCustom(box: keep(box!), partials: customPartialCount, list: 0, count: 2))
      customPartialCount += 2
      append(TapeEntry(kind: .customBinary, a: a, b: b, aux: Int32(customs.count - 1)))
    }
  }

  @usableFromInline
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  mutating func appendNary(_ opKind: _TapeKind, inputs: [Unmanaged<Node<T>>], box: AnyObject?) {
    let start = Int32(lists.count)
    for input in inputs { lists.append(operand(input)) }
    let count = Int32(inputs.count)
    switch opKind {
    case .dot:
      let half = count / 2
      runs.append(
        TapeRun(
          count: half, aStart: start, aStride: TapeRun.list, bStart: start + half,
          bStride: TapeRun.list))
      append(TapeEntry(kind: .dot, aux: Int32(runs.count - 1)))
    case .sum:
      runs.append(
        TapeRun(
          count: count, aStart: start, aStride: TapeRun.list, bStart: 0, bStride: 0))
      append(TapeEntry(kind: .sum, aux: Int32(runs.count - 1)))
    default:
      customs.append(
        TapeCustom(box: keep(box!), partials: customPartialCount, list: start, count: count))
      customPartialCount += count
      widestCustom = Swift.max(widestCustom, inputs.count)
      append(TapeEntry(kind: .customNary, aux: Int32(customs.count - 1)))
    }
  }
}
