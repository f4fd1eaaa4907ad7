//: [Previous](@previous) | [Next](@next)
/*:
 # 2. A function of several inputs

 d = a·b + c has three inputs, and so three slopes: nudge one input, hold the others
 still, and see how d moves. Each slope is a *partial* derivative: ∂d/∂a = b,
 ∂d/∂b = a and ∂d/∂c = 1. At the lecture's a = 2, b = −3, c = 10, d is 4.
 */
import Micrograd

/// Prints `value`, and stops the page if it is not within `tolerance` of `expected`.
func check(_ label: String, _ value: Double, equals expected: Double, tolerance: Double) {
  print("\(label) = \(value)")
  precondition(
    (value - expected).magnitude <= tolerance,
    "\(label) is \(value), expected \(expected) ± \(tolerance)")
}

func d(_ a: Double, _ b: Double, _ c: Double) -> Double { a * b + c }

let (a, b, c) = (2.0, -3.0, 10.0)
let h = 0.0001
let d1 = d(a, b, c)
check("d", d1, equals: 4, tolerance: 0)

//: Bump each input by h in turn. Raising a lowers d, because b is negative.
check("slope in a", (d(a + h, b, c) - d1) / h, equals: -3, tolerance: 1e-6)
check("slope in b", (d(a, b + h, c) - d1) / h, equals: 2, tolerance: 1e-6)
check("slope in c", (d(a, b, c + h) - d1) / h, equals: 1, tolerance: 1e-6)

/*:
 The same expression built from `Var`s remembers how it was computed, so one call to
 `backward()` gives all three slopes at once, exactly, with no h at all.
 */
let av = Var(a, label: "a")
let bv = Var(b, label: "b")
let cv = Var(c, label: "c")
let dv = av * bv + cv
dv.backward()
check("∂d/∂a", av.grad, equals: -3, tolerance: 0)
check("∂d/∂b", bv.grad, equals: 2, tolerance: 0)
check("∂d/∂c", cv.grad, equals: 1, tolerance: 0)
