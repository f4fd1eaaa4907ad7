import Micrograd
import Testing

/// `LBFGS` against `torch.optim.LBFGS` in float64 (Scripts/optimizer-references.py): every
/// point PyTorch's closure was evaluated at, the final point and the counters.
@Suite("L-BFGS matches PyTorch")
struct LBFGSReferenceTests {
  static func function(_ problem: String) -> ([Var<Double>]) -> Var<Double> {
    if problem == "fit" { return { OptimizationProblems.fit($0) } }
    return { OptimizationProblems.rosenbrock($0) }
  }

  /// The largest difference, relative to max(1, |reference|).
  static func deviation(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).map { abs($0 - $1) / max(1, abs($1)) }.max() ?? 0
  }

  @Test(
    "Iterates and counters agree to 1e-10",
    arguments: OptimizerReferenceValues.lbfgs.indices)
  func matchesPyTorch(index: Int) throws {
    let reference = OptimizerReferenceValues.lbfgs[index]
    let f = Self.function(reference.problem)
    var optimizer = LBFGS<Double>(
      maxIterations: reference.maxIterations,
      lineSearch: reference.lineSearch ? .strongWolfe : nil)
    var point = OptimizationProblems.start(reference.problem)
    var evaluations: [[Double]] = []
    for _ in 0..<reference.steps {
      optimizer.step(&point) { x in
        evaluations.append(x)
        return valueWithGradient(of: f, at: x)
      }
    }
    try #require(evaluations.count == reference.evaluations.count)
    var worst = 0.0
    for (mine, theirs) in zip(evaluations, reference.evaluations) {
      worst = max(worst, Self.deviation(mine, theirs))
    }
    worst = max(worst, Self.deviation(point, reference.final))
    #expect(worst <= 1e-10, "largest deviation \(worst)")
    #expect(optimizer.iterations == reference.iterations)
    #expect(optimizer.functionEvaluations == reference.functionEvaluations)
    print(
      "L-BFGS \(reference.problem) line search \(reference.lineSearch) steps \(reference.steps):"
        + " \(evaluations.count) evaluations, largest deviation from PyTorch \(worst)")
  }

  @Test("Over [Var] parameters, the same iterates as over a point")
  func parametersMatchPoint() {
    var flat = LBFGS<Double>(lineSearch: .strongWolfe)
    var point = OptimizationProblems.start("fit")
    flat.step(&point, of: OptimizationProblems.fit)
    let parameters = OptimizationProblems.start("fit").map { Var($0) }
    var optimizer = LBFGS<Double>(lineSearch: .strongWolfe)
    optimizer.step(parameters) { OptimizationProblems.fit(parameters) }
    #expect(parameters.map(\.data) == point)
    #expect(optimizer.iterations == flat.iterations)
  }

  @Test("A point with a zero gradient stops at once")
  func stationaryStart() {
    var optimizer = LBFGS<Double>()
    var point = [1.0, 1.0]
    optimizer.step(&point, of: OptimizationProblems.rosenbrock)
    #expect(point == [1, 1])
    #expect(optimizer.stopReason == .gradientTolerance)
    #expect(optimizer.iterations == 0)
  }
}
