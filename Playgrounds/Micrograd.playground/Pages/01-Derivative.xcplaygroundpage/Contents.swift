//: [Next](@next)
/*:
 # 1. The derivative of a simple function

 The derivative of f at x is the slope of f there: how much f(x) moves when x moves by
 a tiny h, divided by h. For f(x) = 3x² − 4x + 5, calculus says f′(x) = 6x − 4, so the
 slope at x = 3 is 14. The lecture finds it without calculus, by nudging x.
 */
import Micrograd

/// Prints `value`, and stops the page if it is not within `tolerance` of `expected`.
func check(_ label: String, _ value: Double, equals expected: Double, tolerance: Double) {
  print("\(label) = \(value)")
  precondition(
    (value - expected).magnitude <= tolerance,
    "\(label) is \(value), expected \(expected) ± \(tolerance)")
}

func f(_ x: Double) -> Double { 3 * x * x - 4 * x + 5 }

check("f(3)", f(3), equals: 20, tolerance: 0)

//: Nudge x by h and divide the rise by the run. Here the rise over the run is 14 + 3h.
let h = 0.0001
check("slope at 3 (h = 1e-4)", (f(3 + h) - f(3)) / h, equals: 14, tolerance: 1e-3)
check("slope at -3", (f(-3 + h) - f(-3)) / h, equals: -22, tolerance: 1e-3)
check("slope at 2/3", (f(2 / 3 + h) - f(2 / 3)) / h, equals: 0, tolerance: 1e-3)

/*:
 A smaller h is not always better. At h = 1e-12 the two values of f agree in almost all
 of their 16 digits, and the rounding error of each is divided by a tiny h. The result is
 the lecture's 14.001244608152774, to the last digit: IEEE arithmetic is the same in Python.
 */
let tiny = 1e-12
check(
  "slope at 3 (h = 1e-12)", (f(3 + tiny) - f(3)) / tiny, equals: 14.001244608152774,
  tolerance: 1e-12)

/*:
 Micrograd's `numericalGradient(of:at:)` takes the *central* difference
 (f(x + h) − f(x − h)) / 2h, whose error shrinks with h² instead of h. It is what the
 gradient checker of page 8 compares `backward()` against.
 */
let central = numericalGradient(
  of: { (x: [Var<Double>]) -> Var<Double> in 3 * x[0] * x[0] - 4 * x[0] + 5 }, at: [3.0])
check("central difference at 3", central[0], equals: 14, tolerance: 1e-6)
