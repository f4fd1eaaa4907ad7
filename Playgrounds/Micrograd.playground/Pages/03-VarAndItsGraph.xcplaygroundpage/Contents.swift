//: [Previous](@previous) | [Next](@next)
/*:
 # 3. `Var` and its graph

 `Var` is micrograd's `Value`: a number that remembers the op that produced it and the
 values it came from. Building an expression builds a graph. Labels name the values,
 as in the lecture, so that the drawing is readable.
 */
import Micrograd

/// Stops the page with `message` unless `condition` holds.
func check(_ condition: Bool, _ message: String) {
  precondition(condition, message)
}

let a = Var(2.0, label: "a")
let b = Var(-3.0, label: "b")
let c = Var(10.0, label: "c")
let e = (a * b).labeled("e")
let d = (e + c).labeled("d")
let f = Var(-2.0, label: "f")
let L = (d * f).labeled("L")

print(L)  // Var(L: data=-8.0, grad=0.0)
check(L.data == -8, "L should be -8, got \(L.data)")

//: Each value knows its op (micrograd's `_op`) and its inputs (`_prev`), in order.
print(d.operation, d.inputs.map(\.label))  // + ["e", "c"]
check(d.operation == "+" && d.inputs.map(\.label) == ["e", "c"], "d should be e + c")
check(a.isLeaf && !d.isLeaf, "a is a leaf; d is the result of an op")

/*:
 The lecture draws graphs with `draw_dot`; here `graphviz()` returns the same drawing
 as text in Graphviz's DOT language: one record `{ label | data | grad }` per value and
 one oval per op, left to right. Save the text to `L.dot` and run
 `dot -Tsvg L.dot -o L.svg`, or paste it into any online Graphviz viewer.
 */
let dot = L.graphviz()
print(dot, terminator: "")
check(dot.contains("{ L | data -8.0000 | grad 0.0000 }"), "the drawing should show L")
let ops = dot.split(separator: "\n").filter { $0.contains("shape=ellipse") }
check(ops.count == 3, "the drawing should have three ops, *, + and *")
