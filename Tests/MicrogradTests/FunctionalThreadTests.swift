import Foundation
import Micrograd
import Synchronization
import Testing

/// `gradient(of:at:)` from two threads through one shared model: it writes no `grad` and
/// no flag of the shared parameters, so both threads get the sequential answer. (Two
/// threads calling `backward()` on graphs that share parameters race on their `grad`.)
@Suite("Functional API across threads")
struct FunctionalThreadTests {
  /// A hand-built two-layer model whose parameters are `Var`s shared by every caller.
  /// `Var` is not `Sendable`; reading it from several threads is safe as long as no one
  /// writes it, which is what this test checks.
  final class SharedModel: @unchecked Sendable {
    let hidden: [[Var<Double>]]  // 6 neurons × (3 weights + bias)
    let output: [Var<Double>]  // 6 weights + bias

    init() {
      hidden = (0..<6).map { j in
        (0..<4).map { k in Var(Double((j * 5 + k * 3) % 7) / 7 - 0.4) }
      }
      output = (0..<7).map { Var(Double($0 % 3) / 3 - 0.3) }
    }

    /// The model's output at input `x`, a function of the input (the parameters are
    /// captured constants of the differentiation).
    func callAsFunction(_ x: [Var<Double>]) -> Var<Double> {
      let h = hidden.map { w in (Var.dot(Array(w[..<3]), x) + w[3]).tanh() }
      return (Var.dot(Array(output[..<6]), h) + output[6]).sigmoid()
    }
  }

  static func points(_ seed: Int) -> [[Double]] {
    (0..<200).map { i in
      (0..<3).map { k -> Double in
        let n = (i * 13 + k * 7 + seed) % 17
        return Double(n) / 8.5 - 1
      }
    }
  }

  @Test("two threads through one shared model get the sequential gradients, every time")
  func twoThreadsShareAModel() {
    let model = SharedModel()
    let seeds = [1, 2]
    let expected = seeds.map { seed in
      Self.points(seed).map { gradient(of: model.callAsFunction, at: $0) }
    }
    #expect(expected[0] != expected[1])
    for _ in 0..<5 {
      let results = Mutex<[Int: [[Double]]]>([:])
      let start = DispatchSemaphore(value: 0)
      let done = DispatchGroup()
      for (index, seed) in seeds.enumerated() {
        done.enter()
        Thread {
          start.wait()
          let gradients = Self.points(seed).map { gradient(of: model.callAsFunction, at: $0) }
          results.withLock { $0[index] = gradients }
          done.leave()
        }.start()
      }
      for _ in seeds { start.signal() }
      done.wait()
      let byThread = results.withLock { $0 }
      for index in seeds.indices { #expect(byThread[index] == expected[index]) }
    }
    // Nothing was accumulated into the shared parameters.
    #expect(model.hidden.joined().allSatisfy { $0.grad == 0 })
    #expect(model.output.allSatisfy { $0.grad == 0 })
  }
}
