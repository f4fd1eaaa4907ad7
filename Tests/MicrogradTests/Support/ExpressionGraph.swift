import Micrograd
import MicrogradTesting

/// A random test case: a small expression DAG together with the point it is
/// evaluated at.
///
/// Nodes are listed in order, each one an input (holding its value at the point) or
/// an op applied to earlier nodes. A node used by several later nodes, or twice by
/// one (`v1 * v1`), is shared, as a value reused in real code is. The last value
/// computed is ``output``.
struct ExpressionGraph: Hashable, Sendable, CustomStringConvertible, DifferentiableFunction {
  enum Node: Hashable, Sendable {
    /// An input of the function, with its value at the test point.
    case input(Double)
    /// `kind` applied to the nodes at `operands` (indices of earlier nodes).
    case apply(OpKind, constant: Double, operands: [Int])
  }

  var nodes: [Node]
  /// The index of the node whose value is the function's result.
  var output: Int

  /// The values of the inputs, in order: the point the case is checked at.
  var point: [Double] {
    nodes.compactMap { if case .input(let value) = $0 { value } else { nil } }
  }

  /// The number of ops in the graph.
  var opCount: Int { nodes.count - point.count }

  /// Whether some op's result is used more than once (by two ops, or twice by one).
  var hasSharedOpResult: Bool {
    var uses = [Int](repeating: 0, count: nodes.count)
    for case .apply(_, _, let operands) in nodes {
      for index in operands { uses[index] += 1 }
    }
    return nodes.indices.contains { index in
      if case .apply = nodes[index] { uses[index] > 1 } else { false }
    }
  }

  /// Builds the graph on `inputs` (one leaf per input node, in order) and returns
  /// every node's value; the last one is the output.
  func evaluate<V: DifferentiableScalar>(_ inputs: [V]) -> [V] where V.Scalar: ScalarMath {
    var values: [V] = []
    values.reserveCapacity(nodes.count)
    var nextInput = 0
    for node in nodes {
      switch node {
      case .input:
        values.append(inputs[nextInput])
        nextInput += 1
      case .apply(let kind, let constant, let operands):
        values.append(kind.apply(operands.map { values[$0] }, constant: constant))
      }
    }
    return values
  }

  /// The function of the inputs that this graph computes.
  func function<V: DifferentiableScalar>(_ inputs: [V]) -> V where V.Scalar: ScalarMath {
    evaluate(inputs)[output]
  }

  /// The graph's function, for the kit: reverse mode, forward mode, and Double.
  func callAsFunction<V: DifferentiableScalar>(_ x: Inputs<V>) -> V where V.Scalar: ScalarMath {
    function(Array(x))
  }

  /// The values of every node at `point`, in type `T`.
  func values<T: ScalarMath>(at point: [T]) -> [T] {
    evaluate(point.map { Var($0) }).map(\.data)
  }

  /// For each op, which smooth piece its operands fall in at `point` (see
  /// ``OpKind/region(_:)``).
  func regions<T: ScalarMath>(at point: [T]) -> [Int] {
    let values = values(at: point)
    return nodes.map { node in
      guard case .apply(let kind, _, let operands) = node else { return 0 }
      return kind.region(operands.map { values[$0] })
    }
  }

  /// The code of the case: inputs first, then one line per op, as a Swift snippet
  /// that can be pasted into a test.
  var description: String {
    var lines: [String] = []
    var names: [String] = []
    var inputCount = 0
    for (index, node) in nodes.enumerated() {
      switch node {
      case .input(let value):
        names.append("x\(inputCount)")
        lines.append("let x\(inputCount) = Var(\(value))")
        inputCount += 1
      case .apply(let kind, let constant, let operands):
        names.append("v\(index)")
        let expression = kind.render(operands.map { names[$0] }, constant: constant)
        lines.append("let v\(index) = \(expression)")
      }
    }
    lines.append("// output: \(names[output])")
    return lines.joined(separator: "\n")
  }
}

extension ExpressionGraph {
  /// Keeps only the nodes that the output depends on, in their order, renumbered.
  func pruned() -> ExpressionGraph {
    var needed = [Bool](repeating: false, count: nodes.count)
    needed[output] = true
    for index in nodes.indices.reversed() where needed[index] {
      if case .apply(_, _, let operands) = nodes[index] {
        for operand in operands { needed[operand] = true }
      }
    }
    var newIndex = [Int](repeating: -1, count: nodes.count)
    var kept: [Node] = []
    for index in nodes.indices where needed[index] {
      newIndex[index] = kept.count
      switch nodes[index] {
      case .input:
        kept.append(nodes[index])
      case .apply(let kind, let constant, let operands):
        kept.append(.apply(kind, constant: constant, operands: operands.map { newIndex[$0] }))
      }
    }
    return ExpressionGraph(nodes: kept, output: newIndex[output])
  }

  /// A measure of size that every shrinking step must decrease: the number of ops,
  /// then of inputs, then how many digits the numbers need.
  var size: [Int] {
    var digits = 0
    for node in nodes {
      switch node {
      case .input(let value): digits += value.digitCount
      case .apply(_, let constant, _): digits += constant.digitCount
      }
    }
    return [opCount, point.count, digits]
  }
}

extension Double {
  /// A rough count of the characters needed to write the number: 0 is the simplest,
  /// then 1, 2 and −1, then 0.5, and so on.
  var digitCount: Int {
    guard isFinite else { return 100 }
    guard self != 0 else { return 0 }
    var decimals = 0
    while decimals < 17, (self * .pow10(decimals)).rounded() != self * .pow10(decimals) {
      decimals += 1
    }
    var integerDigits = 0
    var rest = magnitude
    while rest >= 1 {
      rest /= 10
      integerDigits += 1
    }
    return max(integerDigits, 1) + decimals + (self < 0 ? 1 : 0)
  }
}
