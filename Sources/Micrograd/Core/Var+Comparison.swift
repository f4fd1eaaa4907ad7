// Comparisons of `Var`s compare their `data`. While a ``Tape`` records a closure,
// each comparison is also logged, and becomes a check at every replay.

extension Var {
  @usableFromInline
  static func compare(_ comparison: Comparison, _ lhs: Any, _ l: T, _ rhs: Any, _ r: T) -> Bool {
    let result = comparison.evaluate(l, r)
    if let log = Recording.log {
      func name(_ side: Any, _ value: T) -> String {
        guard let node = side as? Node<T> else { return "\(value)" }
        return node.label.isEmpty ? "Var(\(value))" : node.label
      }
      log.comparisons.append(
        RecordedComparison(
          lhs: lhs, rhs: rhs, comparison: comparison, result: result,
          text: "\(name(lhs, l)) \(comparison.rawValue) \(name(rhs, r))", site: .here()))
    }
    return result
  }

  /// Whether `lhs.node.data < rhs.node.data`; checked at every replay of a recording tape.
  @inlinable
  public static func < (lhs: Var, rhs: Var) -> Bool {
    compare(.less, lhs.node, lhs.node.data, rhs.node, rhs.node.data)
  }
  /// Whether `lhs.node.data <= rhs.node.data`; checked at every replay of a recording tape.
  @inlinable
  public static func <= (lhs: Var, rhs: Var) -> Bool {
    compare(.lessOrEqual, lhs.node, lhs.node.data, rhs.node, rhs.node.data)
  }
  /// Whether `lhs.node.data > rhs.node.data`; checked at every replay of a recording tape.
  @inlinable
  public static func > (lhs: Var, rhs: Var) -> Bool {
    compare(.greater, lhs.node, lhs.node.data, rhs.node, rhs.node.data)
  }
  /// Whether `lhs.node.data >= rhs.node.data`; checked at every replay of a recording tape.
  @inlinable
  public static func >= (lhs: Var, rhs: Var) -> Bool {
    compare(.greaterOrEqual, lhs.node, lhs.node.data, rhs.node, rhs.node.data)
  }
  /// Whether `lhs.node.data == rhs.node.data`; checked at every replay of a recording tape.
  @inlinable
  public static func == (lhs: Var, rhs: Var) -> Bool {
    compare(.equal, lhs.node, lhs.node.data, rhs.node, rhs.node.data)
  }

  /// Whether `lhs.node.data < rhs`; checked at every replay of a recording tape.
  @inlinable
  public static func < (lhs: Var, rhs: T) -> Bool {
    compare(.less, lhs.node, lhs.node.data, rhs, rhs)
  }
  /// Whether `lhs.node.data <= rhs`; checked at every replay of a recording tape.
  @inlinable
  public static func <= (lhs: Var, rhs: T) -> Bool {
    compare(.lessOrEqual, lhs.node, lhs.node.data, rhs, rhs)
  }
  /// Whether `lhs.node.data > rhs`; checked at every replay of a recording tape.
  @inlinable
  public static func > (lhs: Var, rhs: T) -> Bool {
    compare(.greater, lhs.node, lhs.node.data, rhs, rhs)
  }
  /// Whether `lhs.node.data >= rhs`; checked at every replay of a recording tape.
  @inlinable
  public static func >= (lhs: Var, rhs: T) -> Bool {
    compare(.greaterOrEqual, lhs.node, lhs.node.data, rhs, rhs)
  }
  /// Whether `lhs.node.data == rhs`; checked at every replay of a recording tape.
  @inlinable
  public static func == (lhs: Var, rhs: T) -> Bool {
    compare(.equal, lhs.node, lhs.node.data, rhs, rhs)
  }

  /// Whether `lhs < rhs.node.data`; checked at every replay of a recording tape.
  @inlinable
  public static func < (lhs: T, rhs: Var) -> Bool {
    compare(.less, lhs, lhs, rhs.node, rhs.node.data)
  }
  /// Whether `lhs <= rhs.node.data`; checked at every replay of a recording tape.
  @inlinable
  public static func <= (lhs: T, rhs: Var) -> Bool {
    compare(.lessOrEqual, lhs, lhs, rhs.node, rhs.node.data)
  }
  /// Whether `lhs > rhs.node.data`; checked at every replay of a recording tape.
  @inlinable
  public static func > (lhs: T, rhs: Var) -> Bool {
    compare(.greater, lhs, lhs, rhs.node, rhs.node.data)
  }
  /// Whether `lhs >= rhs.node.data`; checked at every replay of a recording tape.
  @inlinable
  public static func >= (lhs: T, rhs: Var) -> Bool {
    compare(.greaterOrEqual, lhs, lhs, rhs.node, rhs.node.data)
  }
  /// Whether `lhs == rhs.node.data`; checked at every replay of a recording tape.
  @inlinable
  public static func == (lhs: T, rhs: Var) -> Bool {
    compare(.equal, lhs, lhs, rhs.node, rhs.node.data)
  }
}
