import Micrograd

extension ExpressionGraph {
  /// The largest magnitude any value of a generated graph may have. Keeping values
  /// moderate keeps the finite difference's rounding error (about ε·|value|/h per
  /// op) well below the tolerances, in Float as in Double.
  static let valueBound = 20.0

  /// A random DAG of up to `maxOps` ops drawn from `kinds`, over 1…`maxInputs`
  /// inputs uniform in [−2, 2].
  ///
  /// Operands are mostly values nothing uses yet, often values already used (so
  /// that op results are shared by several consumers, or used twice by one), and
  /// otherwise any earlier value. An op is only added where it is smooth (see
  /// ``OpKind/isSmooth(at:constant:)``) and its value stays within
  /// ``valueBound``, so almost every generated case has a meaningful finite
  /// difference. The output is the sum of every op result that nothing uses, so no
  /// op is dead.
  static func random(
    using rng: inout SplitMix64, kinds: [OpKind], maxInputs: Int = 3, maxOps: Int = 8
  ) -> ExpressionGraph {
    let inputCount = Int.random(in: 1...maxInputs, using: &rng)
    var nodes: [Node] = (0..<inputCount).map { _ in .input(rng.rounded(in: -2...2)) }
    var values = nodes.map { node -> Double in
      if case .input(let value) = node { value } else { 0 }
    }
    var uses = [Int](repeating: 0, count: inputCount)
    let opCount = Int.random(in: 1...maxOps, using: &rng)
    var attempts = 0
    while nodes.count < inputCount + opCount, attempts < 20 * maxOps {
      attempts += 1
      let kind = kinds.randomElement(using: &rng)!
      let constant = kind.randomConstant(using: &rng)
      let operands = (0..<kind.randomArity(using: &rng)).map { _ in
        pickOperand(uses: uses, using: &rng)
      }
      let x = operands.map { values[$0] }
      guard kind.isSmooth(at: x, constant: constant) else { continue }
      let value = kind.apply(x.map { Var($0) }, constant: constant).data
      guard value.isFinite, value.magnitude <= valueBound else { continue }
      for operand in operands { uses[operand] += 1 }
      nodes.append(.apply(kind, constant: constant, operands: operands))
      values.append(value)
      uses.append(0)
    }
    let sinks = nodes.indices.filter { index in
      if case .apply = nodes[index] { uses[index] == 0 } else { false }
    }
    guard let last = sinks.last else { return ExpressionGraph(nodes: nodes, output: 0) }
    let total = sinks.map { values[$0] }.reduce(0, +)
    if sinks.count > 1, total.magnitude <= valueBound {
      nodes.append(.apply(.sum, constant: 0, operands: sinks))
      return ExpressionGraph(nodes: nodes, output: nodes.count - 1)
    }
    return ExpressionGraph(nodes: nodes, output: last).pruned()
  }

  /// An operand for a new op: an unused value with probability ½, an already used
  /// one with probability ⅓ (sharing), otherwise any value.
  private static func pickOperand(uses: [Int], using rng: inout SplitMix64) -> Int {
    let unused = uses.indices.filter { uses[$0] == 0 }
    let used = uses.indices.filter { uses[$0] > 0 }
    let roll = Double.random(in: 0..<1, using: &rng)
    if roll < 0.5, let pick = unused.randomElement(using: &rng) { return pick }
    if roll < 0.83, let pick = used.randomElement(using: &rng) { return pick }
    return Int.random(in: uses.indices, using: &rng)
  }

  /// One op of `kind` applied to fresh inputs drawn at random, retried until the op
  /// is smooth there: a random point of the op's domain. With probability ¼ one
  /// input is passed twice (`x * x`, `x.pow(x)`, `sum([x, x, y])`).
  static func single(_ kind: OpKind, using rng: inout SplitMix64) -> ExpressionGraph {
    while true {
      let constant = kind.randomConstant(using: &rng)
      let arity = kind.randomArity(using: &rng)
      var operands = Array(0..<arity)
      if arity > 1, rng.chance(0.25) {
        operands[Int.random(in: 1..<arity, using: &rng)] = 0
      }
      let inputCount = Set(operands).count
      let remap = Dictionary(
        uniqueKeysWithValues: Set(operands).sorted().enumerated().map {
          ($1, $0)
        })
      let x = (0..<inputCount).map { _ -> Double in
        rng.rounded(in: 0.05...2) * (rng.chance(0.5) ? 1 : -1)
      }
      let mapped = operands.map { remap[$0]! }
      guard kind.isSmooth(at: mapped.map { x[$0] }, constant: constant) else { continue }
      let nodes = x.map { Node.input($0) } + [.apply(kind, constant: constant, operands: mapped)]
      return ExpressionGraph(nodes: nodes, output: nodes.count - 1)
    }
  }
}
