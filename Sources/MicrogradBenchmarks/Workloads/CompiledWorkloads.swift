import Micrograd

// W1, W3 and W4 replayed from compiled tapes, each next to its hand-written forward
// and backward pass timed in the same process; and the tape's memory on W2.

/// W1 from a tape: the README expression recorded once; each iteration sets the
/// leaves, zeroes their gradients, and replays forward and backward.
func measureCompiledReadme(_ plan: Plan) -> Report {
  let (a, b) = (Var(-4.0), Var(2.0))
  let tape = readmeGraph(a, b).compile()
  let iterations = 20_000
  let inputs = (a: -4.0, b: 2.0)
  var result = (g: 0.0, da: 0.0, db: 0.0)
  let seconds = medianSeconds(plan) {
    for _ in 0..<iterations {
      (a.data, b.data, a.grad, b.grad) = (opaque(inputs.a), opaque(inputs.b), 0, 0)
      result.g = tape.forward()
      tape.backward()
      (result.da, result.db) = (a.grad, b.grad)
      blackHole(result)
    }
  }
  var hand = (g: 0.0, da: 0.0, db: 0.0)
  let handSeconds = medianSeconds(plan) {
    for _ in 0..<iterations {
      hand = handwrittenReadme(opaque(inputs.a), opaque(inputs.b))
      blackHole(hand)
    }
  }
  // The same expression written once generically, through CompiledGradient (forward
  // lanes: the function runs again on tracers), in the allocation-free form.
  let compiled = CompiledGradient(of: { readmeGeneric($0[0], $0[1]) }, at: [-4, 2])
  var point = [-4.0, 2.0]
  var gradient = [0.0, 0.0]
  var value = 0.0
  let (handAgain, compiledSeconds) = pairedMedianSeconds(
    plan,
    {
      for _ in 0..<iterations {
        hand = handwrittenReadme(opaque(inputs.a), opaque(inputs.b))
        blackHole(hand)
      }
    },
    {
      for _ in 0..<iterations {
        (point[0], point[1]) = (opaque(inputs.a), opaque(inputs.b))
        value = compiled.valueWithGradient(at: point, into: &gradient)
        blackHole(value)
      }
    })
  let ok =
    abs(result.g - 24.7041) < 1e-4 && abs(result.da - 138.8338) < 1e-4
    && abs(result.db - 645.5773) < 1e-4 && abs(hand.g - result.g) < 1e-9
    && abs(hand.da - result.da) < 1e-9 && abs(hand.db - result.db) < 1e-9
    && abs(value - hand.g) < 1e-9 && abs(gradient[0] - hand.da) < 1e-9
    && abs(gradient[1] - hand.db) < 1e-9
  return Report(
    workload: "W1-compiled",
    fields: [
      ("us_per_iter", .number(seconds / Double(iterations) * 1e6)),
      ("handwritten_us_per_iter", .number(handSeconds / Double(iterations) * 1e6)),
      ("ratio_to_handwritten", .number(seconds / handSeconds)),
      ("compiled_gradient_ratio", .number(compiledSeconds / handAgain)),
      ("entries", .integer(tape.count)), ("ok", .bool(ok)),
    ])
}

/// The README expression on the leaves `a` and `b`, as W1 builds it.
func readmeGraph(_ a: Var<Double>, _ b: Var<Double>) -> Var<Double> { readmeGeneric(a, b) }

/// The README expression written once over `DifferentiableScalar`.
func readmeGeneric<V: DifferentiableScalar>(_ a: V, _ b: V) -> V where V.Scalar: ScalarMath {
  var c = a + b
  var d = a * b + b.pow(3)
  c += c + 1
  c += 1 + c + (-a)
  d += d * 2 + (b + a).relu()
  d += 3 * d + (b - a).relu()
  let e = c - d
  let f = e.pow(2)
  var g = f / 2.0
  g += 10.0 / f
  return g
}

/// W3 from a tape: the chain recorded once, replayed forward and backward.
func measureCompiledDeepChain(_ plan: Plan, n: Int) -> Report {
  let x = Var(0.5)
  let tape = deepChainGraph(x, n).compile()
  let seconds = medianSeconds(plan) {
    x.grad = 0
    tape.forward()
    tape.backward()
    blackHole(x.grad)
  }
  let tanhs = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
  defer { tanhs.deallocate() }
  var hand = 0.0
  let handSeconds = medianSeconds(plan) {
    hand = handwrittenDeepChain(0.5, tanhs: tanhs)
    blackHole(hand)
  }
  let nodes = Double(3 * n)
  return Report(
    workload: "W3-compiled",
    fields: [
      ("ns_per_node", .number(seconds / nodes * 1e9)),
      ("handwritten_ns_per_node", .number(handSeconds / nodes * 1e9)),
      ("ratio_to_handwritten", .number(seconds / handSeconds)), ("n", .integer(n)),
      ("ok", .bool(abs(x.grad - hand) <= 1e-12 * abs(hand))),
    ])
}

/// The W3 chain from the leaf `x`.
func deepChainGraph(_ x: Var<Double>, _ n: Int) -> Var<Double> {
  var y = x
  for _ in 0..<n { y = (y * 0.5).tanh() * 2.0 }
  return y
}

/// W4 from a tape: Σ wᵢ·xᵢ recorded once, replayed forward and backward.
func measureCompiledWideSum(_ plan: Plan, n: Int) -> Report {
  let leaves = WideSumInputs(n)
  var s = leaves.weights[0] * leaves.inputs[0]
  for i in 1..<n { s = s + leaves.weights[i] * leaves.inputs[i] }
  let tape = s.compile()
  s = Var(0)
  let all = leaves.weights + leaves.inputs
  let seconds = medianSeconds(plan) {
    for leaf in all { leaf.grad = 0 }
    tape.forward()
    tape.backward()
    blackHole(leaves.weights[1].grad)
  }
  let w = leaves.weights.map(\.data)
  let x = leaves.inputs.map(\.data)
  var gw = [Double](repeating: 0, count: n)
  var gx = [Double](repeating: 0, count: n)
  var value = 0.0
  let handSeconds = w.withUnsafeBufferPointer { w in
    x.withUnsafeBufferPointer { x in
      gw.withUnsafeMutableBufferPointer { gw in
        gx.withUnsafeMutableBufferPointer { gx in
          medianSeconds(plan) {
            for i in 0..<n { (gw[i], gx[i]) = (0, 0) }
            value = handwrittenWideSum(w, x, gw: gw, gx: gx)
            blackHole(value)
          }
        }
      }
    }
  }
  let nodes = Double(2 * n - 1)
  return Report(
    workload: "W4-compiled",
    fields: [
      ("ns_per_node", .number(seconds / nodes * 1e9)),
      ("handwritten_ns_per_node", .number(handSeconds / nodes * 1e9)),
      ("ratio_to_handwritten", .number(seconds / handSeconds)), ("n", .integer(n)),
      ("ok", .bool(tape.value == value && leaves.weights[1].grad == gw[1])),
    ])
}

/// The bytes a compiled tape holds per entry, on W2's loss graph.
func measureTapeMemory() -> Report {
  let tape = LibraryMoons(seed: moonsSeed).loss().loss.compile()
  return Report(
    workload: "tape-memory",
    fields: [
      ("bytes_per_entry", .number(Double(tape.byteCount) / Double(tape.count))),
      ("entries", .integer(tape.count)), ("bytes", .integer(tape.byteCount)),
    ])
}
