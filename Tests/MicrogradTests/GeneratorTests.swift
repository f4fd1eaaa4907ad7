import Micrograd
import Testing

/// The test-case generators themselves: seeded, reproducible, and producing what
/// the property tests rely on.
@Suite("Random generators")
struct GeneratorTests {
  @Test("SplitMix64 matches the reference implementation's outputs")
  func splitMixVectors() {
    // Computed once with a Python transcription of Vigna's splitmix64.c; the
    // seed-1234567 values are also the ones Rosetta Code's SplitMix64 task lists.
    var zero = SplitMix64(seed: 0)
    #expect(
      [zero.next(), zero.next(), zero.next()] == [
        0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F,
      ])
    var other = SplitMix64(seed: 1_234_567)
    #expect(
      [other.next(), other.next(), other.next()] == [
        6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
      ])
  }

  @Test("graphs are reproducible from their seed, and have no dead ops")
  func graphsAreDeterministic() {
    var first = SplitMix64(seed: 42)
    var second = SplitMix64(seed: 42)
    for _ in 0..<50 {
      let graph = ExpressionGraph.random(using: &first, kinds: OpKind.correct)
      #expect(graph == ExpressionGraph.random(using: &second, kinds: OpKind.correct))
      #expect(graph.opCount >= 1)
      #expect(graph.pruned().opCount == graph.opCount, "no dead ops:\n\(graph)")
      #expect(graph.isWellConditioned)
    }
  }

  @Test("single-op cases are in the op's domain", arguments: OpKind.correct)
  func singleOpCases(kind: OpKind) {
    var rng = SplitMix64(seed: 7)
    for _ in 0..<20 {
      let graph = ExpressionGraph.single(kind, using: &rng)
      #expect(graph.opCount == 1)
      #expect(graph.isWellConditioned, "\(graph)")
    }
  }

  @Test("every op is generated, and some graphs share op results")
  func coverage() {
    var rng = SplitMix64(seed: 3)
    var seen: Set<OpKind> = []
    var shared = 0
    for _ in 0..<500 {
      let graph = ExpressionGraph.random(using: &rng, kinds: OpKind.correct)
      shared += graph.hasSharedOpResult ? 1 : 0
      for case .apply(let kind, _, _) in graph.nodes { seen.insert(kind) }
    }
    #expect(seen == Set(OpKind.correct))
    #expect(shared > 100)
  }
}
