// The measuring harness: warm-up, repetitions, medians, and a black hole that keeps
// the optimiser from deleting the work being timed.

/// Consumes a value so that the optimiser must compute it.
///
/// `@_optimize(none)` stops whole-module optimisation from seeing that the body is
/// empty and deleting the call together with the work that feeds it.
@inline(never) @_optimize(none)
func blackHole<T>(_ value: T) {}

/// Returns `value` unchanged, in a way the optimiser cannot see through: a baseline fed
/// compile-time constants would otherwise be folded into its result (W1's hand-written
/// pass took 3 ns that way, a call and a stored tuple).
@inline(never) @_optimize(none)
func opaque<T>(_ value: T) -> T { value }

/// Measurement settings: how many untimed warm-up runs and timed repetitions.
struct Plan {
  var warmups: Int
  var repetitions: Int

  /// The full plan: 2 warm-ups, then the median of 9 timed repetitions.
  static let full = Plan(warmups: 2, repetitions: 9)
  /// The `--quick` plan for CI: 1 warm-up, median of 3.
  static let quick = Plan(warmups: 1, repetitions: 3)
}

/// Returns the median, in seconds, of `plan.repetitions` timings of `body`, after
/// `plan.warmups` untimed runs.
func medianSeconds(_ plan: Plan, _ body: () -> Void) -> Double {
  for _ in 0..<plan.warmups { body() }
  var samples: [Double] = []
  for _ in 0..<plan.repetitions {
    let start = ContinuousClock.now
    body()
    samples.append(seconds(ContinuousClock.now - start))
  }
  return median(samples)
}

/// The median of a non-empty list.
func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  let mid = sorted.count / 2
  return sorted.count.isMultiple(of: 2) ? (sorted[mid - 1] + sorted[mid]) / 2 : sorted[mid]
}

/// A duration in seconds.
func seconds(_ duration: Duration) -> Double {
  let (whole, attoseconds) = duration.components
  return Double(whole) + Double(attoseconds) * 1e-18
}
