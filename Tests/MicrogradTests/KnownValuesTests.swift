import Micrograd
import Testing

/// Known values from the lecture, micrograd's README and micrograd's tests against
/// PyTorch.
///
/// Reference numbers were produced once, in Python 3.11.7, with micrograd 0.1.0
/// (`pip install micrograd==0.1.0`) and PyTorch 2.15.0 (`pip install torch`), on
/// float64 tensors created with `requires_grad=True`, running the same expressions:
/// - README example (micrograd's `test_more_ops`): micrograd and PyTorch both print
///   g = 24.70408163265306, a.grad = 138.83381924198252, b.grad = 645.5772594752186.
/// - `test_sanity_check`: both print y = -20.0, x.grad = 46.0.
/// - The lecture's neuron, with `torch.tanh`: o = 0.7071067811865476,
///   x1.grad = -1.4999999999999998, w1.grad = 0.9999999999999999,
///   x2.grad = 0.49999999999999994, w2.grad = 0.0, b.grad = 0.49999999999999994.
///   With tanh built from exp, `e = (2*n).exp(); o = (e - 1)/(e + 1)`: the same o and
///   x1.grad = -1.5, w1.grad = 1.0, x2.grad = 0.5, w2.grad = 0.0, b.grad = 0.5.
///   (micrograd 0.1.0 has no tanh or exp, so these come from PyTorch alone.)
@Suite("Known values")
struct KnownValuesTests {
  @Test("micrograd's README example (test_more_ops)")
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

  @Test("micrograd's test_sanity_check, in Float and Double")
  func sanityCheck() {
    // Every intermediate is a small integer, so both types give the exact values.
    func check<T: ScalarMath>(_: T.Type) {
      let x = Var<T>(-4)
      let z = 2 * x + 2 + x
      let q = z.relu() + z * x
      let h = (z * z).relu()
      let y = h + q + q * x
      y.backward()
      #expect(y.data == -20)
      #expect(x.grad == 46)
    }
    check(Float.self)
    check(Double.self)
  }

  /// The lecture's neuron, o = tanh(x1·w1 + x2·w2 + b).
  struct Neuron {
    let x1 = Var(2.0, label: "x1")
    let x2 = Var(0.0, label: "x2")
    let w1 = Var(-3.0, label: "w1")
    let w2 = Var(1.0, label: "w2")
    let b = Var(6.8813735870195432, label: "b")

    var n: Var<Double> { (x1 * w1 + x2 * w2 + b).labeled("n") }

    /// Checks o and the gradients against PyTorch's, to `tolerance` (the libm tanh
    /// and exp may differ from PyTorch's in the last bit).
    func expectLectureValues(_ o: Var<Double>, tolerance: Double = 1e-12) {
      o.backward()
      #expect(abs(o.data - 0.7071067811865476) < tolerance)
      #expect(abs(x1.grad - -1.5) < tolerance)
      #expect(abs(w1.grad - 1.0) < tolerance)
      #expect(abs(x2.grad - 0.5) < tolerance)
      #expect(w2.grad == 0)  // x2 = 0 exactly
      #expect(abs(b.grad - 0.5) < tolerance)
    }
  }

  @Test("the lecture's neuron: o = 0.7071, ∂x1 = −1.5, ∂w1 = 1, ∂x2 = 0.5, ∂w2 = 0")
  func neuron() {
    let neuron = Neuron()
    neuron.expectLectureValues(neuron.n.tanh())
  }

  @Test("the same neuron with tanh built from exp gives the same numbers")
  func neuronWithTanhFromExp() {
    let neuron = Neuron()
    let e = (2 * neuron.n).exp()
    let o = (e - 1) / (e + 1)
    neuron.expectLectureValues(o)
  }

  @Test("tanh from exp and the tanh op agree on value and gradient at other points")
  func tanhFromExpMatchesTanh() {
    for x in stride(from: -3.0, through: 3.0, by: 0.25) {
      let a = Var(x)
      let t = a.tanh()
      t.backward()
      let b = Var(x)
      let e = (2 * b).exp()
      let o = (e - 1) / (e + 1)
      o.backward()
      #expect(abs(t.data - o.data) < 1e-15)
      #expect(abs(a.grad - b.grad) < 1e-14)
    }
  }
}
