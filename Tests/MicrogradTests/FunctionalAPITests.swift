import Micrograd
import Testing

/// The functional entry points: values, `grad` left alone, `detached()`, and the
/// Jacobian in both of its shapes.
@Suite("Functional API")
struct FunctionalAPITests {
  static func f<V: DifferentiableScalar>(_ x: [V]) -> V where V.Scalar: ScalarMath {
    (x[0] * x[1]).tanh() + x[0] * x[2].exp() - x[1] / x[2]
  }

  @Test("one generic function, differentiated both ways, and by valueWithGradient")
  func bothWays() {
    let point = [0.4, -1.3, 0.8]
    let (value, reverse) = valueWithGradient(of: Self.f, at: point)
    #expect(value == Self.f(point.map { Var($0) }).data)
    #expect(gradient(of: Self.f, at: point) == reverse)
    for j in point.indices {
      let forward = directionalDerivative(
        of: Self.f, at: point, along: point.indices.map { $0 == j ? 1 : 0 })
      #expect(abs(forward - reverse[j]) <= 4 * reverse[j].magnitude.ulp)
    }
    let numeric = numericalGradient(of: Self.f, at: point)
    for (a, n) in zip(reverse, numeric) { #expect(abs(a - n) < 1e-8) }
    // A direction that is not a basis vector: ∇f · v.
    let v = [0.5, 2.0, -1.0]
    let jvp = directionalDerivative(of: Self.f, at: point, along: v)
    #expect(abs(jvp - zip(reverse, v).reduce(0) { $0 + $1.0 * $1.1 }) < 1e-14)
  }

  @Test("edge cases: an input returned as is, a constant, an input used twice, no inputs")
  func edgeCases() {
    #expect(gradient(of: { $0[1] }, at: [1.0, 2.0]) == [0, 1])
    #expect(valueWithGradient(of: { _ in Var(3.0) }, at: [1.0]) == (3, [0]))
    #expect(gradient(of: { $0[0] * $0[0] + $0[0] }, at: [2.0]) == [5])
    #expect(gradient(of: { _ in Var(1.0) }, at: [Double]()) == [])
    #expect(hessian(of: { $0[0] * $0[1] }, at: [2.0, 3.0]) == [[0, 1], [1, 0]])
    #expect(jacobian(of: { x in [Var.sum(x), Var(Dual(1.0))] }, at: [Double]()) == [[], []])
  }

  @Test("gradient(of:at:) writes no grad on the Vars it captures")
  func writesNoGrad() {
    let w = [Var(0.5), Var(-1.2)]
    w[0].grad = 7
    let g = gradient(of: { x in (w[0] * x[0] + w[1]).tanh() * w[1] }, at: [2.0])
    #expect(w[0].grad == 7)
    #expect(w[1].grad == 0)
    let t = Double.tanh(0.5 * 2 - 1.2)
    #expect(abs(g[0] - (1 - t * t) * 0.5 * -1.2) < 1e-15)
    // backward() on the same expression does write them: the two differ on purpose.
    let x = Var(2.0)
    (w[0] * x + w[1]).tanh().backward()
    #expect(w[0].grad != 7)
  }

  @Test("detached() stops gradients in every mode")
  func detachedStopsGradients() {
    func g<V: DifferentiableScalar>(_ x: [V]) -> V { x[0] * x[0].detached() }
    let x = Var(3.0)
    let y = x * x.detached()
    y.backward()
    #expect(x.grad == 3)  // not 6
    #expect(gradient(of: g, at: [3.0]) == [3])
    #expect(directionalDerivative(of: g, at: [3.0], along: [1]) == 3)
    #expect(derivative(of: { x in x * x.detached() }, at: 3.0) == 3)
    // Both Jacobian shapes see the same function: x·stop(x) has derivative x.
    let square = jacobian(of: { x in [g(x)] }, at: [3.0])  // n ≤ m: forward
    let wide = jacobian(of: { x in [g(x) + x[1]] }, at: [3.0, 1.0])  // n > m: reverse
    #expect(square == [[3]])
    #expect(wide == [[3, 1]])
    // And so does the Hessian: the gradient stop(x) is a constant.
    #expect(hessian(of: g, at: [3.0]) == [[0]])
  }

  static func polar<V: DifferentiableScalar>(_ p: [V]) -> [V] where V.Scalar: ScalarMath {
    [p[0] * p[1].cos(), p[0] * p[1].sin(), p[0] * p[0]]
  }

  static func spread<V: DifferentiableScalar>(_ p: [V]) -> [V] where V.Scalar: ScalarMath {
    [(p[0] * p[1] + p[2]).tanh(), p[0] / p[2] + p[1].exp()]
  }

  @Test("jacobian: n ≤ m (forward) and n > m (reverse) against finite differences")
  func jacobianShapes() {
    for (function, point) in [
      (Self.polar, [2.0, 0.5]) as (([Var<Dual<Double>>]) -> [Var<Dual<Double>>], [Double]),
      (Self.spread, [0.3, -0.6, 1.4]),
    ] {
      let j = jacobian(of: function, at: point)
      let values = { (x: [Double]) in function(x.map { Var(Dual($0)) }).map(\.data.data) }
      let m = values(point).count
      #expect(j.count == m && j.allSatisfy { $0.count == point.count })
      let h = 1e-6
      for column in point.indices {
        var plus = point
        var minus = point
        plus[column] += h
        minus[column] -= h
        let (fp, fm) = (values(plus), values(minus))
        for row in 0..<m {
          let numeric = (fp[row] - fm[row]) / (2 * h)
          #expect(abs(j[row][column] - numeric) < 1e-8, "[\(row)][\(column)]")
        }
      }
    }
    // Each row of the reverse shape is a gradient; each column of the forward shape a
    // directional derivative.
    let wide = jacobian(of: Self.spread, at: [0.3, -0.6, 1.4])
    #expect(wide[0] == gradient(of: { Self.spread($0)[0] }, at: [0.3, -0.6, 1.4]))
    let tall = jacobian(of: Self.polar, at: [2.0, 0.5])
    #expect(
      tall.map { $0[1] }[1]
        == directionalDerivative(of: { Self.polar($0)[1] }, at: [2.0, 0.5], along: [0, 1]))
  }
}
