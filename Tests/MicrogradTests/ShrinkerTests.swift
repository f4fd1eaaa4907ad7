import Micrograd
import Testing

/// The shrinker, on a deliberately wrong custom op (``WrongCube``: x³ with derivative
/// 3x) hidden among the correct ops of random graphs: the property must fail, and
/// the failure must be reported with its seed and shrunk to a small case.
@Suite("Shrinking failing cases")
struct ShrinkerTests {
  /// Random graphs in which a third of the ops are the wrong one.
  static func graphWithWrongOp(_ rng: inout SplitMix64) -> ExpressionGraph {
    let kinds = OpKind.correct + Array(repeating: .wrongCube, count: OpKind.correct.count / 2)
    return ExpressionGraph.random(using: &rng, kinds: kinds, maxInputs: 3, maxOps: 8)
  }

  @Test("a wrong op is found and shrunk to one op at a simple point")
  func shrinksToTheWrongOp() throws {
    try check(Float.self)
    try check(Double.self)
  }

  func check<T: ScalarMath>(_ type: T.Type) throws {
    let outcome = runGradientProperty(
      type, seed: 0xBAD_C0DE, cases: 200, generate: Self.graphWithWrongOp)
    let failure = try #require(outcome.failure)
    #expect(failure.original.opCount > 1)
    #expect(failure.shrunk.size.lexicographicallyPrecedes(failure.original.size))
    #expect(failure.shrunk.check(as: T.self).isFailure)
    #expect(failure.shrunk.opCount == 1)
    #expect(failure.shrunk.point.count == 1)
    #expect(failure.shrunk.point.allSatisfy { $0.digitCount <= 2 })
    let text = "\(failure)"
    #expect(text.contains("0x\(String(failure.caseSeed, radix: 16))"))
    #expect(text.contains(" to:\n\(failure.shrunk)\n"))
    #expect(text.contains("x0.wrongCube()"))
  }

  @Test("pruning drops dead ops and unused inputs, and renumbers")
  func pruning() {
    let graph = ExpressionGraph(
      nodes: [
        .input(1), .input(2),
        .apply(.exp, constant: 0, operands: [0]),  // dead
        .apply(.tanh, constant: 0, operands: [1]),
        .apply(.multiply, constant: 0, operands: [3, 3]),
      ],
      output: 4)
    let pruned = graph.pruned()
    #expect(pruned.point == [2])
    #expect(
      pruned.nodes == [
        .input(2), .apply(.tanh, constant: 0, operands: [0]),
        .apply(.multiply, constant: 0, operands: [1, 1]),
      ])
    #expect(pruned.output == 2)
    #expect(pruned.hasSharedOpResult)
    #expect(
      !ExpressionGraph(nodes: [.input(1), .apply(.exp, constant: 0, operands: [0])], output: 1)
        .hasSharedOpResult)
  }

  @Test("simpler numbers need fewer digits", arguments: [1.122, -0.75, 2.5, 13.0, -1.0])
  func simplerValues(value: Double) {
    let simpler = value.simplerValues
    #expect(!simpler.isEmpty)
    #expect(simpler.allSatisfy { $0.digitCount < value.digitCount })
    #expect(simpler.first == 0)
    #expect(0.0.simplerValues.isEmpty)
  }
}
