import Micrograd
import Testing

/// Nested derivatives: forward mode nests (each call one `Dual` level deeper, and a
/// confused form traps); reverse mode does not nest, and traps with a message.
@Suite("Nesting")
struct NestingTests {
  @Test("perturbation confusion: d/dx [x · d/dy (x + y)] at 1 is 1, not 2")
  func perturbationConfusion() {
    #expect(derivative(of: { x in x * derivative(of: { y in x + y }, at: 1) }, at: 1) == 1)
    // The same with the outer function of x appearing inside: d/dx [x · d/dy (x·y)] = 2x.
    #expect(derivative(of: { x in x * derivative(of: { y in x * y }, at: 1) }, at: 3) == 6)
  }

  @Test("the confused form, forced by a typed Double inner point, traps with a message")
  func confusedFormTraps() async {
    let result = await #expect(
      processExitsWith: .failure, observing: [\.standardErrorContent]
    ) {
      let inner = 1.0
      _ = derivative(of: { x in x * derivative(of: { y in x + y }, at: inner) }, at: 1.0)
    }
    let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
    #expect(message.contains("perturbation confusion"), "\(message)")
  }

  @Test("forward over forward: second and third derivatives")
  func forwardOverForward() {
    let x = 0.7
    let second = derivative(of: { x in derivative(of: { y in y.sin() }, at: x) }, at: x)
    #expect(abs(second - -Double.sin(x)) <= 1e-15)
    // Three levels: d³/dx³ x⁴ = 24x.
    let third = derivative(
      of: { x in
        derivative(of: { y in derivative(of: { z in z * z * z * z }, at: y) }, at: x)
      }, at: 2.0)
    #expect(third == 48)
  }

  @Test("nested reverse mode traps with its message")
  func nestedReverseModeTraps() async {
    let result = await #expect(
      processExitsWith: .failure, observing: [\.standardErrorContent]
    ) {
      _ = gradient(
        of: { x in
          let inner = gradient(of: { y in x[0] * y[0] }, at: [1.0])
          return x[0] * inner[0]
        }, at: [2.0])
    }
    let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
    #expect(message.contains("nested reverse mode"), "\(message)")
  }

  @Test("a gradient inside a gradient that uses only the outer values is allowed")
  func reverseInsideReverseOnValues() {
    // The inner call sees the outer x as a number (x[0].data): a constant, not a
    // confused perturbation, so d/dx [x · ∂/∂y (x·y)] with x fixed inside is x.
    let g = gradient(
      of: { x in
        let inner = gradient(of: { y in y[0] * x[0].data }, at: [1.0])
        return x[0] * inner[0]
      }, at: [3.0])
    #expect(g == [3])
  }
}
