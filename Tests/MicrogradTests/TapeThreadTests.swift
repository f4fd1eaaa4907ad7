import Foundation
import Micrograd
import Synchronization
import Testing

/// Threads compiling at once: the compiler's process-wide table of node classes
/// (`KernelCodeCache`) is shared, and every thread must still get its own graph's
/// numbers. Run under ThreadSanitizer (`swift test --sanitize=thread --filter Tape`).
@Suite("Tapes across threads")
struct TapeThreadTests {
  /// A custom op of one input and one of two, whose node classes no other test makes,
  /// so the first compile of each meets them here, on several threads at once.
  struct Cube: UnaryLocalGradient {
    func forward(_ x: Double) -> (value: Double, dx: Double) { (x * x * x, 3 * x * x) }
  }
  struct Mix: BinaryLocalGradient {
    func forward(_ x: Double, _ y: Double) -> (value: Double, dx: Double, dy: Double) {
      (x * y + x, y + 1, x)
    }
  }

  /// A graph of kernels with and without constants and of boxed ops.
  static func graph(_ a: Var<Double>, _ b: Var<Double>) -> Var<Double> {
    let c = (a * b + 1).relu() - 2 * a.applying(Cube())
    let d = Var.apply(Mix(), c, b / 3.0) + 4.0 / (b * b + 1)
    return Var.dot([c, d, a], [b, a, d]).tanh() - d
  }

  /// The tape's value and gradients at `point`, and the eager graph's.
  static func compare(at point: (Double, Double)) -> (tape: [Double], eager: [Double]) {
    let (a, b) = (Var(0.3), Var(-0.7))
    let tape = graph(a, b).compile()
    (a.data, b.data) = point
    let value = tape.forward()
    tape.backward()
    let (ea, eb) = (Var(point.0), Var(point.1))
    let eager = graph(ea, eb)
    eager.backward()
    return ([value, a.grad, b.grad], [eager.data, ea.grad, eb.grad])
  }

  @Test("eight threads compiling and replaying at once get the eager numbers")
  func concurrentCompiles() {
    let failures = Mutex<[String]>([])
    let start = DispatchSemaphore(value: 0)
    let done = DispatchGroup()
    for thread in 0..<8 {
      done.enter()
      Thread {
        start.wait()
        for round in 0..<50 {
          let point = (Double(thread) / 8 - 0.4, Double(round) / 50 - 0.5)
          let (tape, eager) = Self.compare(at: point)
          if tape.map(\.bitPattern) != eager.map(\.bitPattern) {
            failures.withLock { $0.append("\(point): tape \(tape), eager \(eager)") }
          }
        }
        done.leave()
      }.start()
    }
    for _ in 0..<8 { start.signal() }
    done.wait()
    #expect(failures.withLock { $0 }.isEmpty, "\(failures.withLock { $0 }.prefix(3))")
  }
}
