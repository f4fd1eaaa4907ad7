//: [Previous](@previous) | [Next](@next)
/*:
 # 12. Modes of differentiation

 `backward()` is reverse mode: one sweep from the output gives the derivative with
 respect to every input. The same local derivatives that each op stores also run
 *forward*: carry, next to each value, its derivative along one direction. A dual number
 a + bε with ε² = 0 does exactly that, and in Micrograd it is `Dual`.
 */
import Micrograd

/// Prints `value`, and stops the page if it is not within `tolerance` of `expected`.
func check(_ label: String, _ value: Double, equals expected: Double, tolerance: Double) {
  print("\(label) = \(value)")
  precondition(
    (value - expected).magnitude <= tolerance,
    "\(label) is \(value), expected \(expected) ± \(tolerance)")
}

// Page 1's f(x) = 3x² − 4x + 5 at x = 3: seed the input with tangent 1 (d/dx).
let x = Dual(3.0, tangent: 1)
let y = 3 * x * x - 4 * x + 5
check("f(3)", y.data, equals: 20, tolerance: 0)
check("f′(3), forward mode", y.tangent, equals: 14, tolerance: 0)  // page 1 estimated it
check("f′(3), derivative(of:at:)", derivative(of: { 3 * $0 * $0 - 4 * $0 + 5 }, at: 3.0), equals: 14, tolerance: 0)

/*:
 ## One function, both modes

 Write a function once, generically over `DifferentiableScalar`, and hand it to any
 entry point. Here is page 5's neuron, o = tanh(x1·w1 + x2·w2 + b), as a function of its
 five numbers.
 */
func neuron<V: DifferentiableScalar>(_ p: [V]) -> V where V.Scalar: ScalarMath {
  (p[0] * p[2] + p[1] * p[3] + p[4]).tanh()  // x1, x2, w1, w2, b
}
let point = [2.0, 0.0, -3.0, 1.0, 6.8813735870195432]

// Reverse mode: all five partial derivatives from one sweep, and no `grad` written.
let reverse = gradient(of: neuron, at: point)
print("gradient (reverse mode):", reverse)
// Forward mode: one evaluation per direction. Along w1 (the third input):
let alongW1 = directionalDerivative(of: neuron, at: point, along: [0, 0, 1, 0, 0])
check("∂o/∂w1, forward mode", alongW1, equals: reverse[2], tolerance: 0)
check("∂o/∂x1, reverse mode", reverse[0], equals: -1.5, tolerance: 1e-12)  // page 5's number

/*:
 Reverse mode costs one sweep for all inputs; forward mode one evaluation per input, but
 no graph. For a loss of many parameters, reverse mode wins; for few inputs and many
 outputs, forward mode. `jacobian(of:at:)` picks by shape.

 ## Second derivatives

 Run the function on `Var<Dual<Double>>`, a graph whose values are dual numbers, and one
 reverse sweep gives a Hessian-vector product: how the gradient changes along a
 direction. `hessian(of:at:)` takes one per column. The Rosenbrock function's Hessian at
 its minimum (1, 1) is [[802, −400], [−400, 200]].
 */
func rosenbrock<V: DifferentiableScalar>(_ v: [V]) -> V where V.Scalar: ScalarMath {
  (1 - v[0]).pow(2) + 100 * (v[1] - v[0] * v[0]).pow(2)
}
let h = hessian(of: rosenbrock, at: [1.0, 1.0])
print("Hessian of Rosenbrock at (1, 1):", h)
check("H[0][0]", h[0][0], equals: 802, tolerance: 0)
check("H[0][1]", h[0][1], equals: -400, tolerance: 0)
check("H[1][0]", h[1][0], equals: -400, tolerance: 0)
check("H[1][1]", h[1][1], equals: 200, tolerance: 0)
let hv = hessianVectorProduct(of: rosenbrock, at: [1.0, 1.0], along: [1, 1])
check("(H·[1, 1])[0]", hv[0], equals: 402, tolerance: 0)

/*:
 ## Nesting

 A derivative inside a derivative is safe: the inner call runs one level deeper
 (`Dual<Dual<Double>>`), where the outer `x` is a constant. d/dx [x · d/dy (x + y)] is
 x · 1, whose derivative is 1; an implementation that confused the two perturbations
 would say 2.
 */
let nested = derivative(of: { x in x * derivative(of: { y in x + y }, at: 1) }, at: 1.0)
check("d/dx [x · d/dy (x + y)]", nested, equals: 1, tolerance: 0)
// The second derivative of sin, forward over forward: −sin.
let second = derivative(of: { x in derivative(of: { y in y.sin() }, at: x) }, at: 0.5)
check("sin″(0.5)", second, equals: -0.479425538604203, tolerance: 1e-15)
//: Reverse mode does not nest: a `gradient(of:at:)` inside another's function that uses its inputs stops with a message.
