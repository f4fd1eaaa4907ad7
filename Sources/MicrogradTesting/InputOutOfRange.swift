/// A checked function read past its inputs; the check that ran it fails with this
/// message instead of the process trapping.
public struct InputOutOfRange: Error, CustomStringConvertible {
  /// The index the function read.
  public var index: Int
  /// The number of inputs it was given.
  public var count: Int

  /// `the function read x[2], but it was given 2 inputs`.
  public var description: String {
    "the function read x[\(index)], but it was given \(count) input" + (count == 1 ? "" : "s")
  }
}
