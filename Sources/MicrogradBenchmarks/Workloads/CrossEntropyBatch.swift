import Micrograd
import MicrogradNN

// W6 "cross-entropy mini-batch": spiral (300 points, 3 classes, noise 0.2, seed 1),
// MLP(2, [16, 16, 3]), softmax cross-entropy + 1e-4 L2, Adam at 0.01, batches of 32,
// trained by `Trainer` twice from the same start: replaying one compiled tape (the
// classes re-fed as leaves) and building the graph eagerly. Both trainers run in the
// same process, their timed steps interleaved; their records must agree bit for bit.
// A step is what `micrograd train --dataset spiral --batch-size 32` times: it includes
// the value-only accuracy pass over the 300 points.

/// A W6 trainer.
func crossEntropyBatchTrainer(
  _ execution: TrainingExecution
) -> Trainer<Adam<Double>, ConstantLearningRate<Double>> {
  let data = Dataset<Double>.spiral(samples: 300, classes: 3, noise: 0.2, seed: 1)
  let model = MLP<Double>(2, [16, 16, 3], seed: 1)
  var trainer = Trainer(
    model: model, data: data, loss: .crossEntropy, l2Strength: 1e-4,
    optimizer: Adam(model.parameters(), learningRate: 0.01),
    schedule: ConstantLearningRate(0.01), batchSize: 32, shuffleSeed: 1)
  trainer.execution = execution
  return trainer
}

func measureCrossEntropyBatch(_ plan: Plan, steps: Int) -> Report {
  var compiled = crossEntropyBatchTrainer(.compiled)
  var eager = crossEntropyBatchTrainer(.eager)
  let (agree, tc, te) = interleavedSteps(
    plan, steps: steps, { compiled.step() }, { eager.step() })
  if !agree { printError("micrograd-bench: W6's compiled and eager runs disagree") }
  var report = Report(
    workload: "W6",
    fields: [
      ("ms_per_step_compiled", .number(tc * 1e3)), ("ms_per_step_eager", .number(te * 1e3)),
      ("eager_to_compiled", .number(te / tc)), ("batch_size", .integer(32)),
    ])
  report.failed = !agree
  return report
}
