//: [Previous](@previous) | [Next](@next)
/*:
 # 8. An op of your own

 Any function can join the graph if you can give its value and its local derivative; the
 chain rule does the rest. PyTorch does this with a custom `autograd.Function`, and its
 example is the Legendre polynomial P₃(x) = ½(5x³ − 3x), with P₃′(x) = 3/2·(5x² − 1).
 In Micrograd an op is a `LocalGradient`: its `forward` returns the value and the
 derivative side by side, and the built-in ops are written the same way.
 */
import Micrograd

/// Prints `value`, and stops the page if it is not within `tolerance` of `expected`.
func check(_ label: String, _ value: Double, equals expected: Double, tolerance: Double) {
  print("\(label) = \(value)")
  precondition(
    (value - expected).magnitude <= tolerance,
    "\(label) is \(value), expected \(expected) ± \(tolerance)")
}

struct LegendreP3<Scalar: BinaryFloatingPoint>: UnaryLocalGradient {
  static var name: String { "P3" }
  func forward(_ x: Scalar) -> (value: Scalar, dx: Scalar) {
    (0.5 * (5 * x * x * x - 3 * x), 1.5 * (5 * x * x - 1))
  }
}

let x = Var(0.5, label: "x")
let y = x.applying(LegendreP3()).labeled("y")
y.backward()
check("P3(0.5)", y.data, equals: -0.4375, tolerance: 1e-15)
check("P3′(0.5)", x.grad, equals: 0.375, tolerance: 1e-15)
print("op:", y.operation)  // P3, the name that graph drawings show

/*:
 A derivative written by hand deserves a test. `checkGradients(of:at:)` runs
 `backward()` on a function of fresh inputs and compares every partial derivative with a
 central difference. Check the op inside an expression, where it meets other ops.
 */
func model(_ v: [Var<Double>]) -> Var<Double> {
  (v[0].applying(LegendreP3()) * v[1]).tanh()
}
for point in [[0.5, 2.0], [-0.3, 1.5], [1.2, -0.7]] {
  let result = checkGradients(of: model, at: point)
  print(point, result)
  precondition(result.passed, "P3's derivative disagrees with finite differences at \(point)")
}

//: The op is generic, so it works in `Float` too; the checker then uses looser defaults.
let single = checkGradients(
  of: { (v: [Var<Float>]) -> Var<Float> in v[0].applying(LegendreP3()) }, at: [0.5])
print("Float:", single)
precondition(single.passed, "P3 in Float should pass the Float tolerances")

//: And the checker catches a mistake, here a forgotten factor 3/2 in the derivative.
struct WrongP3: UnaryLocalGradient {
  func forward(_ x: Double) -> (value: Double, dx: Double) {
    (0.5 * (5 * x * x * x - 3 * x), 5 * x * x - 1)
  }
}
let wrong = checkGradients(of: { $0[0].applying(WrongP3()) }, at: [0.5])
print("wrong derivative:", wrong)
precondition(!wrong.passed, "the checker should reject a wrong derivative")
