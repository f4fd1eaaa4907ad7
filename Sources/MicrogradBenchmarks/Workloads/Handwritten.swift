import Micrograd

// Hand-written forward and backward passes of W1, W3 and W4 on plain Doubles: the
// limit a compiled tape is compared with, in the same process. Each runs the same ops
// in the same order as the graph, and allocates nothing.

/// W1 by hand: micrograd's README expression at (a, b) and (g, dg/da, dg/db).
@inline(never)
func handwrittenReadme(_ a: Double, _ b: Double) -> (g: Double, da: Double, db: Double) {
  // Forward.
  let c = a + b
  let d = a * b + b * b * b
  let c1 = c + (c + 1)
  let c2 = c1 + (1 + c1 + -a)
  let r1 = b + a
  let d1 = d + (d * 2 + max(r1, 0))
  let r2 = b - a
  let d2 = d1 + (3 * d1 + max(r2, 0))
  let e = c2 - d2
  let f = e * e
  let g = f / 2 + 10 / f
  // Backward.
  let gf = 0.5 - 10 / (f * f)
  let ge = gf * 2 * e
  let (gc2, gd2) = (ge, -ge)
  let gc1 = 2 * gc2
  var ga = -gc2
  let gc = 2 * gc1
  ga += gc
  var gb = gc
  let gd1 = 4 * gd2
  if r2 > 0 {
    gb += gd2
    ga -= gd2
  }
  let gd = 3 * gd1
  if r1 > 0 {
    ga += gd1
    gb += gd1
  }
  ga += gd * b
  gb += gd * (a + 3 * b * b)
  return (g, ga, gb)
}

/// W3 by hand: n times y = 2·tanh(0.5·y) from x, then dy/dx, keeping each tanh in
/// `tanhs` (n values) for the backward pass.
@inline(never)
func handwrittenDeepChain(_ x: Double, tanhs: UnsafeMutableBufferPointer<Double>) -> Double {
  var y = x
  for i in tanhs.indices {
    let t = Double.tanh(y * 0.5)
    tanhs[i] = t
    y = t * 2
  }
  var g = 1.0
  for i in tanhs.indices.reversed() {
    let t = tanhs[i]
    g = ((g * 2) * (1 - t * t)) * 0.5
  }
  return g
}

/// W4 by hand: s = Σ wᵢ·xᵢ, then ds/dwᵢ = xᵢ and ds/dxᵢ = wᵢ added to the gradients.
@inline(never)
func handwrittenWideSum(
  _ w: UnsafeBufferPointer<Double>, _ x: UnsafeBufferPointer<Double>,
  gw: UnsafeMutableBufferPointer<Double>, gx: UnsafeMutableBufferPointer<Double>
) -> Double {
  var s = w[0] * x[0]
  for i in 1..<w.count { s = s + w[i] * x[i] }
  for i in w.indices {
    gw[i] += x[i]
    gx[i] += w[i]
  }
  return s
}
