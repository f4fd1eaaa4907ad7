// The compiler as what the shared post-order walk has seen: a node is seen once it has a
// slot (`pending` until its entry is appended), and every use of an interior node is
// counted on the way, for the fusions that need a value with one use.

extension TapeBuilder: SeenNodes {
  @inlinable @inline(__always)
  mutating func insert(_ node: Unmanaged<Node<T>>) -> Bool {
    guard slots.value(for: node.address) == nil else { return false }
    slots.set(Self.pending, for: node.address)
    return true
  }

  @inlinable @inline(__always)
  mutating func shouldVisit(_ node: Unmanaged<Node<T>>, leaves: Bool) -> Bool {
    guard node._withUnsafeGuaranteedRef({ $0.arity != .leaf }) else { return false }
    uses.set((uses.value(for: node.address) ?? 0) + 1, for: node.address)
    return slots.value(for: node.address) == nil
  }
}
