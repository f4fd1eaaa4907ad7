import Micrograd
import Testing

/// Ops defined outside the engine, exactly as the built-in ones are (see
/// `Support/CustomOps.swift`): one unary, one binary, two n-ary.
@Suite("Custom ops")
struct CustomOpTests {
  /// P₃ and P₃′ at points where both are exact in binary floating point. Reference
  /// values from PyTorch 2.15.0 (`P3 = 0.5 * (5 * x**3 - 3 * x); P3.backward()` on
  /// float64 tensors), which match ½(5x³ − 3x) and 1.5(5x² − 1) worked by hand.
  static let legendreValues: [(x: Double, value: Double, derivative: Double)] = [
    (0.5, -0.4375, 0.375), (-1.25, -3.0078125, 10.21875), (2, 17, 28.5), (0, 0, -1.5),
  ]

  @Test("P3: value and derivative exactly, in Float and Double")
  func legendreExact() {
    func check<T: BinaryFloatingPoint>(_: T.Type) {
      for (x, value, derivative) in Self.legendreValues {
        let input = Var(T(x))
        let y = input.legendreP3()
        y.backward()
        #expect(y.data == T(value))
        #expect(input.grad == T(derivative))
        #expect(y.operation == "P3")
        #expect(y.localGradients == [T(derivative)])
      }
    }
    check(Float.self)
    check(Double.self)
  }

  @Test("apply, applying and the extension method build the same node")
  func applyForms() {
    let x = Var(0.5)
    let forms = [Var.apply(LegendreP3(), x), x.applying(LegendreP3()), x.legendreP3()]
    for y in forms {
      #expect(y.data == -0.4375)
      #expect(y.inputs.map(\.id) == [x.id])
      #expect(y.localGradients == [0.375])
    }
  }

  @Test("a custom op composes with built-in ones by the chain rule")
  func chainRule() {
    let x = Var(0.3)
    let t = x.tanh()
    let y = t.legendreP3() * x
    y.backward()
    let p3Prime = 1.5 * (5 * t.data * t.data - 1)
    let p3 = 0.5 * (5 * t.data * t.data * t.data - 3 * t.data)
    #expect(abs(x.grad - (p3Prime * (1 - t.data * t.data) * 0.3 + p3)) < 1e-15)
  }

  @Test("hypot, mean and product: values and partials")
  func binaryAndNary() {
    let (a, b) = (Var(3.0), Var(4.0))
    let r = a.hypot(b)
    #expect(r.data == 5)
    #expect(r.localGradients == [0.6, 0.8])
    #expect(r.operation == "hypot")

    let xs = [Var(2.0), Var(-1.0), Var(0.0), Var(5.0)]
    let m = Var.mean(xs)
    #expect(m.data == 1.5)
    #expect(m.localGradients == [0.25, 0.25, 0.25, 0.25])
    let p = Var.product(xs)
    #expect(p.data == 0)
    // With one zero factor, only that factor's partial is non-zero.
    #expect(p.localGradients == [0, 0, -10, 0])
    p.backward()
    #expect(xs.map(\.grad) == [0, 0, -10, 0])
  }

  @Test("checkGradients passes on each custom op, in Float and Double, with defaults")
  func gradientChecks() {
    func check<T: ScalarMath>(_: T.Type) {
      let cases: [(([Var<T>]) -> Var<T>, [T])] = [
        ({ $0[0].legendreP3() }, [0.7]),
        ({ $0[0].legendreP3() }, [-1.9]),
        ({ $0[0].hypot($0[1]) }, [0.3, -1.2]),
        ({ $0[0].hypot($0[0] * $0[1]) }, [1.5, 0.5]),
        ({ Var.mean($0) }, [0.5, -2, 3.25]),
        ({ Var.product($0) }, [0.5, -2, 3.25, 1.1]),
        ({ Var.product([$0[0], $0[1], $0[0]]).tanh() }, [0.8, -0.6]),
      ]
      for (f, point) in cases {
        let result = checkGradients(of: f, at: point)
        #expect(result.passed, "\(T.self) at \(point): \(result)")
      }
    }
    check(Float.self)
    check(Double.self)
  }

  /// An op that does not name itself.
  struct Twice<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
    func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) { (2 * x, 2) }
  }

  @Test("an op without a name is shown by its type name")
  func defaultName() {
    let y = Var(1.0).applying(Twice())
    #expect(y.operation == "Twice<Double>")
    #expect(y.data == 2)
  }
}
