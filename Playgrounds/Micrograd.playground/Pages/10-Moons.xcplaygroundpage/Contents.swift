//: [Previous](@previous) | [Next](@next)
/*:
 # 10. The moons demo

 micrograd's demo trains a bigger net on a real-looking task: 100 points in two
 interleaving half moons, with Gaussian noise 0.1, to be told apart by a
 `MLP(2, [16, 16, 1])`: ReLU hidden layers and a linear output, whose sign is the class.
 The seeds are those of `micrograd train`: the data come from stream 0 of seed 1, the
 initial weights from stream 1.
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

var dataGenerator = SeededGenerator(seed: 1, stream: 0)
let data = Dataset<Double>.moons(samples: 100, noise: 0.1, using: &dataGenerator)
var weightGenerator = SeededGenerator(seed: 1, stream: 1)
let model = MLP<Double>(2, [16, 16, 1], using: &weightGenerator)
print(data.name, "and", model, "with", model.parameterCount, "parameters")
precondition(model.parameterCount == 337, "MLP(2, [16, 16, 1]) should have 337 parameters")

/*:
 The loss is the SVM max-margin ("hinge") loss, mean of max(0, 1 − yᵢ·scoreᵢ) with the
 labels as ±1, plus 1e-4 · Σ p² to keep the weights small. Every step uses all 100
 points, and `SGD` makes micrograd's update `p.data -= lr * p.grad` with a learning rate
 that falls from 1.0 to 0.109: `lr = 1.0 − 0.9·k/100`. A point counts as right when
 its score has the sign of its label.
 */
var optimizer = SGD(model.parameters(), learningRate: 1.0)
let labels = data.signedLabels
var losses: [Double] = []
var accuracies: [Double] = []
for k in 0..<100 {
  let scores = data.inputs.map { model($0)[0] }
  let loss = hingeLoss(scores, labels) + l2Penalty(model.parameters(), strength: 1e-4)
  model.zeroGrad()
  loss.backward()
  optimizer.learningRate = 1.0 - 0.9 * Double(k) / 100
  optimizer.step()
  losses.append(loss.data)
  accuracies.append(accuracy(scores: scores.map(\.data), labels: data.labels))
}
for step in [1, 10, 20, 30, 50, 100] {
  print("step \(step): loss \(losses[step - 1]), accuracy \(accuracies[step - 1] * 100)%")
}
//: These are the numbers that `micrograd train` prints, step for step.
precondition(
  (losses[0] - 1.8704).magnitude < 1e-4, "the first loss is \(losses[0]), expected 1.8704")
precondition(
  (losses[99] - 0.0128).magnitude < 1e-4, "the last loss is \(losses[99]), expected 0.0128")
let firstPerfect = accuracies.firstIndex(of: 1)! + 1
print("first 100% at step", firstPerfect)
precondition(firstPerfect == 27, "the demo first reaches 100% at step 27, got \(firstPerfect)")
check("final training accuracy", model.accuracy(on: data), equals: 1, tolerance: 0)

/*:
 This page runs as a debug build, so the 100 steps take several seconds; in a release
 build they take well under a second. To see the decision boundary and the training
 curves, run the same demo from the repository's root:

     swift run -c release micrograd train

 It writes `decision_boundary.svg`, `training.svg` and the trained `model.json` to
 `micrograd-output/`; `micrograd train --help` lists the flags.
 */
