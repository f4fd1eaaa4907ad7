import Micrograd

/// Scales the gradients of `parameters` down so that their joint Euclidean norm is at
/// most `maxNorm`: PyTorch's `clip_grad_norm_`. Call it between `backward()` and the
/// optimiser's step.
///
/// With n = √(Σ p.grad²), every gradient is multiplied by `maxNorm / (n + 1e-6)` when
/// that is below 1, and left alone otherwise.
///
/// - Returns: The norm n of the gradients before clipping.
/// - Precondition: `maxNorm` is positive.
@inlinable
@discardableResult
public func clipGradientNorm<T: ScalarMath>(_ parameters: [Var<T>], maxNorm: T) -> T {
  precondition(maxNorm > 0, "clipGradientNorm needs a positive maximum, got \(maxNorm)")
  var sumOfSquares: T = 0
  for p in parameters { sumOfSquares += p.grad * p.grad }
  let norm = sumOfSquares.squareRoot()
  let coefficient = maxNorm / (norm + T(1e-6))
  if coefficient < 1 {
    for p in parameters { p.grad *= coefficient }
  }
  return norm
}
