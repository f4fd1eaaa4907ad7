import Micrograd
import Testing

@Suite("max and min of Vars")
struct ExtremaFunctionTests {
  @Test("max and min as free functions: the op's value and PyTorch's gradient")
  func freeFunctions() {
    let (a, b) = (Var(1.0), Var(3.0))
    let bigger = max(a, b)
    bigger.backward()
    #expect(bigger.data == 3 && a.grad == 0 && b.grad == 1)
    let (c, d) = (Var(2.0), Var(2.0))
    let tie = min(c, d)
    tie.backward()
    #expect(tie.data == 2 && c.grad == 0.5 && d.grad == 0.5)
    let values = [Var(-1.0), Var(4.0), Var(4.0)]
    let largest = max(values)
    largest.backward()
    #expect(largest.data == 4 && values.map(\.grad) == [0, 0.5, 0.5])
    #expect(min(values).data == -1)
    // The standard library's max and min are untouched.
    #expect(max(1, 2) == 2 && min(2.5, 1.0) == 1.0)
  }
}
