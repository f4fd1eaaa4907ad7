import MicrogradNN
import Testing

@Suite("Mini-batches")
struct MiniBatchTests {
  @Test("each epoch covers every example once, in a new seeded order")
  func epochs() {
    var batches = MiniBatches(count: 10, batchSize: 4, seed: 1)
    let first = (0..<3).map { _ in batches.next() }
    #expect(first.map(\.count) == [4, 4, 2])
    #expect(first.flatMap { $0 }.sorted() == Array(0..<10))
    let second = (0..<3).map { _ in batches.next() }
    #expect(second.flatMap { $0 }.sorted() == Array(0..<10))
    #expect(first != second)
    #expect(batches.epoch == 2)

    var again = MiniBatches(count: 10, batchSize: 4, seed: 1)
    #expect((0..<3).map { _ in again.next() } == first)
  }

  @Test("a batch size of at least the count is the full batch, in order")
  func fullBatch() {
    var batches = MiniBatches(count: 5, batchSize: 99, seed: 1)
    #expect(batches.isFullBatch)
    #expect(batches.next() == [0, 1, 2, 3, 4])
    #expect(batches.next() == [0, 1, 2, 3, 4])
  }
}
