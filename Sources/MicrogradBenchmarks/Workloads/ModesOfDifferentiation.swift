import Micrograd

// The two rows of the modes of differentiation: a forward-mode directional derivative of
// the moons loss against the plain forward pass, and a Hessian-vector product against one
// gradient. The loss is written once, below, and run at four scalar types.

/// The moons loss of W2's model, MLP(2, [16, 16, 1]) with ReLU hidden layers, as a
/// function of its 337 parameters (micrograd's order: each layer, each neuron, its
/// weights then its bias): the mean hinge loss over the 100 points plus 1e-4·Σ p².
///
/// Written once, generically: run at `Plain<Double>` it is the plain forward pass, at
/// `Dual<Double>` forward mode, at `Var<Double>` reverse mode, at `Var<Dual<Double>>`
/// forward over reverse.
func moonsLoss<V: DifferentiableScalar>(_ p: [V]) -> V {
  var losses: [V] = []
  losses.reserveCapacity(moonsData.count)
  var hidden1: [V] = []
  var hidden2: [V] = []
  for (x0, x1, label) in moonsData {
    let (x, y) = (V.Scalar(x0), V.Scalar(x1))
    hidden1.removeAll(keepingCapacity: true)
    for j in 0..<16 {
      let base = 3 * j
      hidden1.append((p[base] * x + p[base + 1] * y + p[base + 2]).relu())
    }
    hidden2.removeAll(keepingCapacity: true)
    for j in 0..<16 {
      let base = 48 + 17 * j
      hidden2.append((V.dot(Array(p[base..<base + 16]), hidden1) + p[base + 16]).relu())
    }
    let score = V.dot(Array(p[320..<336]), hidden2) + p[336]
    losses.append((1 - score * V.Scalar(label)).relu())
  }
  return V.sum(losses) / V.Scalar(moonsData.count) + 1e-4 * V.dot(p, p)
}

/// A scalar that is only its value: applying an op keeps the value and drops the
/// partials, so a generic function runs as plain floating-point code (no graph, no
/// tangent). The baseline of the forward-mode row.
struct Plain<T: BinaryFloatingPoint>: DifferentiableScalar {
  var data: T
  @inline(__always) init(_ data: T) { self.data = data }

  @inline(__always)
  static func apply<Op: UnaryLocalGradient>(_ op: Op, _ x: Self) -> Self where Op.Scalar == T {
    Plain(op.forward(x.data).value)
  }

  @inline(__always)
  static func apply<Op: BinaryLocalGradient>(_ op: Op, _ x: Self, _ y: Self) -> Self
  where Op.Scalar == T {
    Plain(op.forward(x.data, y.data).value)
  }

  @inline(__always)
  static func apply<Op: NaryLocalGradient>(_ op: Op, _ inputs: [Self]) -> Self
  where Op.Scalar == T {
    Plain(op.forward(inputs.map(\.data)).value)
  }
}

/// W2's initial parameters and a fixed direction in parameter space.
func moonsPointAndDirection() -> (point: [Double], direction: [Double]) {
  let point = LibraryMoons(seed: moonsSeed).model.parameters().map(\.data)
  let direction = point.indices.map { Double(($0 * 7) % 11) / 11 - 0.5 }
  return (point, direction)
}

/// The forward-mode row: one `directionalDerivative` of the moons loss against one
/// evaluation of the same function at `Plain<Double>`. `ok` checks the tangent against
/// the reverse-mode gradient's dot product with the direction.
func measureForwardMode(_ plan: Plan, evaluations: Int) -> Report {
  let (point, direction) = moonsPointAndDirection()
  var tangent = 0.0
  let (plain, forward) = pairedMedianSeconds(
    plan,
    { for _ in 0..<evaluations { blackHole(moonsLoss(point.map { Plain($0) }).data) } },
    {
      for _ in 0..<evaluations {
        tangent = directionalDerivative(of: moonsLoss, at: point, along: direction)
      }
    })
  let expected = zip(gradient(of: moonsLoss, at: point), direction).reduce(0) { $0 + $1.0 * $1.1 }
  let ok = abs(tangent - expected) <= 1e-12 * max(1, abs(expected))
  return Report(
    workload: "forward-mode",
    fields: [
      ("ms_per_eval", .number(forward / Double(evaluations) * 1e3)),
      ("plain_forward_ms", .number(plain / Double(evaluations) * 1e3)),
      ("ratio_to_plain_forward", .number(forward / plain)),
      ("ok", .bool(ok)),
    ])
}

/// The Hessian-vector product row: one `hessianVectorProduct` of the moons loss against
/// one `gradient(of:at:)`. `ok` checks H·v against central differences of the gradient.
func measureHessianVectorProduct(_ plan: Plan, evaluations: Int) -> Report {
  let (point, direction) = moonsPointAndDirection()
  var gradientResult: [Double] = []
  var product: [Double] = []
  let (gradientSeconds, hvp) = pairedMedianSeconds(
    plan,
    { for _ in 0..<evaluations { gradientResult = gradient(of: moonsLoss, at: point) } },
    {
      for _ in 0..<evaluations {
        product = hessianVectorProduct(of: moonsLoss, at: point, along: direction)
      }
    })
  blackHole(gradientResult)
  // The same gradient through the graph overload (`Var`), for comparison.
  var graphResult: [Double] = []
  let (_, graphSeconds) = pairedMedianSeconds(
    plan,
    { for _ in 0..<evaluations { gradientResult = gradient(of: moonsLoss, at: point) } },
    {
      for _ in 0..<evaluations {
        graphResult = gradient(of: { (p: [Var<Double>]) in moonsLoss(p) }, at: point)
      }
    })
  let graphAgrees = zip(graphResult, gradientResult).allSatisfy {
    abs($0 - $1) <= 1e-12 * max(1, abs($0))
  }
  let h = 1e-6
  let plus = gradient(of: moonsLoss, at: zip(point, direction).map { $0 + h * $1 })
  let minus = gradient(of: moonsLoss, at: zip(point, direction).map { $0 - h * $1 })
  let numeric = zip(plus, minus).map { ($0 - $1) / (2 * h) }
  let scale = numeric.reduce(1) { max($0, abs($1)) }
  let ok = zip(product, numeric).allSatisfy { abs($0 - $1) <= 1e-5 * scale }
  return Report(
    workload: "hvp",
    fields: [
      ("ms_per_eval", .number(hvp / Double(evaluations) * 1e3)),
      ("gradient_ms", .number(gradientSeconds / Double(evaluations) * 1e3)),
      ("ratio_to_gradient", .number(hvp / gradientSeconds)),
      ("graph_gradient_ms", .number(graphSeconds / Double(evaluations) * 1e3)),
      ("ok", .bool(ok && graphAgrees)),
    ])
}

/// The medians, in seconds, of `baseline` and `measured`, timed in alternation (one of
/// each per repetition), so that a change in the machine's load affects both alike: their
/// ratio is what the rows report.
func pairedMedianSeconds(
  _ plan: Plan, _ baseline: () -> Void, _ measured: () -> Void
) -> (baseline: Double, measured: Double) {
  for _ in 0..<plan.warmups {
    baseline()
    measured()
  }
  var (first, second): ([Double], [Double]) = ([], [])
  for _ in 0..<plan.repetitions {
    var start = ContinuousClock.now
    baseline()
    first.append(seconds(ContinuousClock.now - start))
    start = ContinuousClock.now
    measured()
    second.append(seconds(ContinuousClock.now - start))
  }
  return (median(first), median(second))
}
