// PyTorch's `_strong_wolfe` and `_cubic_interpolate` (torch/optim/lbfgs.py), ported line
// by line, so that the trial steps, and so the iterates, are PyTorch's. Python's `min`
// and `max` are `pyMin` and `pyMax`; expressions keep Python's order of evaluation.

extension LBFGS {
  /// The minimiser of the cubic through (x₁, f₁, g₁) and (x₂, f₂, g₂), clamped to
  /// `bounds` (by default the interval between x₁ and x₂); their midpoint if the cubic
  /// has no minimum.
  @inlinable
  static func cubicInterpolate(
    _ x1: T, _ f1: T, _ g1: T, _ x2: T, _ f2: T, _ g2: T, bounds: (T, T)? = nil
  ) -> T {
    let (xMin, xMax) = bounds ?? (x1 <= x2 ? (x1, x2) : (x2, x1))
    let d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2)
    let d2Square = d1 * d1 - g1 * g2
    guard d2Square >= 0 else { return (xMin + xMax) / 2 }
    let d2 = d2Square.squareRoot()
    let minPosition =
      x1 <= x2
      ? x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))
      : x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2))
    return pyMin(pyMax(minPosition, xMin), xMax)
  }

  /// A step length `t` along `direction` that meets the strong Wolfe conditions, with
  /// the value and gradient there and the number of evaluations made.
  ///
  /// - Parameters:
  ///   - evaluate: The value and gradient at `start + t · direction`.
  @inlinable
  func strongWolfe(
    t initialStep: T, direction d: [T], value f: T, gradient g: [T], gtd: T,
    c1: T = 1e-4, c2: T = 0.9, changeTolerance: T = 1e-9, maxSteps: Int,
    evaluate: (T) -> (value: T, gradient: [T])
  ) -> (value: T, gradient: [T], t: T, evaluations: Int) {
    var t = initialStep
    let dNorm = d.maxMagnitude
    var (fNew, gNew) = evaluate(t)
    var evaluations = 1
    var gtdNew = gNew.dot(d)
    var (tPrevious, fPrevious, gPrevious, gtdPrevious) = (T(0), f, g, gtd)
    var done = false
    var iteration = 0
    var bracket: [T] = []
    var bracketF: [T] = []
    var bracketG: [[T]] = []
    var bracketGtd: [T] = []
    while iteration < maxSteps {
      if fNew > (f + c1 * t * gtd) || (iteration > 1 && fNew >= fPrevious) {
        (bracket, bracketF) = ([tPrevious, t], [fPrevious, fNew])
        (bracketG, bracketGtd) = ([gPrevious, gNew], [gtdPrevious, gtdNew])
        break
      }
      if abs(gtdNew) <= -c2 * gtd {
        (bracket, bracketF, bracketG) = ([t], [fNew], [gNew])
        done = true
        break
      }
      if gtdNew >= 0 {
        (bracket, bracketF) = ([tPrevious, t], [fPrevious, fNew])
        (bracketG, bracketGtd) = ([gPrevious, gNew], [gtdPrevious, gtdNew])
        break
      }
      // Interpolate.
      let minStep = t + 0.01 * (t - tPrevious)
      let maxStep = t * 10
      let previous = t
      t = Self.cubicInterpolate(
        tPrevious, fPrevious, gtdPrevious, t, fNew, gtdNew, bounds: (minStep, maxStep))
      (tPrevious, fPrevious, gPrevious, gtdPrevious) = (previous, fNew, gNew, gtdNew)
      (fNew, gNew) = evaluate(t)
      evaluations += 1
      gtdNew = gNew.dot(d)
      iteration += 1
    }
    if iteration == maxSteps {
      (bracket, bracketF, bracketG) = ([0, t], [f, fNew], [g, gNew])
    }

    // Zoom: shrink the bracket until a point meets the conditions.
    var insufficientProgress = false
    var (low, high) = bracketF[0] <= bracketF[bracketF.count - 1] ? (0, 1) : (1, 0)
    while !done && iteration < maxSteps {
      if abs(bracket[1] - bracket[0]) * dNorm < changeTolerance { break }
      t = Self.cubicInterpolate(
        bracket[0], bracketF[0], bracketGtd[0], bracket[1], bracketF[1], bracketGtd[1])
      let (top, bottom) = (pyMax(bracket[0], bracket[1]), pyMin(bracket[0], bracket[1]))
      let eps = 0.1 * (top - bottom)
      if pyMin(top - t, t - bottom) < eps {
        if insufficientProgress || t >= top || t <= bottom {
          t = abs(t - top) < abs(t - bottom) ? top - eps : bottom + eps
          insufficientProgress = false
        } else {
          insufficientProgress = true
        }
      } else {
        insufficientProgress = false
      }
      (fNew, gNew) = evaluate(t)
      evaluations += 1
      gtdNew = gNew.dot(d)
      iteration += 1
      if fNew > (f + c1 * t * gtd) || fNew >= bracketF[low] {
        (bracket[high], bracketF[high], bracketG[high], bracketGtd[high]) = (t, fNew, gNew, gtdNew)
        (low, high) = bracketF[0] <= bracketF[1] ? (0, 1) : (1, 0)
      } else {
        if abs(gtdNew) <= -c2 * gtd {
          done = true
        } else if gtdNew * (bracket[high] - bracket[low]) >= 0 {
          (bracket[high], bracketF[high]) = (bracket[low], bracketF[low])
          (bracketG[high], bracketGtd[high]) = (bracketG[low], bracketGtd[low])
        }
        (bracket[low], bracketF[low], bracketG[low], bracketGtd[low]) = (t, fNew, gNew, gtdNew)
      }
    }
    return (bracketF[low], bracketG[low], bracket[low], evaluations)
  }
}
