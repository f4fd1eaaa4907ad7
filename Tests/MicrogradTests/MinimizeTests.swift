import Micrograd
import Testing

/// `minimize(_:from:method:)` with L-BFGS and Newton's method: converged results agree
/// with SciPy's `minimize` (Scripts/optimizer-references.py), and the Cholesky solve
/// and its fallback behave.
@Suite("minimize")
struct MinimizeTests {
  static func run(_ problem: String, _ method: MinimizationMethod<Double>) -> MinimizationResult<
    Double
  > {
    let start = OptimizationProblems.start(problem)
    if problem == "fit" { return minimize(OptimizationProblems.fit, from: start, method: method) }
    return minimize(OptimizationProblems.rosenbrock, from: start, method: method)
  }

  @Test(
    "Converged results agree with SciPy",
    arguments: ["rosenbrock", "fit"], ["lbfgs", "newton"])
  func agreesWithSciPy(problem: String, methodName: String) {
    let method: MinimizationMethod<Double> = methodName == "newton" ? .newton() : .lbfgs()
    let result = Self.run(problem, method)
    #expect(result.stop.converged, "\(result.stop)")
    var worstPoint = 0.0
    var worstValue = 0.0
    for reference in OptimizerReferenceValues.scipy where reference.problem == problem {
      for (mine, theirs) in zip(result.point, reference.point) {
        worstPoint = max(worstPoint, abs(mine - theirs) / max(1, abs(theirs)))
      }
      worstValue = max(worstValue, abs(result.value - reference.value))
    }
    #expect(worstPoint <= 1e-7, "point off SciPy's by \(worstPoint)")
    #expect(worstValue <= 1e-14, "value off SciPy's by \(worstValue)")
    print(
      "minimize \(problem) \(methodName): \(result.iterations) iterations,"
        + " \(result.functionEvaluations) evaluations, |g| \(result.gradientNorm),"
        + " largest deviation from SciPy: point \(worstPoint), value \(worstValue)")
  }

  @Test("Newton takes few iterations, and quadratic convergence ends with a tiny gradient")
  func newtonIsQuick() {
    let result = Self.run("rosenbrock", .newton())
    #expect(result.iterations < 30)
    #expect(result.gradientNorm < 1e-10)
    #expect(result.point == [1, 1] || abs(result.point[0] - 1) < 1e-12)
  }

  @Test("Cholesky solves a positive definite system")
  func cholesky() throws {
    let a: [[Double]] = [[4, 2, 0.4], [2, 5, 1], [0.4, 1, 3]]
    let l = try #require(choleskyFactor(a))
    let x = choleskySolve(l, [1, 2, 3])
    for i in 0..<3 {
      let row = (0..<3).map { a[i][$0] * x[$0] }.reduce(0, +)
      #expect(abs(row - Double(i + 1)) < 1e-14)
    }
    #expect(choleskyFactor([[1, 2], [2, 1]]) == nil)
  }

  @Test("An indefinite Hessian is shifted until positive definite: still a descent step")
  func indefiniteFallback() throws {
    let h: [[Double]] = [[1, 0], [0, -2]]
    let g = [1.0, 1.0]
    let (p, shift) = try #require(solveShiftedToPositiveDefinite(h, g.map { -$0 }))
    #expect(shift > 2)
    let slope: Double = g[0] * p[0] + g[1] * p[1]
    #expect(slope < 0)
    // A saddle: Newton must leave it downhill, not converge to it.
    func saddle<V: DifferentiableScalar>(_ p: [V]) -> V where V.Scalar: ScalarMath {
      p[0] * p[0] - p[1] * p[1] + p[1].pow(4)
    }
    let result = minimize(saddle, from: [0.5, 0.01], method: .newton())
    #expect(result.stop.converged)
    #expect(abs(abs(result.point[1]) - 0.5.squareRoot()) < 1e-9)
  }

  @Test("A function that is not finite at the start stops with notFinite")
  func notFinite() {
    func f<V: DifferentiableScalar>(_ p: [V]) -> V where V.Scalar: ScalarMath { p[0].log() }
    #expect(minimize(f, from: [-1.0], method: .newton()).stop == .notFinite)
  }
}
