// Drawing a graph, as the lecture's `draw_dot` does: one record per value with its
// label, data and grad, and one small node per op, laid out left to right.

extension Var {
  /// The graph that produced this value, in Graphviz's DOT language.
  ///
  /// Each value is a record `{ label | data … | grad … }` and each op an ellipse
  /// between its inputs and its result, laid out left to right. Node ids are
  /// sequence numbers in a deterministic walk of the graph, so the same graph
  /// gives the same text on every run. Render with `dot -Tsvg graph.dot -o graph.svg`.
  ///
  /// - Parameter decimals: How many decimals to show of `data` and `grad`;
  ///   four by default, as in the lecture.
  /// - Precondition: `decimals` is between 0 and 15.
  public func graphviz(decimals: Int = 4) -> String {
    precondition(
      (0...15).contains(decimals), "graphviz(decimals:) needs 0...15 decimals, got \(decimals)")
    // Number the nodes in a depth-first walk from this value; inputs are visited in
    // argument order, so the numbering is the same on every run.
    var ids = NumberedNodes<T>()
    defer { ids.deallocate() }
    var nodes: [Node<T>] = []
    node.walk(
      seen: &ids, leaves: true, firstInputFirst: true,
      entering: { ref, ids in
        ids[ref] = Int32(nodes.count)
        nodes.append(ref.takeUnretainedValue())
      },
      leaving: { _, _ in })

    var lines = ["digraph {", "  rankdir=LR;", "  node [shape=record];"]
    for (id, node) in nodes.enumerated() {
      let value = Var(node: node)
      let data = formatted(node.data, decimals: decimals)
      let grad = formatted(node.grad, decimals: decimals)
      let fields = [value.label, "data \(data)", "grad \(grad)"]
      let label = fields.map(escapeRecordField).joined(separator: " | ")
      lines.append("  v\(id) [label=\"{ \(label) }\"];")
      guard node.arity != .leaf else { continue }
      let name = escapeRecordField(value.operation)
      lines.append("  v\(id)_op [label=\"\(name)\", shape=ellipse];")
      lines.append("  v\(id)_op -> v\(id);")
      node.forEachInput { input, _ in
        lines.append("  v\(ids[input]!) -> v\(id)_op;")
      }
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }
}

/// Formats a number with a fixed number of decimals, as `%.Nf` would.
func formatted<T: BinaryFloatingPoint>(_ x: T, decimals: Int) -> String {
  let value = Double(x)
  if value.isNaN { return "nan" }
  if value.isInfinite { return value < 0 ? "-inf" : "inf" }
  var scale = 1.0
  for _ in 0..<decimals { scale *= 10 }
  let scaled = (value.magnitude * scale).rounded()
  guard scaled < 9e15 else { return "\(value)" }  // beyond exact integers: plain form
  let digits = String(Int64(scaled))
  let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
  let sign = value < 0 && scaled != 0 ? "-" : ""
  guard decimals > 0 else { return sign + padded }
  let split = padded.index(padded.endIndex, offsetBy: -decimals)
  return sign + padded[..<split] + "." + padded[split...]
}

/// Escapes the characters that DOT record labels treat specially.
private func escapeRecordField(_ text: String) -> String {
  var result = ""
  for character in text {
    if "{}|<>\"\\".contains(character) { result.append("\\") }
    if character == "\n" {
      result.append("\\n")
    } else {
      result.append(character)
    }
  }
  return result
}
