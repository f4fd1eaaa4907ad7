import Micrograd

/// The inputs a property draws: one domain for every input or one per input, and the
/// number of inputs.
struct InputSpec {
  var domains: [Domain]
  var sizes: ClosedRange<Int>

  init(domains: [Domain], sizes: ClosedRange<Int>) {
    precondition(!domains.isEmpty, "a check needs at least one domain")
    precondition(sizes.lowerBound >= 1, "a check needs at least one input")
    precondition(
      domains.count == 1 || (sizes.count == 1 && domains.count == sizes.lowerBound),
      "give one domain, or one per input")
    self.domains = domains
    self.sizes = sizes
  }

  func domain(_ i: Int) -> Domain { domains.count == 1 ? domains[0] : domains[i] }
}

/// Where a run is from and how it is configured.
struct RunOptions<T: ScalarMath> {
  var label: String
  var testName: String
  var seed: UInt64?
  var trials: Int?
  var tolerance: Tolerance
  var checks: [GradientCheck<T>]
  var point: [T]?
}

/// The seed a run uses when neither the call nor the environment gives one.
let defaultSeed: UInt64 = 0x5EED_600D
/// The number of trials a run uses when neither the call nor the environment gives one.
let defaultTrials = 100

/// What checking one point found.
enum CaseOutcome<T: BinaryFloatingPoint> {
  case passed(Double)
  case skipped(String)
  case failed(Mismatch<T>)
}

/// Runs every check at `point`: the first failure, else the first skip, else the
/// worst passing ratio.
func checkCase<T: ScalarMath>(
  _ point: [T], function: FunctionUnderTest<T>, spec: InputSpec, options: RunOptions<T>
) -> CaseOutcome<T> {
  let step = options.tolerance.step
  for i in point.indices where spec.domain(i).isNearKink(Double(point[i]), step: step) {
    return .skipped("within a step of a kink")
  }
  let context = GradientCheck<T>.Context(
    function: function, point: point, tolerance: options.tolerance,
    compared: point.indices.map { !spec.domain($0).isIntegral })
  var skip: String?
  var worst = 0.0
  for check in options.checks {
    do {
      switch try check.run(context) {
      case .passed(let ratio): worst = max(worst, ratio)
      case .skipped(let reason): skip = skip ?? reason
      case .failed(let mismatch): return .failed(mismatch)
      }
    } catch {
      return .failed(
        Mismatch(
          check: check.name, point: point, analytic: [], expected: [], expectedName: "",
          input: (error as? InputOutOfRange)?.index ?? 0, error: .nan, allowed: 0, tolerance: "",
          direction: .outOfRange, message: "\(error)"))
    }
  }
  if let skip { return .skipped(skip) }
  return .passed(worst)
}

/// Draws points, checks each, and shrinks the first failure.
func runProperty<T: ScalarMath>(
  _ function: FunctionUnderTest<T>, spec: InputSpec, options: RunOptions<T>
) -> GradientPropertyResult<T> {
  let (seed, source): (UInt64, String) =
    if let seed = options.seed { (seed, "argument") } else if let seed = Environment.seed {
      (seed, Environment.seedVariable)
    } else { (defaultSeed, "default") }
  var result = GradientPropertyResult<T>(name: function.name, seed: seed, seedSource: source)
  let forwardName = GradientCheck<T>.forwardMode.name
  result.checkedForwardMode =
    function.hasForwardMode && options.checks.contains { $0.name == forwardName }
  let secondOrderName = GradientCheck<T>.secondOrder.name
  result.checkedSecondOrder =
    function.hasSecondOrder && options.checks.contains { $0.name == secondOrderName }
  var points: [[T]]? = nil
  if let point = options.point {
    points = [point]
  } else if let replay = Environment.replayPoint(for: options.label) {
    points = [replay.map { T($0) }]
    result.seedSource += ", replaying \(Environment.replayVariable)"
  }
  let trials = points?.count ?? options.trials ?? Environment.trials ?? defaultTrials
  var seeds = SplitMix64(seed: seed)
  for trial in 0..<trials {
    result.trials += 1
    let point = points?[trial] ?? drawPoint(spec: spec, seed: seeds.next())
    switch checkCase(point, function: function, spec: spec, options: options) {
    case .passed(let ratio):
      result.checked += 1
      result.worstRatio = max(result.worstRatio, ratio)
    case .skipped(let reason):
      result.skipped[reason, default: 0] += 1
    case .failed(let mismatch):
      result.checked += 1
      let shrunk =
        points == nil
        ? shrink(point, mismatch, function: function, spec: spec, options: options)
        : (point, mismatch, 0)
      let test = options.testName.prefix { $0 != "(" }
      let replay =
        "\(Environment.replayVariable)='\(options.label)@\(format(shrunk.0))' "
        + "swift test --filter '/\(test)(\\(|$)'"
      result.failure = .init(
        trial: trial, original: mismatch, shrunk: shrunk.1, shrinkSteps: shrunk.2,
        replay: replay)
      return result
    }
  }
  return result
}

/// The point of one trial, drawn from its own seed.
func drawPoint<T: BinaryFloatingPoint>(spec: InputSpec, seed: UInt64) -> [T] {
  var generator = SplitMix64(seed: seed)
  let n = spec.sizes.lowerBound + generator.index(below: spec.sizes.count)
  return (0..<n).map { T(spec.domain($0).draw(using: &generator)) }
}
