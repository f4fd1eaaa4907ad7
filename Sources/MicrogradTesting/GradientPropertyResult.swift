/// What a property check found over all its trials; its `description` is the report.
///
/// Assert on ``passed``:
///
/// ```swift
/// #expect(result.passed)                      // Swift Testing
/// XCTAssertTrue(result.passed, "\(result)")   // XCTest
/// ```
///
/// Swift Testing prints the value of every part of a failed expectation, so
/// `#expect(result.passed)` already prints the report once; a comment `"\(result)"` would
/// print it a second time. XCTest prints only its message, so give it the report.
public struct GradientPropertyResult<T: BinaryFloatingPoint>: CustomStringConvertible {
  /// A failing case, as found and as shrunk, with the line that replays it.
  public struct Failure {
    /// The trial (0-based) that failed.
    public var trial: Int
    /// The mismatch at the point first drawn.
    public var original: Mismatch<T>
    /// The mismatch at the shrunk point: the same check, input and direction.
    public var shrunk: Mismatch<T>
    /// The number of simplifications the shrinker kept.
    public var shrinkSteps: Int
    /// One line that reruns exactly the shrunk case.
    public var replay: String
  }

  /// The name of the function or op checked.
  public var name: String
  /// The seed of the run, and where it came from (`default`, `argument`, or the
  /// environment variable).
  public var seed: UInt64
  /// Where ``seed`` came from.
  public var seedSource: String
  /// The number of trials run: all of them, or up to the first failure.
  public var trials = 0
  /// The trials checked (not skipped).
  public var checked = 0
  /// The skipped trials, counted by reason.
  public var skipped: [String: Int] = [:]
  /// The largest error of a passing trial, as a fraction of the allowed error.
  public var worstRatio = 0.0
  /// Whether forward mode was checked against reverse mode (it is for ops and
  /// ``DifferentiableFunction`` values, not for closures of `Var`s).
  public var checkedForwardMode = false
  /// Whether second derivatives were checked (``GradientCheck/secondOrder``: for
  /// ``DifferentiableFunction`` values and ``SecondOrderCheckable`` ops).
  public var checkedSecondOrder = false
  /// The first failure, shrunk; `nil` if every trial passed or was skipped.
  public var failure: Failure?

  /// The number of skipped trials.
  public var skippedCount: Int { skipped.values.reduce(0, +) }

  /// Whether no trial failed and at least half of the trials could be checked (a
  /// property that skips most points has not been tested).
  public var passed: Bool { failure == nil && checked * 2 >= trials && trials > 0 }

  /// The report: counts, and for a failure the seed, the shrunk counterexample with
  /// every partial, the tolerance broken, the original case, and the replay line.
  public var description: String {
    let seedText = "seed 0x\(String(seed, radix: 16, uppercase: true)) (\(seedSource))"
    let counts =
      "\(checked) of \(trials) trials checked, \(skippedCount) skipped"
      + (skipped.isEmpty
        ? ""
        : " ("
          + skipped.sorted { $0.key < $1.key }.map { "\($1) \($0)" }
          .joined(separator: "; ") + ")")
    guard let failure else {
      let verdict = passed ? "passed" : "FAILED: too few trials could be checked"
      let worst = "worst error \(Int((worstRatio * 100).rounded()))% of allowed"
      let modes =
        (checkedForwardMode ? "reverse and forward mode" : "reverse mode")
        + (checkedSecondOrder ? ", second order" : ", first order only")
      return "\(name) (\(T.self)), \(modes): \(verdict); \(counts); \(worst); \(seedText)"
    }
    let steps = "\(failure.shrinkSteps) step" + (failure.shrinkSteps == 1 ? "" : "s")
    return """
      \(name) (\(T.self)) FAILED at trial \(failure.trial + 1), \(seedText)
      Shrunk in \(steps) to:
      \(failure.shrunk)
      Replay: \(failure.replay)
      Original: \(failure.original)
      """
  }
}
