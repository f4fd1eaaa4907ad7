// Recording through a closure: comparisons of `Var`s made inside it are logged, and
// become checks that every replay runs. The log is a task-local value, so recording
// on one thread never sees another thread's comparisons.

/// The comparisons made while a closure is being recorded.
@usableFromInline
final class RecordingLog: @unchecked Sendable {
  @usableFromInline var comparisons: [RecordedComparison] = []
  /// Reads of `.data` of interior values (see `Tape+DataReads.swift`).
  @usableFromInline var reads: [RecordedRead] = []
  /// The recording tape's policy: under `.trap` a read stops the recording.
  @usableFromInline let policy: BranchPolicy
  @usableFromInline init(policy: BranchPolicy) { self.policy = policy }
}

/// A comparison made while recording: each side a node (`AnyObject`) or a constant.
@usableFromInline
struct RecordedComparison {
  @usableFromInline var lhs: Any
  @usableFromInline var rhs: Any
  @usableFromInline var comparison: Comparison
  @usableFromInline var result: Bool
  @usableFromInline var text: String
  @usableFromInline var site: CallSite
}

/// The log of the recording under way on this task or thread, if any.
@usableFromInline
enum Recording {
  @TaskLocal @usableFromInline static var log: RecordingLog?
}

extension Tape {
  /// Records `body` once and compiles the graph it returns; comparisons of `Var`s made
  /// inside it (`x < y`, `x >= 0.5`, …) become checks that every `forward()` runs.
  ///
  /// ```swift
  /// let tape = Tape { if a < b { return a * b } else { return a + b } }
  /// a.data = 10
  /// tape.forward()  // a < b changed: the tape records `body` again (the default)
  /// ```
  ///
  /// - Parameters:
  ///   - policy: What to do when a comparison comes out differently at a replay; by
  ///     default, record `body` again. See ``BranchPolicy``.
  ///   - body: Builds the graph from `Var`s that live outside it (the leaves). It is
  ///     called again when the tape records again, so it should have no other effects.
  public convenience init(
    policy: BranchPolicy = .reRecord, recording body: @escaping () -> Var<T>
  ) {
    self.init(program: Self.record(body, policy: policy), policy: policy, body: body)
  }

  @usableFromInline
  static func record(_ body: () -> Var<T>, policy: BranchPolicy) -> TapeProgram<T> {
    let log = RecordingLog(policy: policy)
    let output = Recording.$log.withValue(log) { body() }
    var builder = TapeBuilder<T>()
    defer { builder.deallocate() }
    // A compared value is computed by the tape too, even if the output does not depend
    // on it, and is never fused away.
    var compared: [RecordedComparison] = []
    var roots = [output.node]
    for comparison in log.comparisons {
      let sides = [comparison.lhs, comparison.rhs]
      guard sides.allSatisfy({ $0 is Node<T> || $0 is T }) else { continue }
      for case let node as Node<T> in sides { roots.append(node) }
      compared.append(comparison)
    }
    // A value read from `.data` is computed by the tape too, and checked like a
    // comparison whose other side is the value read.
    let reads = log.reads.filter { $0.node is Node<T> && $0.value is T }
    for read in reads { roots.append(read.node as! Node<T>) }
    builder.appendGraph(of: roots)
    builder.finish()
    func operand(_ side: Any) -> GuardOperand<T> {
      if let node = side as? Node<T> { return .slot(Int(builder.slot(of: node)!)) }
      return .constant(side as! T)
    }
    let guards =
      compared.map {
        TapeGuard(
          lhs: operand($0.lhs), rhs: operand($0.rhs), comparison: $0.comparison,
          recorded: $0.result, text: $0.text, site: $0.site)
      }
      + reads.map {
        TapeGuard(
          lhs: operand($0.node), rhs: operand($0.value), comparison: .equal, recorded: true,
          text: $0.text, site: $0.site, isDataRead: true)
      }
    return TapeProgram(builder, output: output.node, guards: guards)
  }

  /// Runs the recorded comparisons at the values of the last forward pass, and
  /// applies the policy to the first that changed.
  @usableFromInline
  func checkGuards() {
    let values = program.values
    func value(_ operand: GuardOperand<T>) -> T {
      switch operand {
      case .slot(let slot): values[slot]
      case .constant(let constant): constant
      }
    }
    for check in program.guards {
      let (lhs, rhs) = (value(check.lhs), value(check.rhs))
      guard check.holds(lhs, rhs) != check.recorded else { continue }
      let change = BranchChange(
        comparison: check.text, recorded: check.recorded, location: check.site.location,
        values: (Double(lhs), Double(rhs)), isDataRead: check.isDataRead)
      if branchChanges.count < 100 { branchChanges.append(change) }
      switch policy {
      case .trap:
        preconditionFailure("compiled tape: \(change)")
      case .report:
        continue
      case .reRecord:
        guard let body else { preconditionFailure("compiled tape: \(change)") }
        program = Self.record(body, policy: policy)
        reRecordings += 1
        return
      }
    }
  }
}
