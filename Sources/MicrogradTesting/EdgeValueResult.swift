/// What `checkEdgeValues(of:)` found: the value and gradient at every
/// edge case, and which broke "NaN in gives NaN out".
public struct EdgeValueResult<T: BinaryFloatingPoint>: CustomStringConvertible {
  /// One edge case: an edge value in one input, the others at the base point.
  public struct Row {
    /// The point.
    public var point: [T]
    /// The function's value there.
    public var value: T
    /// The reverse-mode gradient there.
    public var gradient: [T]
    /// What is wrong, if anything.
    public var problem: String?
  }

  /// The name of the function or op checked.
  public var name: String
  /// Every edge case, in order.
  public var rows: [Row] = []

  /// The rows with a problem.
  public var failures: [Row] { rows.filter { $0.problem != nil } }

  /// Whether every edge case ran and a NaN input gave a NaN value.
  public var passed: Bool { failures.isEmpty }

  /// A table of every edge case, problems first.
  public var description: String {
    let verdict = passed ? "passed" : "FAILED (\(failures.count) of \(rows.count))"
    let lines = (failures + rows.filter { $0.problem == nil }).map { row in
      "  x = \(format(row.point)): value \(format(row.value)), gradient "
        + format(row.gradient) + (row.problem.map { "  <- \($0)" } ?? "")
    }
    return (["\(name) (\(T.self)) edge values \(verdict):"] + lines).joined(separator: "\n")
  }
}
