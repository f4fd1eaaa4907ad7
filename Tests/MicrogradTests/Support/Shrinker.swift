/// Shrinking a failing case to a small one, as QuickCheck and Hypothesis do:
/// try simpler variants of the case and keep any that still fails, until none does.
extension ExpressionGraph {
  /// The smallest failing case reachable from `self` by simplification steps that
  /// keep `stillFails` true, and the number of steps taken.
  ///
  /// Each accepted step makes ``size`` lexicographically smaller, so shrinking
  /// terminates; `budget` caps the number of candidates tried.
  func shrunk(
    budget: Int = 3000, while stillFails: (ExpressionGraph) -> Bool
  ) -> (graph: ExpressionGraph, steps: Int) {
    var current = pruned()
    var steps = 0
    var tried = 0
    search: while tried < budget {
      for candidate in current.simplifications()
      where candidate.size.lexicographicallyPrecedes(current.size) {
        tried += 1
        if stillFails(candidate) {
          current = candidate
          steps += 1
          continue search
        }
        if tried >= budget { break search }
      }
      break
    }
    return (current, steps)
  }

  /// The one-step simplifications of this graph, boldest first:
  /// 1. make an earlier op the output (drop everything after it);
  /// 2. replace an op's result by a new input holding its value (a subtree becomes
  ///    a leaf);
  /// 3. bypass an op, passing one of its operands through in its place;
  /// 4. merge two inputs;
  /// 5. drop a term of an n-ary op;
  /// 6. make a constant or an input value simpler (0, 1, −1, 2, 0.5, fewer digits).
  func simplifications() -> [ExpressionGraph] {
    var result: [ExpressionGraph] = []
    let values = values(at: point)
    let ops = nodes.indices.filter { if case .apply = nodes[$0] { true } else { false } }
    let inputs = nodes.indices.filter { if case .input = nodes[$0] { true } else { false } }
    for k in ops where k != output {
      result.append(ExpressionGraph(nodes: nodes, output: k).pruned())
    }
    for k in ops where values[k].isFinite {
      var copy = self
      copy.nodes[k] = .input(values[k])
      result.append(copy.pruned())
    }
    for k in ops {
      guard case .apply(_, _, let operands) = nodes[k] else { continue }
      for j in Set(operands).sorted() { result.append(replacingUses(of: k, with: j)) }
    }
    for (position, i) in inputs.enumerated() {
      for j in inputs[..<position] { result.append(replacingUses(of: i, with: j)) }
    }
    for k in ops {
      guard case .apply(let kind, let constant, let operands) = nodes[k] else { continue }
      if kind.fixedArity == nil {
        let stride = kind == .dot ? operands.count / 2 : operands.count
        for drop in 0..<stride where operands.count > (kind == .dot ? 2 : 1) {
          var kept = operands
          if kind == .dot { kept.remove(at: stride + drop) }
          kept.remove(at: drop)
          var copy = self
          copy.nodes[k] = .apply(kind, constant: constant, operands: kept)
          result.append(copy.pruned())
        }
      }
      if kind.hasConstant {
        for simpler in constant.simplerValues {
          var copy = self
          copy.nodes[k] = .apply(kind, constant: simpler, operands: operands)
          result.append(copy)
        }
      }
    }
    for i in inputs {
      guard case .input(let value) = nodes[i] else { continue }
      for simpler in value.simplerValues {
        var copy = self
        copy.nodes[i] = .input(simpler)
        result.append(copy)
      }
    }
    return result
  }

  /// This graph with every use of node `old` replaced by node `new` (`new < old`
  /// for inputs, or an operand of `old`), pruned.
  private func replacingUses(of old: Int, with new: Int) -> ExpressionGraph {
    var copy = self
    for index in nodes.indices {
      guard case .apply(let kind, let constant, let operands) = nodes[index] else { continue }
      copy.nodes[index] = .apply(
        kind, constant: constant, operands: operands.map { $0 == old ? new : $0 })
    }
    if output == old { copy.output = new }
    return copy.pruned()
  }
}

extension Double {
  /// Simpler numbers to try in place of this one, simplest first; each needs fewer
  /// digits (``digitCount``).
  var simplerValues: [Double] {
    let candidates: [Double] = [
      0, 1, -1, 2, -2, 0.5, -0.5, 3, -3,
      rounded(), (self * 10).rounded() / 10, (self * 100).rounded() / 100,
    ]
    var seen: Set<Double> = []
    return candidates.filter { $0.digitCount < digitCount && seen.insert($0).inserted }
  }
}
