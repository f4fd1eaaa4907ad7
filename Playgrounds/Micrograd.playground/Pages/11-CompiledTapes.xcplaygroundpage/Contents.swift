//: [Previous](@previous) | [Next](@next)
/*:
 # 11. Record once, replay many times

 A training loop builds the same graph at every step: the same ops on the same values,
 only the numbers change. Building it costs far more than the arithmetic, one heap
 node per op. A **compiled tape** records the graph once, as a flat list of ops, and
 then replays the forward and backward passes at whatever numbers the leaves hold now.
 */
import Micrograd

/// Prints `value`, and stops the page if it is not `expected` exactly.
func check(_ label: String, _ value: Double, equals expected: Double) {
  print("\(label) = \(value)")
  precondition(value == expected, "\(label) is \(value), expected \(expected)")
}

//: Build the neuron of page 5 once, from leaves, and compile it.
let x1 = Var(2.0, label: "x1")
let x2 = Var(0.0, label: "x2")
let w1 = Var(-3.0, label: "w1")
let w2 = Var(1.0, label: "w2")
let b = Var(6.8813735870195432, label: "b")
let o = (x1 * w1 + x2 * w2 + b).tanh()
let tape = o.compile()
print("the tape has \(tape.count) ops over \(tape.leafCount) leaves")
precondition(tape.count == 5 && tape.leafCount == 5, "5 ops: 2 products, 2 sums, tanh")

/*:
 The leaves are still your `Var`s. Change their `data` (an optimizer does that), then
 `forward()` recomputes every value and `backward()` adds the gradients to the leaves'
 `grad`, exactly as a graph built fresh at those numbers would, bit for bit.
 */
w1.data = -1
let replayed = tape.forward()
tape.backward()

let (f1, f2, fw1, fw2, fb) = (Var(2.0), Var(0.0), Var(-1.0), Var(1.0), Var(b.data))
let fresh = (f1 * fw1 + f2 * fw2 + fb).tanh()
fresh.backward()
check("replayed o", replayed, equals: fresh.data)
check("replayed ∂o/∂w1", w1.grad, equals: fw1.grad)
check("replayed ∂o/∂b", b.grad, equals: fb.grad)
//: The interior values of the recorded graph are not updated: read results from the tape.
print("o.data is still \(o.data), the tape's value is \(tape.value)")
precondition(o.data != tape.value, "a replay does not write to the recorded graph")

/*:
 Training is then a loop of replays. Here the neuron, back at w1 = −3, learns to output
 0.5 at this input, by gradient descent on (o − 0.5)², recorded once:
 */
w1.data = -3
let loss = (o - 0.5).pow(2)
let training = loss.compile()
for _ in 0..<50 {
  for p in [w1, w2, b] { p.grad = 0 }
  training.forward()
  training.backward()
  for p in [w1, w2, b] { p.data -= 0.5 * p.grad }
}
print("loss after 50 replayed steps: \(training.forward())")
precondition(training.value < 1e-5, "the replayed training should bring the loss near 0")

/*:
 ## Branches

 A replay runs the recorded ops. Ops that choose, such as `relu`, `abs` and
 `Var.select`, decide again at every replay, so they are always right. But an `if` in
 *your* code chose one branch when the graph was built: the tape only knows that
 branch. Record through a closure with `Tape { ... }` and every comparison of `Var`s
 inside it becomes a check; when one comes out differently, the tape records the
 closure again by default.
 */
let a = Var(1.0, label: "a")
let c = Var(2.0, label: "c")
let branchy = Tape { a < c ? a * c : a + c }
check("a < c: a·c", branchy.value, equals: 2)
a.data = 5
check("a > c now: a + c", branchy.forward(), equals: 7)
print(branchy.branchChanges[0])
precondition(branchy.reRecordings == 1, "the changed comparison records the closure again")

//: `select` picks by a comparison inside the graph, so it needs no check at all.
let chooser = Tape { Var.select(a, .less, c, then: a * c, else: a + c) }
a.data = 1
check("select at a = 1", chooser.forward(), equals: 2)
precondition(chooser.checkCount == 0 && chooser.reRecordings == 0, "nothing to check")
