//: [Previous](@previous) | [Next](@next)
/*:
 # 6. The topological sort, and the `a + a` bug

 A value may pass its gradient back only once everything that uses it has passed back
 theirs. A topological sort lists the values so that each comes after its inputs;
 walking that list backwards is a valid order for backpropagation. Here is the
 lecture's `build_topo`, written with the public `inputs` of a `Var`.
 */
import Micrograd

/// Prints `value`, and stops the page if it is not within `tolerance` of `expected`.
func check(_ label: String, _ value: Double, equals expected: Double, tolerance: Double) {
  print("\(label) = \(value)")
  precondition(
    (value - expected).magnitude <= tolerance,
    "\(label) is \(value), expected \(expected) ± \(tolerance)")
}

func topologicalOrder(_ root: Var<Double>) -> [Var<Double>] {
  var order: [Var<Double>] = []
  var visited: Set<ObjectIdentifier> = []
  func build(_ v: Var<Double>) {
    guard visited.insert(v.id).inserted else { return }
    for input in v.inputs { build(input) }
    order.append(v)
  }
  build(root)
  return order
}

let x = Var(2.0, label: "x")
let w = Var(-3.0, label: "w")
let y = (x * w + 1).tanh().labeled("y")
print(topologicalOrder(y).map(\.data))  // x, w, x·w, x·w + 1, y

/*:
 Backpropagation is then one loop: for each value, from the output back, pass
 `partial · grad` to each input. The lecture first wrote `=` there, and a value used
 twice, as in b = a + a, got only the last of its two contributions: db/da came out 1
 instead of 2. The multivariable chain rule says contributions *add*, so the fix is `+=`.
 */
func backpropagate(_ root: Var<Double>, accumulating: Bool) {
  root.zeroGrad()
  root.grad = 1
  for v in topologicalOrder(root).reversed() {
    for (input, partial) in zip(v.inputs, v.localGradients) {
      if accumulating {
        input.grad += partial * v.grad
      } else {
        input.grad = partial * v.grad  // the bug
      }
    }
  }
}

let a = Var(3.0, label: "a")
let sum = a + a
backpropagate(sum, accumulating: false)
check("db/da with =", a.grad, equals: 1, tolerance: 0)
backpropagate(sum, accumulating: true)
check("db/da with +=", a.grad, equals: 2, tolerance: 0)

//: The lecture's second example: f = (p·q)·(p + q) at p = −2, q = 3 uses both twice.
let p = Var(-2.0, label: "p")
let q = Var(3.0, label: "q")
let product = (p * q) * (p + q)
backpropagate(product, accumulating: true)
check("df/dp with +=", p.grad, equals: -3, tolerance: 0)
check("df/dq with +=", q.grad, equals: -8, tolerance: 0)

/*:
 The engine accumulates, so `backward()` gets both right. It also sorts without
 recursion, with an explicit stack, so a chain of a million values does not overflow the
 stack the way the recursive `build` above (and micrograd's) would.
 */
sum.zeroGrad()
sum.backward()
check("backward(): db/da", a.grad, equals: 2, tolerance: 0)
product.zeroGrad()
product.backward()
check("backward(): df/dp", p.grad, equals: -3, tolerance: 0)
check("backward(): df/dq", q.grad, equals: -8, tolerance: 0)
