// The reverse-mode recording of a `Tracer` call: a flat list of entries appended while
// the user's function runs, then swept backwards once (Adept's and CppAD's stack of
// statements). Each entry is an op's output slot, two operand slots and the two local
// partials, so the sweep is the same multiply-add for every op and never calls op code.
//
// Slot 0 is a sink for constants: an operand that is a constant is written as slot 0,
// whose adjoint nobody reads. Slots 1…n are the inputs; every op's result takes the
// next slot. An op of one input leaves its second operand at the sink with partial 0;
// an op of k inputs writes ⌈k/2⌉ entries with the same output slot.
//
// The memory is raw and reused: a thread keeps its last buffers (`TraceArena`), so a
// warm call allocates nothing per op and nothing per call.

/// One recorded op, or a pair of an n-ary op's inputs.
@usableFromInline
struct TraceEntry<T> {
  @usableFromInline var output: Int32
  @usableFromInline var lhs: Int32
  @usableFromInline var rhs: Int32
  @usableFromInline var lhsPartial: T
  @usableFromInline var rhsPartial: T

  @inlinable @inline(__always)
  init(output: Int32, lhs: Int32, rhs: Int32, lhsPartial: T, rhsPartial: T) {
    self.output = output
    self.lhs = lhs
    self.rhs = rhs
    self.lhsPartial = lhsPartial
    self.rhsPartial = rhsPartial
  }
}

/// The state of one reverse-mode call: where entries go, and the next free slot.
///
/// It lives on the caller's stack for the duration of the call; tracers refer to it by
/// address (`Tracer.context`), which is also what tells two calls' values apart.
@usableFromInline
struct TraceRecording<T> {
  @usableFromInline var entries: UnsafeMutablePointer<TraceEntry<T>>
  @usableFromInline var count: Int
  @usableFromInline var capacity: Int
  @usableFromInline var nextSlot: Int32
  /// Comparisons made while recording, if the caller wants them (`CompiledGradient`).
  @usableFromInline var comparisons: UnsafeMutablePointer<ComparisonLog>?

  /// A recording for a function of `inputCount` inputs, in memory taken from `arena`.
  @inlinable
  init(inputCount: Int, arena: inout TraceArena) {
    let stride = MemoryLayout<TraceEntry<T>>.stride
    let reused = arena.takeEntries()
    if let (memory, bytes) = reused, bytes >= 256 * stride {
      entries = memory.bindMemory(to: TraceEntry<T>.self, capacity: bytes / stride)
      capacity = bytes / stride
    } else {
      // None yet, or one too small for 256 entries of this scalar: start afresh.
      reused?.memory.deallocate()
      entries = .allocate(capacity: 256)
      capacity = 256
    }
    count = 0
    nextSlot = Int32(inputCount + 1)
    comparisons = nil
  }

  /// Gives the entries' memory back to `arena` for the next call.
  @inlinable
  func release(to arena: inout TraceArena) {
    arena.giveEntries(
      UnsafeMutableRawPointer(entries), bytes: capacity * MemoryLayout<TraceEntry<T>>.stride)
  }

  /// Appends an entry for a new output slot and returns the slot.
  @inlinable @inline(__always)
  mutating func record(_ lhs: Int32, _ lhsPartial: T, _ rhs: Int32, _ rhsPartial: T) -> Int32 {
    let slot = nextSlot
    nextSlot += 1
    append(output: slot, lhs, lhsPartial, rhs, rhsPartial)
    return slot
  }

  /// Appends an entry for an existing output slot (the inputs of an n-ary op).
  @inlinable @inline(__always)
  mutating func append(output: Int32, _ lhs: Int32, _ lhsPartial: T, _ rhs: Int32, _ rhsPartial: T)
  {
    if count == capacity { grow() }
    (entries + count).initialize(
      to: TraceEntry(
        output: output, lhs: lhs, rhs: rhs, lhsPartial: lhsPartial, rhsPartial: rhsPartial))
    count += 1
  }

  @inlinable @inline(never)
  mutating func grow() {
    precondition(capacity < Int(Int32.max) / 2, "a traced function of over a billion ops")
    let larger = UnsafeMutablePointer<TraceEntry<T>>.allocate(capacity: capacity * 2)
    larger.moveInitialize(from: entries, count: count)
    entries.deallocate()
    entries = larger
    capacity *= 2
  }
}

extension TraceRecording where T: BinaryFloatingPoint {
  /// Appends the entries of an op of `count` inputs, two inputs an entry, for a new
  /// output slot, and returns the slot. `input(i)` gives input i's slot and partial.
  @inlinable @inline(__always)
  mutating func record(count: Int, _ input: (Int) -> (slot: Int32, partial: T)) -> Int32 {
    let slot = nextSlot
    nextSlot += 1
    var i = 0
    while i + 1 < count {
      let (a, b) = (input(i), input(i + 1))
      append(output: slot, a.slot, a.partial, b.slot, b.partial)
      i += 2
    }
    if i < count {
      let a = input(i)
      append(output: slot, a.slot, a.partial, 0, 0)
    }
    return slot
  }

  /// Sweeps the entries backwards from `output`, and writes the adjoint of input i
  /// (slot i + 1) into `gradient[i]`.
  ///
  /// The adjoints are kept in memory from `arena`. An input the output does not depend
  /// on gets 0.
  @inlinable
  func sweep(
    from output: Int32, into gradient: UnsafeMutableBufferPointer<T>, arena: inout TraceArena
  ) {
    let slots = Int(nextSlot)
    let adjoints = arena.adjoints(count: slots, of: T.self)
    adjoints.initialize(repeating: 0, count: slots)
    adjoints[Int(output)] = 1
    var index = count
    while index > 0 {
      index -= 1
      let entry = entries[index]
      let g = adjoints[Int(entry.output)]
      adjoints[Int(entry.lhs)] += entry.lhsPartial * g
      adjoints[Int(entry.rhs)] += entry.rhsPartial * g
    }
    for i in gradient.indices { gradient[i] = adjoints[i + 1] }
  }
}
