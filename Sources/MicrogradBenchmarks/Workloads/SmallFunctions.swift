import Micrograd

// The small functions of DESIGN.md, "Small functions": R (Rosenbrock, 2 inputs) and F
// (an exponential fit, 3 parameters, 200 points), each written once generically and
// differentiated by the package, against hand-written derivatives in the same process.

/// R: (1 − x)² + 100·(y − x²)².
@inline(__always)
func rosenbrock<V: DifferentiableScalar>(_ p: [V]) -> V {
  let a = 1 - p[0]
  let b = p[1] - p[0] * p[0]
  return a * a + 100 * b * b
}

/// F's data: xᵢ = 4i/199, yᵢ = 2.5·exp(−1.3·xᵢ) + 0.7 + 0.05·sin(12.9898·i), i < 200.
struct FitData {
  let x: [Double]
  let y: [Double]

  init() {
    x = (0..<200).map { 4 * Double($0) / 199 }
    y = (0..<200).map { (i: Int) -> Double in
      let x: Double = 4 * Double(i) / 199
      let decay: Double = 2.5 * Double.exp(-1.3 * x)
      return decay + 0.7 + 0.05 * Double.sin(12.9898 * Double(i))
    }
  }
}

/// F: the mean of (a·exp(−b·xᵢ) + c − yᵢ)² over the data.
@inline(__always)
func fitLoss<V: DifferentiableScalar>(_ p: [V], _ data: FitData) -> V
where V.Scalar: ScalarMath {
  var total = V(0)
  for i in data.x.indices {
    let r = p[0] * (p[1] * V.Scalar(-data.x[i])).exp() + p[2] - V.Scalar(data.y[i])
    total += r.pow(2)
  }
  return total / V.Scalar(data.x.count)
}

/// R's value and hand-written gradient.
@inline(never)
func rosenbrockGradient(_ p: [Double], into g: inout [Double]) -> Double {
  let (x, y) = (p[0], p[1])
  let a = 1 - x
  let b = y - x * x
  g[0] = -2 * a - 400 * x * b
  g[1] = 200 * b
  return a * a + 100 * b * b
}

/// F's value and hand-written gradient.
@inline(never)
func fitGradient(_ p: [Double], _ data: FitData, into g: inout [Double]) -> Double {
  let (a, b, c) = (p[0], p[1], p[2])
  var (total, ga, gb, gc) = (0.0, 0.0, 0.0, 0.0)
  for i in data.x.indices {
    let x = data.x[i]
    let e = Double.exp(-b * x)
    let r = a * e + c - data.y[i]
    total += r * r
    ga += 2 * r * e
    gb -= 2 * r * a * x * e
    gc += 2 * r
  }
  let n = Double(data.x.count)
  g[0] = ga / n
  g[1] = gb / n
  g[2] = gc / n
  return total / n
}

/// R's hand-written Hessian, row by row.
@inline(never)
func rosenbrockHessian(_ p: [Double], into h: inout [Double]) -> Double {
  let (x, y) = (p[0], p[1])
  h[0] = 2 - 400 * y + 1200 * x * x
  h[1] = -400 * x
  h[2] = h[1]
  h[3] = 200
  let (a, b) = (1 - x, y - x * x)
  return a * a + 100 * b * b
}

/// F's hand-written Hessian, row by row: (2/N)·Σ (∇r∇rᵀ + r·∇²r).
@inline(never)
func fitHessian(_ p: [Double], _ data: FitData, into h: inout [Double]) -> Double {
  let (a, b, c) = (p[0], p[1], p[2])
  var (total, haa, hab, hac, hbb, hbc, hcc) = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
  for i in data.x.indices {
    let x = data.x[i]
    let e = Double.exp(-b * x)
    let r = a * e + c - data.y[i]
    let (ra, rb) = (e, -a * x * e)
    total += r * r
    haa += ra * ra
    hab += ra * rb - r * x * e
    hac += ra
    hbb += rb * rb + r * a * x * x * e
    hbc += rb
    hcc += 1
  }
  let k = 2 / Double(data.x.count)
  h[0] = k * haa
  h[1] = k * hab
  h[2] = k * hac
  h[3] = h[1]
  h[4] = k * hbb
  h[5] = k * hbc
  h[6] = h[2]
  h[7] = h[5]
  h[8] = k * hcc
  return total / Double(data.x.count)
}

/// Whether two gradients agree to `tolerance`, relative to the larger entry.
func agree(_ a: [Double], _ b: [Double], tolerance: Double = 1e-12) -> Bool {
  let scale = zip(a, b).reduce(1.0) { max($0, abs($1.0), abs($1.1)) }
  return a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * scale }
}

