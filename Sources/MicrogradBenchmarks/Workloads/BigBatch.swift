import Micrograd
import MicrogradNN

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// W5 "big batch": a 3,000-point spiral, MLP(2, [64, 64, 3]), cross-entropy, full batch,
// trained by `Trainer` on one thread and on every core (`Trainer.threads`' default).
// Both trainers run in the same process, their timed steps interleaved, so that the
// speed-up is a ratio measured under the same load. The losses of both must agree bit
// for bit.

/// A W5 trainer: SGD at a constant 0.1, no L2 penalty.
func bigBatchTrainer(threads: Int?) -> Trainer<SGD<Double>, ConstantLearningRate<Double>> {
  let data = Dataset<Double>.spiral(samples: 3000, classes: 3, seed: 1)
  let model = MLP<Double>(2, [64, 64, 3], seed: 1)
  var trainer = Trainer(
    model: model, data: data, loss: .crossEntropy, l2Strength: 0,
    optimizer: SGD(model.parameters(), learningRate: 0.1), schedule: ConstantLearningRate(0.1))
  if let threads { trainer.threads = threads }
  return trainer
}

func measureBigBatch(_ plan: Plan, steps: Int) -> Report {
  var one = bigBatchTrainer(threads: 1)
  var all = bigBatchTrainer(threads: nil)
  let threads = all.threads
  let (agree, t1, tn) = interleavedSteps(plan, steps: steps, { one.step() }, { all.step() })
  if !agree { printError("micrograd-bench: W5's runs on 1 and \(threads) threads disagree") }
  var report = Report(
    workload: "W5",
    fields: [
      ("ms_per_step_1_thread", .number(t1 * 1e3)), ("ms_per_step_all_threads", .number(tn * 1e3)),
      ("threads", .integer(threads)), ("speedup", .number(t1 / tn)),
    ])
  report.failed = !agree
  return report
}

/// Times two trainers' steps in one process, `steps` of one then `steps` of the other in
/// each repetition, so that both are measured under the same load: the median seconds per
/// step of each, and whether their records agreed at every step. The first step of each
/// (which records the tapes) is taken first and not timed.
func interleavedSteps<Record: Equatable>(
  _ plan: Plan, steps: Int, _ a: () -> Record, _ b: () -> Record
) -> (agree: Bool, a: Double, b: Double) {
  var agree = a() == b()
  var (timesA, timesB): ([Double], [Double]) = ([], [])
  for repetition in 0..<(plan.warmups + plan.repetitions) {
    var start = ContinuousClock.now
    let recordsA = (0..<steps).map { _ in a() }
    let ta = seconds(ContinuousClock.now - start)
    start = ContinuousClock.now
    let recordsB = (0..<steps).map { _ in b() }
    let tb = seconds(ContinuousClock.now - start)
    agree = agree && recordsA == recordsB
    guard repetition >= plan.warmups else { continue }
    timesA.append(ta / Double(steps))
    timesB.append(tb / Double(steps))
  }
  return (agree, median(timesA), median(timesB))
}

