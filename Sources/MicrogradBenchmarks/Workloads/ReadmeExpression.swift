import Micrograd

/// W1: micrograd's README expression, built from fresh leaves, then `backward()`.
///
/// Returns (g, dg/da, dg/db); the check values are 24.7041, 138.8338, 645.5773.
@inline(never)
func readmeExpression() -> (g: Double, da: Double, db: Double) {
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
  return (g.data, a.grad, b.grad)
}
