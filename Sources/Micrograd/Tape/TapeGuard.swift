#if canImport(Runtime)
  import Runtime
#endif

/// What a ``Tape`` does when a comparison recorded in it comes out differently at a
/// replay, so that the recorded ops no longer are the ones the code would run.
public enum BranchPolicy: Sendable {
  /// Record again through the closure the tape was built from, and use the new
  /// recording from then on (the default): always the right gradient, at the cost of
  /// one recording. The change is listed in ``Tape/branchChanges``.
  case reRecord
  /// Stop with a precondition failure that names the comparison and where it was
  /// recorded.
  case trap
  /// Keep replaying the recorded ops and list the change in ``Tape/branchChanges``
  /// (CppAD's `compare_change_number`): the gradient is that of the recorded branch.
  case report
}

/// A comparison that came out differently at a replay than when it was recorded.
public struct BranchChange: Sendable, CustomStringConvertible {
  /// The comparison as written, such as `x < y` or `x >= 0.5`.
  public var comparison: String
  /// What the comparison gave when it was recorded.
  public var recorded: Bool
  /// The source location of the comparison (`File.swift:12`), if it could be found.
  public var location: String?
  /// The operands' values at the replay that changed it; for a read of `.data`, the
  /// value now and the value read.
  public var values: (lhs: Double, rhs: Double)
  /// Whether this is a read of `.data` (``Tape/dataReads``) whose value changed, rather
  /// than a comparison.
  public var isDataRead = false

  /// One line: what changed, where, and the values.
  public var description: String {
    let place = location.map { " at \($0)" } ?? ""
    if isDataRead {
      return "\(comparison) read\(place) was \(values.rhs) when recorded, is \(values.lhs) "
        + "now: a branch taken on it may differ"
    }
    return "comparison \(comparison)\(place) was \(recorded) when recorded, is \(!recorded) "
      + "now (lhs \(values.lhs), rhs \(values.rhs))"
  }
}

/// One side of a recorded comparison: a value slot of the tape, or a constant.
@usableFromInline
enum GuardOperand<T: BinaryFloatingPoint> {
  case slot(Int)
  case constant(T)
}

/// A comparison recorded on a tape, checked after every forward replay.
@usableFromInline
struct TapeGuard<T: BinaryFloatingPoint> {
  @usableFromInline var lhs: GuardOperand<T>
  @usableFromInline var rhs: GuardOperand<T>
  @usableFromInline var comparison: Comparison
  @usableFromInline var recorded: Bool
  @usableFromInline var text: String
  @usableFromInline var site: CallSite
  /// A read of `.data`: `rhs` is the value read, and the check is that `lhs` is still
  /// that value (NaN counts as equal to NaN).
  @usableFromInline var isDataRead = false

  /// Whether the check holds at these values.
  @inlinable
  func holds(_ lhs: T, _ rhs: T) -> Bool {
    isDataRead ? lhs == rhs || (lhs.isNaN && rhs.isNaN) : comparison.evaluate(lhs, rhs)
  }
}

/// Where a comparison was made: a backtrace taken when it was recorded, turned into a
/// file and line only if a report needs it.
@usableFromInline
struct CallSite: @unchecked Sendable {
  #if canImport(Runtime)
    var backtrace: Backtrace?
  #endif

  @usableFromInline
  static func here() -> CallSite {
    #if canImport(Runtime)
      CallSite(backtrace: try? Backtrace.capture(algorithm: .precise))
    #else
      CallSite()
    #endif
  }

  /// The first frame outside this module, as `path:line`, if symbols are available.
  var location: String? {
    #if canImport(Runtime)
      guard let frames = backtrace?.symbolicated()?.frames else { return nil }
      for frame in frames {
        guard let symbol = frame.symbol, let module = Self.module(of: symbol.rawName),
          !["Micrograd", "Runtime", "Swift", "_Concurrency"].contains(module)
        else { continue }
        guard let place = symbol.sourceLocation else { return symbol.name }
        return "\(place.path.split(separator: "/").last.map(String.init) ?? place.path)"
          + ":\(place.line)"
      }
      return nil
    #else
      return nil
    #endif
  }

  /// The module of a mangled Swift symbol (`$s9Micrograd…` is in `Micrograd`, `$ss…`
  /// in the standard library), or nil for a symbol that is not Swift's.
  static func module(of rawName: String) -> String? {
    guard rawName.hasPrefix("$s") else { return nil }
    let rest = rawName.dropFirst(2)
    if rest.first == "s" { return "Swift" }
    let digits = rest.prefix { $0.isNumber }
    guard let length = Int(digits) else { return nil }
    return String(rest.dropFirst(digits.count).prefix(length))
  }
}
