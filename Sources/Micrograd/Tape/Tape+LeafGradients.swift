// Gradients that stay in the tape: back-propagation that writes no leaf's `grad`, so
// that tapes sharing their leaves (a model's parameters) can replay on several
// threads at once, and their gradients be summed afterwards in an order the caller
// fixes.

/// Where a list of `Var`s sits among the leaves of one ``Tape``: made once with
/// ``Tape/leafPositions(of:)``, then used at every
/// ``Tape/backward(writingGradientsOf:into:)``.
public struct TapeLeafPositions: Sendable, Hashable {
  /// For each `Var` asked about, its leaf slot in the tape, or −1 if the tape does not
  /// read it.
  @usableFromInline let slots: [Int]

  @usableFromInline
  init(slots: [Int]) { self.slots = slots }

  /// The number of `Var`s asked about.
  @inlinable
  public var count: Int { slots.count }
}

extension Tape {
  /// The positions of `leaves` among the leaves this tape reads, for
  /// ``backward(writingGradientsOf:into:)``.
  ///
  /// A `Var` that the recorded output does not depend on gets no position, and its
  /// gradient is 0.
  ///
  /// - Complexity: O(*n* + *m*) for *n* leaves of the tape and *m* `Var`s asked about.
  public func leafPositions(of leaves: [Var<T>]) -> TapeLeafPositions {
    var slotOfLeaf: [ObjectIdentifier: Int] = [:]
    slotOfLeaf.reserveCapacity(program.leaves.count)
    for (slot, leaf) in program.leaves.enumerated() { slotOfLeaf[ObjectIdentifier(leaf)] = slot }
    return TapeLeafPositions(slots: leaves.map { slotOfLeaf[ObjectIdentifier($0.node)] ?? -1 })
  }

  /// Back-propagates through the tape, and writes d(output)/d(leaf) of the leaves at
  /// `positions` into `gradient`, in their order, without reading or writing any
  /// leaf's `grad`.
  ///
  /// ```swift
  /// let positions = tape.leafPositions(of: parameters)
  /// var gradient = [Double](repeating: 0, count: parameters.count)
  /// tape.forward()
  /// tape.backward(writingGradientsOf: positions, into: &gradient)
  /// ```
  ///
  /// The numbers are those ``backward()`` would add to each leaf's `grad`. Because
  /// nothing outside the tape is written, two tapes that share leaves may replay
  /// (``forward()`` and this method) on two threads at the same time, as long as no
  /// thread writes the leaves' `data` meanwhile. Each tape itself is still for one
  /// thread at a time.
  ///
  /// - Precondition: `positions` was made by this tape (and the tape has not recorded
  ///   again since), and `gradient.count == positions.count`.
  @inlinable
  public func backward(writingGradientsOf positions: TapeLeafPositions, into gradient: inout [T]) {
    precondition(
      gradient.count == positions.count,
      "\(positions.count) positions need as many gradients, not \(gradient.count)")
    program.backwardAdjoints()
    let adjoints = program.adjoints
    for (i, slot) in positions.slots.enumerated() {
      precondition(slot < program.leaves.count, "leaf positions of another tape")
      gradient[i] = slot >= 0 ? adjoints[slot] : 0
    }
  }
}

extension TapeProgram {
  /// The adjoint of every slot, for an output adjoint of 1; leaves untouched.
  @inlinable
  func backwardAdjoints() {
    adjoints.update(repeating: 0)
    adjoints[outputSlot] = 1
    backwardEntries()
  }
}
