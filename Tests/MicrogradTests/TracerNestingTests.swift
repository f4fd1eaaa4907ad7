import Foundation
import Micrograd
import Testing

/// Nesting and threads for the tracers: values of two calls never mix silently, and
/// concurrent calls give the sequential answers.
@Suite("Tracers: nesting and threads")
struct TracerNestingTests {
  @Test("a value of an enclosing gradient(of:at:) inside an inner one traps, in both modes")
  func nestedCallsTrap() async {
    let forward = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
      TracerNestingTests.nested(inputs: 1)
    }
    let reverse = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
      TracerNestingTests.nested(inputs: 12)
    }
    for result in [forward, reverse] {
      let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
      #expect(message.contains("a value of one gradient(of:at:) call met"), "\(message)")
    }
  }

  /// A gradient whose function takes a gradient that uses its outer input.
  static func nested(inputs n: Int) {
    _ = gradient(
      of: { (x: [Tracer<Double>]) -> Tracer<Double> in
        let inner = gradient(of: { y in x[0] * y[0] }, at: [2.0])
        return x[0] * inner[0]
      }, at: [Double](repeating: 1, count: n))
  }

  @Test("threads: concurrent gradients and Hessians equal the sequential ones")
  func concurrentCalls() async {
    func f<V: DifferentiableScalar>(_ x: [V]) -> V where V.Scalar: ScalarMath {
      V.sum(x.map { ($0 * $0).tanh() }) * x[0]
    }
    let points = (0..<16).map { k in (0..<(k % 2 == 0 ? 3 : 12)).map { Double($0 + k) * 0.1 } }
    let expected = points.map { (gradient(of: f, at: $0), hessian(of: f, at: $0)) }
    let results = await withTaskGroup(of: (Int, [Double], [[Double]]).self) { group in
      for (k, point) in points.enumerated() {
        group.addTask {
          var g: [Double] = []
          for _ in 0..<20 { g = gradient(of: f, at: point) }
          return (k, g, hessian(of: f, at: point))
        }
      }
      var all: [(Int, [Double], [[Double]])] = []
      for await result in group { all.append(result) }
      return all
    }
    #expect(results.count == points.count)
    for (k, g, h) in results {
      #expect(g == expected[k].0 && h == expected[k].1)
    }
  }
}