/// The rows R and F: `gradient(of:at:)`, its allocation-free form, `CompiledGradient`
/// and `hessian(of:at:)`, each against the hand-written derivative in the same process.
func measureSmallFunction(_ name: String, _ plan: Plan, iterations: Int) -> Report {
  let data = FitData()
  let isR = name == "R"
  let point: [Double] = isR ? [0.5, 2.0] : [1, 1, 0]
  let n = point.count
  var handwritten = [Double](repeating: 0, count: n)
  var handHessian = [Double](repeating: 0, count: n * n)
  var ours: [Double] = []
  var into: [Double] = []
  var compiledResult: [Double] = []
  var hessianResult: [[Double]] = []
  let compiled =
    isR
    ? CompiledGradient(of: rosenbrock, at: point)
    : CompiledGradient(of: { fitLoss($0, data) }, at: point)
  let times = { (body: @escaping () -> Void) in { for _ in 0..<iterations { body() } } }
  let baseline: () -> Void =
    isR
    ? times { blackHole(rosenbrockGradient(point, into: &handwritten)) }
    : times { blackHole(fitGradient(point, data, into: &handwritten)) }
  let hessianBaseline: () -> Void =
    isR
    ? times { blackHole(rosenbrockHessian(point, into: &handHessian)) }
    : times { blackHole(fitHessian(point, data, into: &handHessian)) }
  let measured: () -> Void =
    isR
    ? times { ours = gradient(of: rosenbrock, at: point) }
    : times { ours = gradient(of: { fitLoss($0, data) }, at: point) }
  let allocationFree: () -> Void =
    isR
    ? times { blackHole(valueWithGradient(of: rosenbrock, at: point, into: &into)) }
    : times { blackHole(valueWithGradient(of: { fitLoss($0, data) }, at: point, into: &into)) }
  let hessianMeasured: () -> Void =
    isR
    ? times { hessianResult = hessian(of: rosenbrock, at: point) }
    : times { hessianResult = hessian(of: { fitLoss($0, data) }, at: point) }
  let (base, fast) = pairedMedianSeconds(plan, baseline, measured)
  let (base2, noAlloc) = pairedMedianSeconds(plan, baseline, allocationFree)
  let (base3, compiledTime) = pairedMedianSeconds(
    plan, baseline, times { compiledResult = compiled.gradient(at: point) })
  let (handH, ourH) = pairedMedianSeconds(plan, hessianBaseline, hessianMeasured)
  // The other approach, forward over reverse: n Hessian-vector products, one per column.
  var columns: [[Double]] = []
  let basis = (0..<n).map { j in (0..<n).map { $0 == j ? 1.0 : 0 } }
  let byColumns: () -> Void =
    isR
    ? times { columns = basis.map { hessianVectorProduct(of: rosenbrock, at: point, along: $0) } }
    : times {
      columns = basis.map { hessianVectorProduct(of: { fitLoss($0, data) }, at: point, along: $0) }
    }
  let (handH2, ourColumns) = pairedMedianSeconds(plan, hessianBaseline, byColumns)
  // A whole fit from the same start, Newton's method and L-BFGS (F only): the time of one
  // call of `minimize`.
  var fits: [(String, Report.Value)] = []
  if !isR {
    var newtonResult: MinimizationResult<Double>?
    var lbfgsResult: MinimizationResult<Double>?
    let fitTimes = max(1, iterations / 100)
    let newtonSeconds = medianSeconds(plan) {
      for _ in 0..<fitTimes {
        newtonResult = minimize({ fitLoss($0, data) }, from: point, method: .newton())
      }
    }
    let lbfgsSeconds = medianSeconds(plan) {
      for _ in 0..<fitTimes { lbfgsResult = minimize({ fitLoss($0, data) }, from: point) }
    }
    fits = [
      ("newton_fit_us", .number(newtonSeconds / Double(fitTimes) * 1e6)),
      ("newton_iterations", .integer(newtonResult?.iterations ?? 0)),
      ("lbfgs_fit_us", .number(lbfgsSeconds / Double(fitTimes) * 1e6)),
      ("lbfgs_iterations", .integer(lbfgsResult?.iterations ?? 0)),
    ]
  }
  let ok =
    agree(ours, handwritten) && agree(into, handwritten) && agree(compiledResult, handwritten)
    && agree(hessianResult.flatMap { $0 }, handHessian, tolerance: 1e-10)
    && agree(columns.flatMap { $0 }, handHessian, tolerance: 1e-10)
  let perCall = { (seconds: Double) in seconds / Double(iterations) * 1e9 }
  return Report(
    workload: name,
    fields: [
      ("handwritten_gradient_ns", .number(perCall(base))),
      ("gradient_ns", .number(perCall(fast))),
      ("gradient_ratio", .number(fast / base)),
      ("gradient_into_ratio", .number(noAlloc / base2)),
      ("compiled_gradient_ratio", .number(compiledTime / base3)),
      ("handwritten_hessian_ns", .number(perCall(handH))),
      ("hessian_ns", .number(perCall(ourH))),
      ("hessian_ratio", .number(ourH / handH)),
      ("hessian_by_columns_ratio", .number(ourColumns / handH2)),
    ] + fits + [("ok", .bool(ok))])
}
