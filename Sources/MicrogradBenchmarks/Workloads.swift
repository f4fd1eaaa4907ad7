import Micrograd

/// Runs one named workload and returns its figures.
func run(_ workload: String, plan: Plan, quick: Bool) -> Report? {
  switch workload {
  case "memory": return measureMemory(nodes: quick ? 300_000 : 3_000_000)
  case "W1": return measureReadme(plan)
  case "W2": return measureMoons(plan, steps: quick ? 20 : 100)
  case "W2-graph": return measureMoonsGraph(plan, steps: quick ? 20 : 100)
  case "W2-compiled": return measureCompiledMoons(plan, steps: quick ? 20 : 100)
  case "W1-compiled": return measureCompiledReadme(plan)
  case "W3-compiled": return measureCompiledDeepChain(plan, n: quick ? 100_000 : 1_000_000)
  case "W4-compiled": return measureCompiledWideSum(plan, n: quick ? 100_000 : 1_000_000)
  case "tape-memory": return measureTapeMemory()
  case "moons-parameters": return moonsParameters(steps: quick ? 20 : 100)
  case "W3": return measureDeepChain(plan, n: quick ? 100_000 : 1_000_000)
  case "W4": return measureWideSum(plan, n: quick ? 100_000 : 1_000_000)
  case "W3-deep": return survivesDeepChain(n: 10_000_000)
  case "forward-mode": return measureForwardMode(plan, evaluations: quick ? 5 : 20)
  case "hvp": return measureHessianVectorProduct(plan, evaluations: quick ? 2 : 10)
  case "R": return measureSmallFunction("R", plan, iterations: quick ? 20_000 : 200_000)
  case "F": return measureSmallFunction("F", plan, iterations: quick ? 200 : 2_000)
  case "W5": return measureBigBatch(plan, steps: quick ? 1 : 4)
  case "W5-limits": return measureBigBatchLimits(plan)
  case "W6": return measureCrossEntropyBatch(plan, steps: quick ? 10 : 40)
  default: return nil
  }
}

func measureReadme(_ plan: Plan) -> Report {
  let check = readmeExpression()
  let ok =
    abs(check.g - 24.7041) < 1e-4 && abs(check.da - 138.8338) < 1e-4
    && abs(check.db - 645.5773) < 1e-4
  let iterations = 20_000
  let seconds = medianSeconds(plan) {
    for _ in 0..<iterations { blackHole(readmeExpression()) }
  }
  return Report(
    workload: "W1",
    fields: [("us_per_iter", .number(seconds / Double(iterations) * 1e6)), ("ok", .bool(ok))])
}

func measureDeepChain(_ plan: Plan, n: Int) -> Report {
  let seconds = medianSeconds(plan) { blackHole(deepChain(n)) }
  return Report(
    workload: "W3",
    fields: [("ns_per_node", .number(seconds / Double(3 * n) * 1e9)), ("n", .integer(n))])
}

func measureWideSum(_ plan: Plan, n: Int) -> Report {
  let leaves = WideSumInputs(n)
  let seconds = medianSeconds(plan) { blackHole(wideSum(leaves)) }
  // Interior nodes: n products and n − 1 sums.
  return Report(
    workload: "W4",
    fields: [("ns_per_node", .number(seconds / Double(2 * n - 1) * 1e9)), ("n", .integer(n))])
}

/// RSS growth while a W3 graph of `nodes` interior nodes is alive, per node.
///
/// It runs first, in a fresh process, so that the allocator has no freed memory to
/// hand back and the growth is all new pages.
func measureMemory(nodes: Int) -> Report {
  let before = residentBytes() ?? 0
  let graph = deepChainGraph(nodes / 3)
  let after = residentBytes() ?? 0
  blackHole(graph)
  return Report(
    workload: "memory",
    fields: [
      ("bytes_per_node", .number(Double(after - before) / Double(nodes / 3 * 3))),
      ("nodes", .integer(nodes / 3 * 3)),
    ])
}

/// Builds, back-propagates and frees a W3 chain of `n` repetitions.
func survivesDeepChain(n: Int) -> Report {
  let start = ContinuousClock.now
  let gradient = deepChain(n)
  let elapsed = seconds(ContinuousClock.now - start)
  return Report(
    workload: "W3-deep",
    fields: [
      ("n", .integer(n)), ("ok", .bool(gradient.isFinite && gradient > 0)),
      ("seconds", .number(elapsed)),
    ])
}
