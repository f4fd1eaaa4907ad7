import Micrograd

/// The leaves of W4, made outside the timed region.
struct WideSumInputs {
  var weights: [Var<Double>]
  var inputs: [Var<Double>]

  init(_ n: Int) {
    weights = (0..<n).map { Var(Double($0 % 7) * 0.1 - 0.3) }
    inputs = (0..<n).map { Var(Double($0 % 5) * 0.2 - 0.4) }
  }
}

/// W4: `s = Σ wᵢ·xᵢ` as a chain of n products and n − 1 sums (1e6 deep), then
/// `s.backward()`. Returns ds/dw₁ (= x₁) so the work is kept.
@inline(never)
func wideSum(_ leaves: WideSumInputs) -> Double {
  let (w, x) = (leaves.weights, leaves.inputs)
  var s = w[0] * x[0]
  for i in 1..<w.count {
    s = s + w[i] * x[i]
  }
  s.backward()
  return w[1].grad
}
