import Micrograd
import MicrogradNN
import Testing

/// The README's concurrent use, as a user writes it in Swift 6 language mode: tasks take
/// gradients through one model's `Sendable` snapshot, with no unchecked code.
@Suite("Gradients of one model from many tasks")
struct ConcurrentSnapshotTests {
  @Test("the snapshot's forward pass is the MLP's, in every mode")
  func sameNumbers() {
    let model = MLP<Double>(2, [8, 8, 1], hidden: .tanh, seed: 7)
    let snapshot = model.snapshot
    let x = [0.3, -0.8]
    #expect(
      snapshot(x, parameters: snapshot.parameters.map { Var($0) })[0].data == model(x)[0].data)
    #expect(
      value(of: { snapshot([0.3, -0.8], parameters: $0)[0] }, at: snapshot.parameters)
        == model(x)[0].data)
    // The parameter gradient equals backward() through the model.
    let output = model(x)[0]
    output.backward()
    let g = gradient(of: { p in snapshot(x, parameters: p)[0] }, at: snapshot.parameters)
    // To rounding: gradient(of:at:) may sum in another order than backward().
    for (a, b) in zip(g, model.parameters().map(\.grad)) {
      #expect(abs(a - b) <= 1e-12 * max(1, abs(b)))
    }
    #expect(g.count == model.parameters().count)
    // The input gradient, and a Hessian, with the parameters as constants.
    let slope = gradient(of: { snapshot($0)[0] }, at: x)
    #expect(slope.count == 2 && slope.allSatisfy(\.isFinite))
    #expect(hessian(of: { snapshot($0)[0] }, at: x).count == 2)
  }

  @Test("tasks in a group get the sequential gradients")
  func tasks() async {
    let model = MLP<Double>(2, [8, 8, 1], hidden: .tanh, seed: 7)
    let snapshot = model.snapshot  // Sendable: shape and parameter values
    let points: [[Double]] = (0..<16).map { i in
      let t = Double(i) / 16
      return [2 * t - 1, 0.5 - t]
    }
    let sequential = points.map { x in
      gradient(of: { p in snapshot(x, parameters: p)[0] }, at: snapshot.parameters)
    }
    let concurrent = await withTaskGroup(of: (Int, [Double]).self) { group in
      for (i, x) in points.enumerated() {
        group.addTask {
          (i, gradient(of: { p in snapshot(x, parameters: p)[0] }, at: snapshot.parameters))
        }
      }
      var results = [[Double]](repeating: [], count: points.count)
      for await (i, g) in group { results[i] = g }
      return results
    }
    #expect(concurrent == sequential)
  }
}
