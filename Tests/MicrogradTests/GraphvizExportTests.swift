import Micrograd
import Testing

/// The DOT export: the lecture's `draw_dot` as text.
@Suite("Graphviz export")
struct GraphvizExportTests {
  /// The lines of `dot` that declare a value's record.
  static func records(_ dot: String) -> [Substring] {
    dot.split(separator: "\n").filter { $0.contains("[label=\"{") }
  }

  /// The lines of `dot` that declare an op node.
  static func opNodes(_ dot: String) -> [Substring] {
    dot.split(separator: "\n").filter { $0.contains("_op [label=") }
  }

  /// The lines of `dot` that are edges.
  static func edges(_ dot: String) -> [Substring] {
    dot.split(separator: "\n").filter { $0.contains(" -> ") }
  }

  @Test("a small graph, line by line")
  func exactText() {
    let a = Var(2.0, label: "a")
    let b = Var(-3.0, label: "b")
    let c = (a * b).labeled("c")
    c.backward()
    let expected = """
      digraph {
        rankdir=LR;
        node [shape=record];
        v0 [label="{ c | data -6.0000 | grad 1.0000 }"];
        v0_op [label="*", shape=ellipse];
        v0_op -> v0;
        v1 -> v0_op;
        v2 -> v0_op;
        v1 [label="{ a | data 2.0000 | grad -3.0000 }"];
        v2 [label="{ b | data -3.0000 | grad 2.0000 }"];
      }

      """
    #expect(c.graphviz() == expected)
  }

  @Test("the lecture's neuron: one record per value, one op node per op")
  func neuron() {
    let x1 = Var(2.0, label: "x1")
    let x2 = Var(0.0, label: "x2")
    let w1 = Var(-3.0, label: "w1")
    let w2 = Var(1.0, label: "w2")
    let b = Var(6.8813735870195432, label: "b")
    let x1w1 = (x1 * w1).labeled("x1*w1")
    let x2w2 = (x2 * w2).labeled("x2*w2")
    let sum = (x1w1 + x2w2).labeled("x1*w1 + x2*w2")
    let n = (sum + b).labeled("n")
    let o = n.tanh().labeled("o")
    o.backward()
    let dot = o.graphviz()
    #expect(dot.hasPrefix("digraph {\n  rankdir=LR;\n"))
    #expect(dot.hasSuffix("}\n"))
    let records = Self.records(dot)
    #expect(records.count == 10)
    for value in [x1, x2, w1, w2, b, x1w1, x2w2, sum, n, o] {
      let matching = records.filter { $0.contains("{ \(value.label) | data ") }
      #expect(matching.count == 1, "\(value.label)")
    }
    #expect(records.contains { $0.contains("{ o | data 0.7071 | grad 1.0000 }") })
    #expect(records.contains { $0.contains("{ x1 | data 2.0000 | grad -1.5000 }") })
    #expect(records.contains { $0.contains("{ w2 | data 1.0000 | grad 0.0000 }") })
    let ops = Self.opNodes(dot)
    #expect(ops.count == 5)
    #expect(ops.filter { $0.contains("label=\"*\"") }.count == 2)
    #expect(ops.filter { $0.contains("label=\"+\"") }.count == 2)
    #expect(ops.filter { $0.contains("label=\"tanh\"") }.count == 1)
    // Each op: an edge to its result, and one from each input.
    #expect(Self.edges(dot).count == 5 + 2 + 2 + 2 + 2 + 1)
  }

  @Test("a shared value is drawn once, with one edge per use")
  func sharedValue() {
    let a = Var(3.0, label: "a")
    let b = a * a
    let c = b + b.tanh()
    let dot = c.graphviz()
    #expect(Self.records(dot).count == 4)
    #expect(Self.opNodes(dot).count == 3)
    // Ids: c = v0, b = v1, a = v2, tanh(b) = v3.
    #expect(dot.contains("v2 [label=\"{ a | data 3.0000"))
    #expect(
      Self.edges(dot).filter { $0.hasPrefix("  v2 -> ") } == ["  v2 -> v1_op;", "  v2 -> v1_op;"])
    #expect(Self.edges(dot).filter { $0.hasPrefix("  v1 -> ") }.count == 2)
  }

  @Test("the same graph gives the same text, run after run and built twice")
  func deterministic() {
    func build() -> Var<Double> {
      let x = Var(0.5, label: "x")
      let y = Var(-1.5, label: "y")
      let z = (x * y + x.exp()).labeled("z")
      return (Var.sum([z, y, z]) / x).tanh()
    }
    let first = build()
    let second = build()
    #expect(first.graphviz() == first.graphviz())
    #expect(first.graphviz() == second.graphviz())
    first.backward()
    second.backward()
    #expect(first.graphviz() == second.graphviz())
  }

  @Test("record-special characters in labels are escaped")
  func escaping() {
    let a = Var(1.0, label: #"a{b}|c<d>"e"\f"#)
    let dot = a.graphviz()
    #expect(dot.contains(#"v0 [label="{ a\{b\}\|c\<d\>\"e\"\\f | data 1.0000 | grad 0.0000 }"];"#))
    let multiline = Var(1.0, label: "two\nlines").graphviz()
    #expect(multiline.contains(#"{ two\nlines | data"#))
  }

  @Test("decimals, negative zero and non-finite numbers")
  func numberFormatting() {
    let a = Var(2.0 / 3.0, label: "a")
    #expect(a.graphviz(decimals: 2).contains("{ a | data 0.67 | grad 0.00 }"))
    #expect(a.graphviz(decimals: 0).contains("{ a | data 1 | grad 0 }"))
    #expect(Var(-0.00001).graphviz().contains("data 0.0000"))
    #expect(Var(-1.23456).graphviz().contains("data -1.2346"))
    #expect(Var(Double.nan).graphviz().contains("data nan"))
    #expect(Var(-Double.infinity).graphviz().contains("data -inf"))
    #expect(Var(Float(1.5)).graphviz().contains("data 1.5000"))
  }
}
