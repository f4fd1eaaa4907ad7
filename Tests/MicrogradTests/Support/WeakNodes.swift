@testable import Micrograd

/// Weak references to the graph nodes behind some values, to see which are freed.
///
/// Holding a `WeakNodes` keeps nothing alive. Build the graph inside a function
/// that returns only this, and every node should be gone when it returns.
struct WeakNodes<T: BinaryFloatingPoint> {
  private final class Box {
    weak var node: Node<T>?
    init(_ node: Node<T>) { self.node = node }
  }

  private var boxes: [Box] = []

  init(_ values: [Var<T>] = []) {
    append(values)
  }

  /// Starts watching the nodes of `values`.
  mutating func append(_ values: [Var<T>]) {
    boxes += values.map { Box($0.node) }
  }

  /// The number of nodes watched.
  var count: Int { boxes.count }

  /// The number of watched nodes still alive.
  var alive: Int { boxes.filter { $0.node != nil }.count }
}
