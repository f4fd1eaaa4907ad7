import Micrograd
import Testing

/// Replaying a tape allocates nothing it keeps: glibc's `mallinfo2().uordblks`, the
/// bytes in use summed over every arena, does not move over 100 replays. It is read
/// in a child process of its own (an exit test), so that no other test's allocations
/// are counted. The control tests run the same measurement on code that keeps 64
/// bytes, or a few bytes, per step, and check that it is caught.
///
/// A block allocated and freed within one step leaves `uordblks` unchanged; the
/// tape's kernels allocate nothing at all, which `valgrind` confirms (see
/// Benchmarks.md).
@Suite("Tape memory")
struct TapeMemoryTests {
  /// A W2-like loss: MLP(2, [16, 16, 1]) with ReLU over `n` points, hinge loss and L2.
  static func moonsLikeLoss(n: Int) -> (Var<Double>, [Var<Double>]) {
    var seed = 0.1
    func next() -> Double {
      seed = (seed * 9301 + 0.49297).truncatingRemainder(dividingBy: 1)
      return 2 * seed - 1
    }
    let layers = [(2, 16), (16, 16), (16, 1)].map { fanIn, width in
      (0..<width).map { _ in ((0..<fanIn).map { _ in Var(next()) }, Var(0.0)) }
    }
    var losses: [Var<Double>] = []
    for s in 0..<n {
      var x = [Var(next()), Var(next())]
      for (index, layer) in layers.enumerated() {
        x = layer.map { weights, bias in
          let z = Var.dot(weights, x) + bias
          return index < 2 ? z.relu() : z
        }
      }
      losses.append((1 - (s.isMultiple(of: 2) ? 1.0 : -1.0) * x[0]).relu())
    }
    let parameters = layers.flatMap { $0.flatMap { $0.0 + [$0.1] } }
    let squares = Var.dot(parameters, parameters)
    return (Var.sum(losses) * (1 / Double(n)) + squares * 1e-4, parameters)
  }

  /// The bytes `body` kept allocated over `repeats` calls, after one call to warm up.
  static func bytesKept(repeats: Int, _ body: () -> Void) -> Int {
    body()
    let before = MallocStatistics.bytesInUse!
    for _ in 0..<repeats { body() }
    return MallocStatistics.bytesInUse! - before
  }

  /// 100 replays (forward, backward, an SGD step) of a W2-like tape; exits with
  /// failure if any allocated.
  static func replayTape() {
    let (loss, parameters) = moonsLikeLoss(n: 100)
    let tape = loss.compile()
    let bytes = bytesKept(repeats: 100) {
      for p in parameters { p.grad = 0 }
      tape.forward()
      tape.backward()
      for p in parameters { p.data -= 0.01 * p.grad }
    }
    print("replay: \(bytes) bytes kept over 100 steps")
    precondition(bytes == 0, "replay kept \(bytes) bytes")
  }

  @Test("100 replays of a W2-like tape allocate nothing")
  func replayAllocatesNothing() async {
    await #expect(processExitsWith: .success) { Self.replayTape() }
  }

  @Test("control: a step that keeps 64 bytes is caught")
  func controlRetained() async {
    await #expect(processExitsWith: .success) {
      var kept: [UnsafeMutableRawPointer] = []
      kept.reserveCapacity(200)
      let bytes = Self.bytesKept(repeats: 100) {
        kept.append(UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 8))
      }
      precondition(bytes >= 6400, "\(bytes) bytes")
      for pointer in kept { pointer.deallocate() }
    }
  }

  @Test("control: a step that keeps one small Swift object is caught")
  func controlObject() async {
    await #expect(processExitsWith: .success) {
      final class Small { var x = 0.0 }
      var kept: [Small] = []
      kept.reserveCapacity(200)
      let bytes = Self.bytesKept(repeats: 100) { kept.append(Small()) }
      precondition(bytes >= 100 * 24, "\(bytes) bytes")
    }
  }

  @Test("byteCount counts the values and adjoints of a W2-like tape, at most 40 B per value")
  func byteCount() {
    let (loss, parameters) = Self.moonsLikeLoss(n: 100)
    let tape = loss.compile()
    #expect(tape.leafCount == parameters.count + 200)
    let slots = tape.count + tape.leafCount
    // Each neuron's weights and bias are read from 8 bytes of its layer's dense entry.
    #expect(tape.byteCount >= 2 * 8 * slots + 8 * 100 * 33)
    #expect(tape.byteCount <= 40 * tape.count)
  }
}
