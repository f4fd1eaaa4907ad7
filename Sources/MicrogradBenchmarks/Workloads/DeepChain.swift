import Micrograd

/// W3: `y = x`, then n times `y = (y * 0.5).tanh() * 2.0`, then `y.backward()`.
///
/// Three interior nodes per repetition. The graph is freed when the function
/// returns, so a timing of it covers build, backward and release. Returns dy/dx.
@inline(never)
func deepChain(_ n: Int) -> Double {
  let x = Var(0.5)
  var y = x
  for _ in 0..<n {
    y = (y * 0.5).tanh() * 2.0
  }
  y.backward()
  return x.grad
}

/// Builds the W3 graph and returns its output, for the memory measurement.
@inline(never)
func deepChainGraph(_ n: Int) -> Var<Double> {
  var y = Var(0.5)
  for _ in 0..<n {
    y = (y * 0.5).tanh() * 2.0
  }
  return y
}
