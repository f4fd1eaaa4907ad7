import Micrograd

/// Shrinks a failing point, as QuickCheck and Hypothesis do: tries simpler points
/// (fewer inputs, rounder numbers, nearer zero) and keeps any that fails the same way
/// (the same check, input and direction), until none does.
///
/// Every kept step makes ``measure(_:)`` lexicographically smaller, so it terminates;
/// `budget` caps the number of candidates checked.
func shrink<T: ScalarMath>(
  _ point: [T], _ mismatch: Mismatch<T>, function: FunctionUnderTest<T>, spec: InputSpec,
  options: RunOptions<T>, budget: Int = 2000
) -> ([T], Mismatch<T>, Int) {
  var current = (point, mismatch)
  var steps = 0
  var tried = 0
  search: while tried < budget {
    for (candidate, input) in candidates(current.0, failingInput: current.1.input, spec: spec)
    where measure(candidate).lexicographicallyPrecedes(measure(current.0)) {
      tried += 1
      if case .failed(let found) = checkCase(
        candidate, function: function, spec: spec, options: options),
        found.check == current.1.check, found.direction == current.1.direction,
        found.input == input || found.direction == .outOfRange
      {
        current = (candidate, found)
        steps += 1
        continue search
      }
      if tried >= budget { break search }
    }
    break
  }
  return (current.0, current.1, steps)
}

/// The size a shrinking step must decrease: the number of inputs, then the digits
/// needed to print them, then their magnitudes.
func measure<T: BinaryFloatingPoint>(_ point: [T]) -> [Double] {
  [
    Double(point.count), Double(point.map { digitCount($0) }.reduce(0, +)),
    point.map { Double($0.magnitude) }.reduce(0, +),
  ]
}

/// The characters needed to print `x`: 0 is simplest, then 1 and 2, −1, 0.5, …
func digitCount<T: BinaryFloatingPoint>(_ x: T) -> Int {
  guard x.isFinite else { return 100 }
  var text = format(x)
  if text.hasSuffix(".0") { text.removeLast(2) }
  return text.count
}

/// One-step simplifications of `point` that stay in the domains, each with the index
/// the failing input has in it: drop another input, then simpler values.
func candidates<T: BinaryFloatingPoint>(
  _ point: [T], failingInput: Int, spec: InputSpec
) -> [([T], Int)] {
  var result: [([T], Int)] = []
  if spec.domains.count == 1, spec.sizes.contains(point.count - 1) {
    for j in point.indices where j != failingInput {
      var fewer = point
      fewer.remove(at: j)
      result.append((fewer, j < failingInput ? failingInput - 1 : failingInput))
    }
  }
  for k in point.indices {
    let x = Double(point[k])
    let simpler: [Double] = [
      0, 1, -1, 2, -2, 0.5, -0.5, 3, -3, x.rounded(), x.rounded(decimals: 1),
      x.rounded(decimals: 2), (x / 2).rounded(decimals: 3),
    ]
    for value in simpler where spec.domain(k).contains(value) && value != x {
      var copy = point
      copy[k] = T(value)
      result.append((copy, failingInput))
    }
  }
  return result
}
