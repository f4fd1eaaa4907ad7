//: [Previous](@previous) | [Next](@next)
/*:
 # 5. A neuron

 A neuron multiplies each input by a weight, adds a bias, and squashes the sum with an
 activation function, here tanh: o = tanh(x1·w1 + x2·w2 + b). The lecture picks
 b = 6.8813735870195432 so that n = ln(1 + √2) and o = tanh(n) = 1/√2 ≈ 0.7071.
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
let x1w1 = (x1 * w1).labeled("x1w1")
let x2w2 = (x2 * w2).labeled("x2w2")
let x1w1x2w2 = (x1w1 + x2w2).labeled("x1w1 + x2w2")
let n = (x1w1x2w2 + b).labeled("n")
let o = n.tanh().labeled("o")
check("o", o.data, equals: 0.7071, tolerance: 1e-4)

//: By hand, from o back to the leaves. The only new local derivative is tanh′(n) = 1 − o².
o.grad = 1
n.grad = (1 - o.data * o.data) * o.grad
b.grad = n.grad
x1w1x2w2.grad = n.grad
x1w1.grad = x1w1x2w2.grad
x2w2.grad = x1w1x2w2.grad
x1.grad = w1.data * x1w1.grad
w1.grad = x1.data * x1w1.grad
x2.grad = w2.data * x2w2.grad
w2.grad = x2.data * x2w2.grad

let expected = [(x1, -1.5), (w1, 1.0), (x2, 0.5), (w2, 0.0), (b, 0.5)]
for (leaf, value) in expected {
  check("by hand: do/d\(leaf.label)", leaf.grad, equals: value, tolerance: 1e-12)
}

/*:
 `backward()` does the same walk for any graph. Gradients accumulate (page 6 shows why),
 so first reset the ones filled in by hand with `zeroGrad()`, which clears `grad` on
 every value that o depends on.
 */
o.zeroGrad()
o.backward()
for (leaf, value) in expected {
  check("backward(): do/d\(leaf.label)", leaf.grad, equals: value, tolerance: 1e-12)
}
