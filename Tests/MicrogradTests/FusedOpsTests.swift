import Micrograd
import Testing

/// The fused n-ary ops, `sum` and `dot`, against the chains of binary ops they replace.
@Suite("Fused ops")
struct FusedOpsTests {
  @Test("dot equals the written-out sum of products, value and gradients")
  func dotMatchesChain() {
    let a = [Var(0.5), Var(-1.25), Var(2.0)]
    let b = [Var(3.0), Var(0.75), Var(-0.5)]
    let fused = Var.dot(a, b)
    let chain = a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
    #expect(fused.data == chain.data)
    fused.backward()
    #expect(a.map(\.grad) == b.map(\.data))
    #expect(b.map(\.grad) == a.map(\.data))
  }

  @Test("sum of a repeated value counts each use")
  func sumRepeated() {
    let a = Var(2.0)
    let s = Var.sum([a, a, a])
    s.backward()
    #expect(s.data == 6)
    #expect(a.grad == 3)
  }

  @Test("Sequence.sum() is one sum node, and empty sums and dots are a 0 leaf")
  func sequenceSum() {
    let xs = [Var(1.5), Var(-2.0), Var(0.25)]
    let s = xs.sum()
    #expect(s.operation == "sum")
    #expect(s.inputs.map(\.id) == xs.map(\.id))
    #expect(s.data == -0.25)
    s.backward()
    #expect(xs.map(\.grad) == [1, 1, 1])
    let empty = [Var<Double>]().sum()
    #expect(empty.data == 0 && empty.isLeaf)
    let emptyDot = Var<Double>.dot([], [])
    #expect(emptyDot.data == 0 && emptyDot.isLeaf)
  }
}
