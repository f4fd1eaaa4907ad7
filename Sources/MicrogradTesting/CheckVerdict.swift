/// What one check found at one point.
public enum CheckVerdict<T: BinaryFloatingPoint> {
  /// The check passed; `worstRatio` is the largest error as a fraction of the allowed.
  case passed(worstRatio: Double)
  /// The check proves nothing here (near a kink, or f curves too fast for the step);
  /// counted, not failed.
  case skipped(reason: String)
  /// The check failed.
  case failed(Mismatch<T>)
}
