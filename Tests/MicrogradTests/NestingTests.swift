import Micrograd
import Testing

@Suite("Nesting")
struct NestingTests {
  @Test("perturbation confusion")
  func confusion() {
    let d = derivative(of: { x in x * derivative(of: { y in x + y }, at: 1) }, at: 1)
    #expect(d == 1)
  }
}
