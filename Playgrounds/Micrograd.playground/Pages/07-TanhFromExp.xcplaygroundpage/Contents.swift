//: [Previous](@previous) | [Next](@next)
/*:
 # 7. tanh, built from smaller ops

 How big an op is, is up to you. tanh can be one op with the local derivative 1 − o², or
 it can be written out as o = (e²ⁿ − 1) / (e²ⁿ + 1) with `exp`, `-`, `+` and `/`, each
 knowing only its own local derivative. The chain rule through the small ops gives the
 same gradients as the one big op.
 */
import Micrograd

/// Prints `value`, and stops the page if it is not within `tolerance` of `expected`.
func check(_ label: String, _ value: Double, equals expected: Double, tolerance: Double) {
  print("\(label) = \(value)")
  precondition(
    (value - expected).magnitude <= tolerance,
    "\(label) is \(value), expected \(expected) ± \(tolerance)")
}

let x1 = Var(2.0, label: "x1")
let x2 = Var(0.0, label: "x2")
let w1 = Var(-3.0, label: "w1")
let w2 = Var(1.0, label: "w2")
let b = Var(6.8813735870195432, label: "b")
let n = (x1 * w1 + x2 * w2 + b).labeled("n")

//: Constants mix freely with values: `2 * n` and `e - 1` need no wrapping in a `Var`.
let e = (2 * n).exp().labeled("e")
let o = ((e - 1) / (e + 1)).labeled("o")
o.backward()
check("o", o.data, equals: 0.7071, tolerance: 1e-4)

let expected = [(x1, -1.5), (w1, 1.0), (x2, 0.5), (w2, 0.0), (b, 0.5)]
for (leaf, value) in expected {
  check("do/d\(leaf.label)", leaf.grad, equals: value, tolerance: 1e-12)
}

//: The same numbers as page 5, where tanh was a single op:
let reference = (x1 * w1 + x2 * w2 + b).tanh()
check("tanh as one op", reference.data, equals: o.data, tolerance: 1e-15)
