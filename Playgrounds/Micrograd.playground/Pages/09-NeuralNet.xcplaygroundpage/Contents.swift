//: [Previous](@previous) | [Next](@next)
/*:
 # 9. A neural net, and the forgotten `zeroGrad()`

 A `Neuron` is page 5's neuron with its weights and bias as parameters: tanh(w · x + b).
 A `Layer` is a row of neurons that all see the same inputs, and an `MLP` chains layers.
 The lecture's network, `MLP(3, [4, 4, 1])`, takes three inputs through two layers of
 four tanh neurons to one tanh output: (3 + 1)·4 + (4 + 1)·4 + (4 + 1)·1 = 41 parameters.
 The seed fixes the random initial weights.
 */
import Micrograd
import MicrogradNN

/// Prints `value`, and stops the page if it is not within `tolerance` of `expected`.
func check(_ label: String, _ value: Double, equals expected: Double, tolerance: Double) {
  print("\(label) = \(value)")
  precondition(
    (value - expected).magnitude <= tolerance,
    "\(label) is \(value), expected \(expected) ± \(tolerance)")
}

let model = MLP<Double>(3, [4, 4, 1], hidden: .tanh, output: .tanh, seed: 1)
print(model, "has", model.parameterCount, "parameters")
precondition(model.parameterCount == 41, "MLP(3, [4, 4, 1]) should have 41 parameters")

//: The lecture's four examples, and the targets it wants the network to output for them.
let data = Dataset<Double>.lectureExample
let xs = data.inputs  // [[2, 3, -1], [3, -1, 0.5], [0.5, 1, 1], [1, 1, -1]]
let ys = data.signedLabels
print("ys =", ys)
precondition(ys == [1, -1, -1, 1], "the lecture's targets are [1, -1, -1, 1], got \(ys)")

/*:
 Training is the lecture's loop: a forward pass over the four examples, the loss (the
 sum of the squared errors: `meanSquaredError` with `reduction: .sum`), zero the
 gradients, `backward()`, and a small step of every parameter against its gradient.
 */
func train(_ model: MLP<Double>, steps: Int, zeroGrad: Bool) -> [Double] {
  var losses: [Double] = []
  for _ in 0..<steps {
    let ypred = xs.map { model($0)[0] }
    let loss = meanSquaredError(ypred, ys, reduction: .sum)
    if zeroGrad { model.zeroGrad() }
    loss.backward()
    for p in model.parameters() { p.data += -0.05 * p.grad }
    losses.append(loss.data)
  }
  return losses
}

let losses = train(model, steps: 100, zeroGrad: true)
for k in [0, 20, 40, 60, 80, 99] { print("step \(k): loss \(losses[k])") }
precondition(
  (losses[0] - 5.0721).magnitude < 1e-4, "the first loss is \(losses[0]), expected 5.0721")
precondition(losses[99] < 0.01, "the loss should end below 0.01, got \(losses[99])")
//: The four predictions are now close to the targets.
for (x, y) in zip(xs, ys) {
  check("prediction for \(x)", model.evaluate(x)[0], equals: y, tolerance: 0.05)
}

/*:
 ## Forgetting `zeroGrad()`

 `backward()` adds to `grad` (page 6), so without `zeroGrad()` every step's gradient
 piles on top of all the earlier ones. The steps no longer shrink as the loss does: the
 weights grow and grow, the tanh units saturate at ±1, and the net swings between luck
 and failure. Here it even looks better for a while, then flips and outputs +1 for all
 four examples: two of them wrong, a loss near 2² + 2² = 8.
 */
let buggy = MLP<Double>(3, [4, 4, 1], hidden: .tanh, output: .tanh, seed: 1)
let buggyLosses = train(buggy, steps: 100, zeroGrad: false)
for k in [0, 20, 40, 60, 99] {
  print("step \(k): loss \(losses[k]) with zeroGrad, \(buggyLosses[k]) without")
}
check("loss at step 99 without zeroGrad", buggyLosses[99], equals: 8, tolerance: 0.01)
precondition(
  buggyLosses[99] != losses[99] && buggyLosses[99] > 100 * losses[99],
  "forgetting zeroGrad should give a different, worse result")

func largestWeight(_ model: MLP<Double>) -> Double {
  model.parameters().map { $0.data.magnitude }.max()!
}
check("largest |parameter| with zeroGrad", largestWeight(model), equals: 1.41, tolerance: 0.01)
check("largest |parameter| without", largestWeight(buggy), equals: 35.4, tolerance: 0.1)
