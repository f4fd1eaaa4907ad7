import Micrograd
import Testing

/// Reading a graph: labels, descriptions, identity, and each value's op, inputs
/// and local gradients.
@Suite("Graph inspection and labels")
struct GraphInspectionTests {
  @Test("a leaf has no op, no inputs and no local gradients")
  func leaf() {
    let a = Var(2.0, label: "a")
    #expect(a.isLeaf)
    #expect(a.operation == "")
    #expect(a.inputs.isEmpty)
    #expect(a.localGradients.isEmpty)
  }

  @Test("a * a lists a twice, with both partials")
  func squareListsInputTwice() {
    let a = Var(3.0)
    let b = a * a
    #expect(!b.isLeaf)
    #expect(b.operation == "*")
    #expect(b.inputs.map(\.id) == [a.id, a.id])
    #expect(b.localGradients == [3, 3])
  }

  @Test("inputs are in argument order, with the op's partials")
  func argumentOrder() {
    let x = Var(6.0)
    let y = Var(3.0)
    let q = x / y
    #expect(q.operation == "/")
    #expect(q.inputs.map(\.id) == [x.id, y.id])
    #expect(q.localGradients == [1.0 / 3, -2.0 / 3])
    let d = y - x
    #expect(d.inputs.map(\.id) == [y.id, x.id])
    #expect(d.localGradients == [1, -1])
  }

  @Test("each op's name")
  func opNames() {
    let x = Var(0.5)
    let y = Var(2.0)
    let cases: [(Var<Double>, String)] = [
      (x + y, "+"), (x + 1, "+"), (1 + x, "+"), (x - y, "-"), (x - 1, "-"), (1 - x, "-"),
      (x * y, "*"),
      (2 * x, "*"), (x / y, "/"), (x / 2, "/"), (2 / x, "/"), (-x, "neg"), (x.tanh(), "tanh"),
      (x.exp(), "exp"), (x.log(), "log"), (x.relu(), "ReLU"), (x.sigmoid(), "sigmoid"),
      (x.softplus(), "softplus"), (x.sqrt(), "sqrt"), (x.abs(), "abs"), (x.sin(), "sin"),
      (x.cos(), "cos"), (x.pow(3), "pow"), (x.pow(y), "pow"), (Var.sum([x, y]), "sum"),
      (Var.dot([x], [y]), "dot"), (x.legendreP3(), "P3"), (Var.mean([x, y]), "mean"),
    ]
    for (value, name) in cases {
      #expect(value.operation == name)
      #expect(!value.isLeaf)
    }
  }

  @Test("an n-ary node lists its inputs in order, with repeats")
  func naryInputs() {
    let a = Var(1.0)
    let b = Var(2.0)
    let d = Var.dot([a, b], [b, a])
    #expect(d.operation == "dot")
    #expect(d.inputs.map(\.id) == [a.id, b.id, b.id, a.id])
    #expect(d.localGradients == [2, 1, 1, 2])
    #expect(d.data == 4)
  }

  @Test("labels: from init, set through a let, and labeled(_:) on the same node")
  func labels() {
    let a = Var(2.0, label: "a")
    #expect(a.label == "a")
    let copy = a
    copy.label = "renamed"
    #expect(a.label == "renamed")
    let b = (a * 2).labeled("b")
    #expect(b.label == "b")
    let c = a + 1
    #expect(c.label == "")
    let labeled = c.labeled("c")
    #expect(labeled.id == c.id)
    #expect(c.label == "c")
    c.label = ""
    #expect(c.label == "")
  }

  @Test("descriptions in micrograd's style")
  func descriptions() {
    let a = Var(2.0, label: "a")
    let b = Var(-1.5)
    #expect(a.description == "Var(a: data=2.0, grad=0.0)")
    #expect(b.description == "Var(data=-1.5, grad=0.0)")
    let c = a * b
    c.backward()
    #expect(a.description == "Var(a: data=2.0, grad=-1.5)")
    #expect("\(c)" == "Var(data=-3.0, grad=1.0)")
  }

  @Test("copies share the node: same id, data and grad")
  func identity() {
    let a = Var(1.0)
    let copy = a
    #expect(copy.id == a.id)
    copy.data = 5
    copy.grad = 2
    #expect(a.data == 5 && a.grad == 2)
    let other = Var(1.0)
    #expect(other.id != a.id)
  }
}
