import Foundation
import Micrograd
import Synchronization
import Testing

/// A compiled tape's lifetime, threads and size limits.
@Suite("Tapes")
struct TapeTests {
  /// A small MLP-like loss over `inputs` and `weights`: dots, tanh, relu, a sum.
  static func loss(_ inputs: [Var<Double>], _ weights: [Var<Double>]) -> Var<Double> {
    let hidden = (0..<6).map { j in
      (Var.dot(inputs, weights.map { $0 * Double(j - 2) }) + 0.1).tanh().relu()
    }
    return (Var.sum(hidden) - 1).pow(2)
  }

  @Test("a tape outlives the interior Vars it was recorded from, and keeps its leaves")
  func outlivesGraph() {
    let inputs = (0..<4).map { Var(Double($0) / 4 - 0.3) }
    var watched = WeakNodes<Double>()
    var weakLeaf = WeakNodes<Double>()
    let (tape, weights): (Tape<Double>, [Var<Double>]) = {
      let weights = (0..<4).map { Var(0.1 * Double($0 + 1)) }
      let temporary = Var(0.5)  // a leaf only the tape holds
      let output = Self.loss(inputs, weights) * temporary
      watched.append([output, output.inputs[0], output.inputs[0].inputs[0]])
      weakLeaf.append([temporary])
      return (output.compile(), weights)
    }()
    #expect(watched.alive == 0)  // the interior nodes are gone
    #expect(weakLeaf.alive == 1)  // the tape keeps its leaves
    for step in 0..<3 {
      for w in weights { w.data += 0.01 * Double(step) }
      tape.forward()
      tape.backward()
    }
    let fresh = Self.loss(inputs, weights) * 0.5
    #expect(tape.value == fresh.data)
  }

  @Test("a tape per thread, two threads at once, gets the single-threaded results")
  func tapePerThread() {
    /// Trains a copy of the same small model with its own tape, from `seed`.
    @Sendable func run(seed: Int) -> [Double] {
      let inputs = (0..<4).map { Var(Double(($0 * 5 + seed) % 7) / 7 - 0.4) }
      let weights = (0..<4).map { Var(0.05 * Double($0 + seed)) }
      let tape = Self.loss(inputs, weights).compile()
      var losses: [Double] = []
      for _ in 0..<300 {
        for w in weights { w.grad = 0 }
        losses.append(tape.forward())
        tape.backward()
        for w in weights { w.data -= 0.05 * w.grad }
      }
      return losses + weights.map(\.data)
    }
    let expected = [1, 2].map { run(seed: $0) }
    #expect(expected[0] != expected[1])
    let results = Mutex<[Int: [Double]]>([:])
    let start = DispatchSemaphore(value: 0)
    let done = DispatchGroup()
    for seed in [1, 2] {
      done.enter()
      Thread {
        start.wait()
        let outcome = run(seed: seed)
        results.withLock { $0[seed] = outcome }
        done.leave()
      }.start()
    }
    start.signal()
    start.signal()
    done.wait()
    #expect(results.withLock { $0[1] } == expected[0])
    #expect(results.withLock { $0[2] } == expected[1])
  }

  @Test(
    "a chain of 10 million ops compiles and replays without recursion",
    .timeLimit(.minutes(5)))
  func tenMillionChain() {
    // y = x negated 10 million times; then 2 · y. Values and gradients are exact.
    // (About 90 s in a debug build on the 2-core test machine, most of it building
    // and freeing the eager chain; about a second in release.)
    let x = Var(0.75)
    let tape: Tape<Double> = {
      var y = x
      for _ in 0..<10_000_000 { y = -y }
      return (y * 2).compile()
    }()
    #expect(tape.count == 10_000_001)
    x.data = -1.25
    #expect(tape.forward() == -2.5)
    tape.backward()
    #expect(x.grad == 2)
  }

  @Test("compiling a leaf gives a tape with no ops whose gradient is 1")
  func leafTape() {
    let x = Var(3.0)
    let tape = x.compile()
    #expect(tape.count == 0 && tape.leafCount == 1)
    x.data = 4
    #expect(tape.forward() == 4)
    tape.backward()
    #expect(x.grad == 1)
  }

  @Test("leaves with non-zero gradients: the tape adds its per-leaf sum once")
  func accumulatesOntoGrad() {
    // At 1e16 doubles are 2 apart. Eager adds 3 and 7 to the gradient one at a time,
    // rounding twice (to 1e16 + 12); the tape sums 3 + 7 first and adds 10 once. Bit
    // for bit with eager holds when the leaves' gradients are zero before backward.
    let x = Var(0.1)
    let y = x * 3 + x * 7
    let tape = y.compile()
    x.grad = 1e16
    tape.backward()
    #expect(x.grad == 1e16 + 10)
    x.grad = 1e16
    y.backward()
    #expect(x.grad == 1e16 + 12)
    x.grad = 0
    tape.backward()
    let viaTape = x.grad
    x.grad = 0
    y.backward()
    #expect(viaTape == x.grad)
  }
}
