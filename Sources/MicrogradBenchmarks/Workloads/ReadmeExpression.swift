import Micrograd

/// W1: micrograd's README expression, built from fresh leaves, then `backward()`.
///
/// Returns (g, dg/da, dg/db); the check values are 24.7041, 138.8338, 645.5773.
@inline(never)
func readmeExpression() -> (g: Double, da: Double, db: Double) {
  let a = Var(-4.0)
  let b = Var(2.0)
  let g = readmeGeneric(a, b)
  g.backward()
  return (g.data, a.grad, b.grad)
}
