//: [Previous](@previous) | [Next](@next)
/*:
 # 4. Backpropagation by hand

 Backpropagation fills in `grad` on every value: the derivative of the output L with
 respect to that value. Start at L, where dL/dL = 1, and walk back. Each op knows its
 *local* derivative (for L = d·f, ∂L/∂d = f), and the chain rule multiplies the local
 derivatives along the path: dL/da = dL/de · de/da.
 */
import Micrograd

/// Prints `value`, and stops the page if it is not within `tolerance` of `expected`.
func check(_ label: String, _ value: Double, equals expected: Double, tolerance: Double) {
  print("\(label) = \(value)")
  precondition(
    (value - expected).magnitude <= tolerance,
    "\(label) is \(value), expected \(expected) ± \(tolerance)")
}

let a = Var(2.0, label: "a")
let b = Var(-3.0, label: "b")
let c = Var(10.0, label: "c")
let e = (a * b).labeled("e")
let d = (e + c).labeled("d")
let f = Var(-2.0, label: "f")
let L = (d * f).labeled("L")
check("L", L.data, equals: -8, tolerance: 0)

L.grad = 1
d.grad = f.data * L.grad  // L = d·f: ∂L/∂d = f
f.grad = d.data * L.grad  //          ∂L/∂f = d
c.grad = 1 * d.grad  // d = e + c: a sum passes the gradient on unchanged
e.grad = 1 * d.grad
a.grad = b.data * e.grad  // e = a·b: ∂e/∂a = b
b.grad = a.data * e.grad  //          ∂e/∂b = a

check("dL/da", a.grad, equals: 6, tolerance: 0)
check("dL/db", b.grad, equals: -4, tolerance: 0)
check("dL/dc", c.grad, equals: -2, tolerance: 0)
check("dL/de", e.grad, equals: -2, tolerance: 0)
check("dL/dd", d.grad, equals: -2, tolerance: 0)
check("dL/df", f.grad, equals: 4, tolerance: 0)

/*:
 Check each leaf numerically, as the lecture's `lol()` does: rebuild L with that leaf
 nudged by h, and compare the slope with the gradient filled in by hand.
 */
let point = [2.0, -3.0, 10.0, -2.0]  // a, b, c, f
func loss(_ x: [Double]) -> Double { ((Var(x[0]) * Var(x[1]) + Var(x[2])) * Var(x[3])).data }
let h = 0.0001
for (i, leaf) in [a, b, c, f].enumerated() {
  var nudged = point
  nudged[i] += h
  let slope = (loss(nudged) - loss(point)) / h
  check("slope in \(leaf.label)", slope, equals: leaf.grad, tolerance: 1e-6)
}

/*:
 A gradient says which way to move a leaf to make L grow. Nudge every leaf a little in
 the direction of its gradient, run the forward pass again, and L goes up from −8.
 */
for leaf in [a, b, c, f] { leaf.data += 0.01 * leaf.grad }
check("L after one step", ((a * b + c) * f).data, equals: -7.286496, tolerance: 1e-12)
