import Foundation
import Micrograd
import Synchronization
import Testing

/// Independent graphs on separate threads. `Var` is not `Sendable`, so each thread
/// builds its own graph; only plain numbers cross threads.
@Suite("Threads")
struct ThreadTests {
  /// What one run computes: the output and every input's gradient.
  struct Outcome: Equatable, Sendable {
    var value: Double
    var gradients: [Double]
  }

  /// A small MLP-like graph (tanh neurons over shared inputs), built on the calling
  /// thread, iterated `rounds` times with fresh graphs, its gradients accumulated.
  static func run(seed: Int, rounds: Int) -> Outcome {
    let inputs = (0..<8).map { Var(Double(($0 * 7 + seed) % 11) / 11 - 0.5) }
    var value = 0.0
    for round in 0..<rounds {
      let hidden = (0..<16).map { j in
        (Var.dot(inputs, inputs.map { $0 * Double((j + round) % 5 - 2) }) + 0.1).tanh()
      }
      let loss = Var.sum(hidden).sigmoid() * inputs[0]
      loss.backward()
      value += loss.data
    }
    return Outcome(value: value, gradients: inputs.map(\.grad))
  }

  @Test("four threads back-propagating at once get the single-threaded results")
  func concurrentGraphs() {
    let seeds = [1, 2, 3, 4]
    let rounds = 150
    let expected = seeds.map { Self.run(seed: $0, rounds: rounds) }
    #expect(Set(expected.map(\.value)).count == seeds.count)

    let results = Mutex<[Int: Outcome]>([:])
    let start = DispatchSemaphore(value: 0)
    let done = DispatchGroup()
    for seed in seeds {
      done.enter()
      Thread {
        start.wait()  // all threads start building together
        let outcome = Self.run(seed: seed, rounds: rounds)
        results.withLock { $0[seed] = outcome }
        done.leave()
      }.start()
    }
    for _ in seeds { start.signal() }
    done.wait()
    let byThread = results.withLock { $0 }
    for (index, seed) in seeds.enumerated() {
      #expect(byThread[seed] == expected[index], "seed \(seed)")
    }
  }

  @Test("concurrent tasks each build and back-propagate their own graph")
  func concurrentTasks() async {
    let expected = (0..<4).map { Self.run(seed: 10 + $0, rounds: 100) }
    let outcomes = await withTaskGroup(of: (Int, Outcome).self) { group in
      for index in 0..<4 {
        group.addTask { (index, Self.run(seed: 10 + index, rounds: 100)) }
      }
      var collected = [Outcome?](repeating: nil, count: 4)
      for await (index, outcome) in group { collected[index] = outcome }
      return collected
    }
    #expect(outcomes == expected)
  }
}
