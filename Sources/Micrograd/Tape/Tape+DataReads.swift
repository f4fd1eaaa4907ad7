// Reading `.data` of a recorded value while a closure is recorded. The tape sees the
// ops, not what the code did with the number it read: `if e.data > 0 { … }` chooses a
// branch the replay cannot check. So every such read is logged with where it was made,
// and becomes a check at every replay that the value read is still the same.
//
// Reading a leaf (an input or parameter), and reading anything when no recording is
// under way, costs one flag test and no more.

/// A read of `.data` of a recorded (non-leaf) value while ``Tape/init(policy:recording:)``
/// was recording its closure.
public struct DataRead: Sendable, CustomStringConvertible {
  /// The value read, such as `e.data` or `Var(0.5).data` for an unlabelled value.
  public var expression: String
  /// The source location of the read (`File.swift:12`), if it could be found.
  public var location: String?
  /// The value it had when it was read.
  public var value: Double

  /// One line: what was read, where, and its value.
  public var description: String {
    let place = location.map { " at \($0)" } ?? ""
    return "\(expression) read\(place) while recording (value \(value)); a branch on it is "
      + "checked only as 'the value is unchanged': compare Vars (x < y) or use select"
  }
}

/// A `.data` read logged during a recording: the node and the value it gave.
@usableFromInline
struct RecordedRead {
  @usableFromInline var node: AnyObject
  @usableFromInline var value: Any
  @usableFromInline var text: String
  @usableFromInline var site: CallSite
}

extension Recording {
  /// Logs a read of `.data` of `node`, an interior value, if a recording is under way
  /// on this task; under ``BranchPolicy/trap`` it stops here.
  @usableFromInline @inline(never)
  static func noteRead<T>(of node: Node<T>) {
    guard let log = Recording.log else { return }
    // The first reads of a recording carry a backtrace; the rest (a loop printing
    // values, say) only their count, so that a recording never slows down unbounded.
    let site: CallSite = log.reads.count < 16 ? .here() : CallSite()
    let name = node.label.isEmpty ? "Var(\(node.data))" : node.label
    let read = RecordedRead(node: node, value: node.data, text: "\(name).data", site: site)
    log.reads.append(read)
    if log.policy == .trap {
      let report = DataRead(
        expression: read.text, location: site.location, value: Double(node.data))
      preconditionFailure("compiled tape: \(report)")
    }
  }
}

extension Tape {
  /// Every `.data` of a recorded value read while the closure was last recorded, in
  /// the order they were made.
  ///
  /// A tape records ops; a number read from `.data` and used in an `if` picks a branch
  /// the replay cannot see. Each read is therefore checked at every replay: if the
  /// value is no longer the one read, the tape's ``policy`` applies as to a changed
  /// comparison (``BranchPolicy/reRecord`` records again, so the gradient stays right;
  /// ``BranchPolicy/report`` lists it in ``branchChanges``); under
  /// ``BranchPolicy/trap`` the read itself stops the recording, naming where it was.
  /// Comparisons of `Var`s (`x < y`) and ``DifferentiableScalar/select(_:_:_:then:else:)-(_,_,Self,_,_)``
  /// are checked exactly and need none of this.
  public var dataReads: [DataRead] {
    program.guards.compactMap { check in
      guard check.isDataRead, case .constant(let value) = check.rhs else { return nil }
      return DataRead(
        expression: check.text, location: check.site.location, value: Double(value))
    }
  }
}
