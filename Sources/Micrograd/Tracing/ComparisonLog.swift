// The comparisons a traced function makes, for `CompiledGradient`: recorded at the first
// call, checked at every later one, and handled by its `BranchPolicy`.

/// The outcomes of the comparisons of tracers in one call, in the order they were made.
@usableFromInline
struct ComparisonLog {
  /// The outcomes recorded at the first call.
  @usableFromInline var recorded: [Bool] = []
  /// Whether this call records (the first) or checks (every later one).
  @usableFromInline var isRecording = true
  /// How many comparisons this call has made so far.
  @usableFromInline var position = 0
  /// The first comparison of this call that came out differently, if any.
  @usableFromInline var change: BranchChange?

  @inlinable
  init() {}

  /// Notes one comparison's outcome: records it, or checks it against the recording.
  @usableFromInline
  mutating func note(
    _ comparison: Comparison, _ lhs: Double, _ rhs: Double, result: Bool
  ) {
    defer { position += 1 }
    if isRecording {
      recorded.append(result)
      return
    }
    guard change == nil else { return }
    let expected = position < recorded.count ? recorded[position] : !result
    guard result != expected else { return }
    change = BranchChange(
      comparison: "lhs \(comparison.rawValue) rhs (comparison \(position + 1) of the call)",
      recorded: expected, location: CallSite.here().location, values: (lhs, rhs))
  }
}
