/// How a check failed at one point: the gradients compared, the worst input, its error
/// and the tolerance it broke.
public struct Mismatch<T: BinaryFloatingPoint>: CustomStringConvertible {
  /// Which side of the expected partial the analytic one lies on.
  public enum Direction: String, Sendable, Hashable {
    /// The analytic partial is larger than the expected one.
    case above
    /// The analytic partial is smaller than the expected one.
    case below
    /// One side is NaN and the other is not.
    case notANumber = "NaN"
    /// The function read past its inputs.
    case outOfRange = "out of range"
  }

  /// The name of the check that failed.
  public var check: String
  /// The point, one value per input.
  public var point: [T]
  /// The reverse-mode gradient, one partial per input.
  public var analytic: [T]
  /// What the analytic gradient was compared with: central differences or forward-mode
  /// tangents, one per input (NaN where an input is not compared).
  public var expected: [Double]
  /// The name of ``expected`` in reports: `numeric` or `forward`.
  public var expectedName: String
  /// The input whose partial broke the tolerance by the largest factor.
  public var input: Int
  /// |analytic − expected| at ``input``; NaN if either is NaN.
  public var error: Double
  /// The error allowed at ``input``.
  public var allowed: Double
  /// The tolerance broken, in words.
  public var tolerance: String
  /// Which way the analytic partial is off.
  public var direction: Direction
  /// What went wrong, when it is not a difference of numbers.
  public var message: String?
  /// What the failure most likely means, as a last line of the report.
  public var hint: String?

  /// Creates a mismatch; a custom ``GradientCheck`` returns one to fail.
  public init(
    check: String, point: [T], analytic: [T], expected: [Double], expectedName: String,
    input: Int, error: Double, allowed: Double, tolerance: String, direction: Direction,
    message: String? = nil, hint: String? = nil
  ) {
    self.check = check
    self.point = point
    self.analytic = analytic
    self.expected = expected
    self.expectedName = expectedName
    self.input = input
    self.error = error
    self.allowed = allowed
    self.tolerance = tolerance
    self.direction = direction
    self.message = message
    self.hint = hint
  }

  /// What makes two failures "the same": the check, the input and the direction.
  public var signature: String { "\(check) x\(input) \(direction.rawValue)" }

  /// The point, the analytic and expected partial of every input, and the worst error.
  public var description: String {
    if let message { return "\(check) at \(format(point)): \(message)" }
    var lines = ["\(check) failed at x = \(format(point))"]
    for i in point.indices {
      let mark = i == input ? "  <- worst" : ""
      lines.append(
        "  x\(i) = \(format(point[i])): analytic \(format(analytic[i])), "
          + "\(expectedName) \(format(expected[i]))\(mark)")
    }
    lines.append(
      "  worst: x\(input), \(direction == .notANumber ? "one side NaN" : "analytic \(direction.rawValue) \(expectedName)"), error "
        + "\(short(error)) > allowed \(short(allowed)) (\(tolerance))")
    if let hint { lines.append("  likely: \(hint)") }
    return lines.joined(separator: "\n")
  }
}