/// What limits W5's speed-up: the serial part of a step (summing the shards'
/// gradients, the optimiser, the accuracy), the cost of starting and joining the
/// threads, and how much slower each shard replays while the other cores replay
/// theirs (shared caches and memory bandwidth).
func measureBigBatchLimits(_ plan: Plan) -> Report {
  var trainer = bigBatchTrainer(threads: 1)
  _ = trainer.step()
  let step = medianSeconds(plan) { blackHole(trainer.step()) }

  // The shards as the trainer records them, 256 examples each, Σ terms / n, over the
  // trainer's own model, so that both replay at the same parameters (a ReLU that is
  // off costs its backward nothing).
  let (data, model) = (trainer.data, trainer.model)
  let parameters = model.parameters()
  let shards = stride(from: 0, to: data.count, by: 256).map { first in
    let rows = first..<min(first + 256, data.count)
    let loss =
      crossEntropy(
        logits: rows.map { model(data.inputs[$0]) }, labels: rows.map { data.labels[$0] },
        reduction: .sum) * (1 / Double(data.count))
    let tape = loss.compile(observing: [])
    return (tape: tape, positions: tape.leafPositions(of: parameters))
  }
  let buffers = UnsafeMutableBufferPointer<[Double]>.allocate(capacity: shards.count)
  defer { buffers.deallocate() }
  buffers.initialize(repeating: [Double](repeating: 0, count: parameters.count))
  func replay(_ index: Int) {
    blackHole(shards[index].tape.forward())
    shards[index].tape.backward(writingGradientsOf: shards[index].positions, into: &buffers[index])
  }
  let replayAlone = medianSeconds(plan) { for index in shards.indices { replay(index) } }
  let replayTwo = medianSeconds(plan) { forEachConcurrently(shards.count, threads: 2, replay) }
  // CPU time, which the machine's other load does not inflate: if the two threads got
  // in each other's way (shared cache lines, memory bandwidth), the same work would
  // take more CPU time on two threads than on one.
  let cpuAlone = processCPUSeconds { for index in shards.indices { replay(index) } }
  let cpuTwo = processCPUSeconds { forEachConcurrently(shards.count, threads: 2, replay) }
  let joins = 200
  let join = medianSeconds(plan) {
    for _ in 0..<joins { forEachConcurrently(2, threads: 2) { blackHole($0) } }
  }
  // Threads are created for each step: what 8 would cost (on any number of cores).
  let join8 = medianSeconds(plan) {
    for _ in 0..<joins { forEachConcurrently(8, threads: 8) { blackHole($0) } }
  }
  // The serial part of a step, from CPU times (20 runs each), which other load inflates
  // far less than it does wall-clock medians.
  let stepCPU = processCPUSeconds { blackHole(trainer.step()) } / 20
  let replayCPU = cpuAlone / 20
  // The serial part itself, piece by piece as a step runs it after the join: the sum
  // of the shards' gradients in order, the parameters' grad, the optimiser, and the
  // accuracy from the outputs.
  let outputs = (0..<data.count).map { model.evaluate(data.inputs[$0]) }
  let serialParts = medianSeconds(plan) {
    var gradient = [Double](repeating: 0, count: parameters.count)
    for buffer in buffers {
      buffer.withUnsafeBufferPointer { g in
        for j in gradient.indices { gradient[j] += g[j] }
      }
    }
    for (p, g) in zip(parameters, gradient) { p.grad = g }
    trainer.optimizer.step()
    blackHole(MicrogradNN.accuracy(logits: outputs, labels: data.labels))
  }
  return Report(
    workload: "W5-limits",
    fields: [
      ("ms_per_step_1_thread", .number(step * 1e3)),
      ("ms_replay_all_shards", .number(replayAlone * 1e3)),
      ("cpu_ms_per_step_1_thread", .number(stepCPU * 1e3)),
      ("cpu_ms_replay_all_shards", .number(replayCPU * 1e3)),
      ("serial_fraction", .number((stepCPU - replayCPU) / stepCPU)),
      ("ms_serial_parts", .number(serialParts * 1e3)),
      ("us_per_join", .number(join / Double(joins) * 1e6)),
      ("us_per_join_8_threads", .number(join8 / Double(joins) * 1e6)),
      ("replay_speedup_2_threads", .number(replayAlone / replayTwo)),
      ("replay_cpu_time_2_threads_to_1", .number(cpuTwo / cpuAlone)),
      ("shards", .integer(shards.count)),
      ("kib_per_shard_tape", .number(Double(shards[0].tape.byteCount) / 1024)),
    ])
}

/// The CPU time of this process, over every thread, that 20 runs of `body` take.
func processCPUSeconds(_ body: () -> Void) -> Double {
  func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }
  body()
  let start = now()
  for _ in 0..<20 { body() }
  return now() - start
}
