import Micrograd
import Testing

/// Known values from the lecture and micrograd's README.
///
/// Reference numbers were produced once with micrograd 0.1.0 (`pip install
/// micrograd==0.1.0`), running the same expressions in Python 3.11:
/// g = 24.70408163265306, a.grad = 138.83381924198252, b.grad = 645.5772594752186.
@Suite("Known values")
struct KnownValuesTests {
  @Test("micrograd's README example")
  func readmeExample() {
    let a = Var(-4.0)
    let b = Var(2.0)
    var c = a + b
    var d = a * b + b.pow(3)
    c += c + 1
    c += 1 + c + (-a)
    d += d * 2 + (b + a).relu()
    d += 3 * d + (b - a).relu()
    let e = c - d
    let f = e.pow(2)
    var g = f / 2.0
    g += 10.0 / f
    g.backward()
    #expect(abs(g.data - 24.70408163265306) < 1e-12)
    #expect(abs(a.grad - 138.83381924198252) < 1e-10)
    #expect(abs(b.grad - 645.5772594752186) < 1e-10)
  }

  @Test("a + a accumulates: grad 2")
  func selfAddition() {
    let a = Var(3.0, label: "a")
    let b = a + a
    b.backward()
    #expect(a.grad == 2)
  }
}

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
}
