import Foundation
import MicrogradNN
import Testing

@testable import MicrogradCLI

/// The memory estimate counts the data set itself: `--samples 100000000 --batch-size 10`
/// trapped ("failed to allocate 48 bytes") because it counted 96 bytes per example where
/// a run holds about 180.
@Suite("Memory estimate")
struct MemoryEstimateTests {
  @Test("an example costs at least what a run was measured to hold: 180 bytes for 2 features")
  func perRow() {
    #expect(MemoryEstimate.bytesPerRow(2) >= 180)
    #expect(MemoryEstimate.bytesPerRow(10) > MemoryEstimate.bytesPerRow(2) + 8 * 8)
  }

  @Test("100 million moons examples do not fit in three quarters of 24 GB: the data says so")
  func hundredMillion() throws {
    let estimate = MemoryEstimate(
      inputs: 2, layers: [16, 16, 1], rows: 100_000_000, batch: 10, steps: 100)
    let refusal = try #require(estimate.refusal(limit: 0.75 * 24e9, model: "MLP(2, [16, 16, 1])"))
    #expect(refusal.contains("the data takes"), "\(refusal)")
    #expect(refusal.contains("use fewer --samples"), "\(refusal)")
  }

  @Test("a CSV file's bytes count too")
  func fileBytes() {
    let plain = MemoryEstimate(inputs: 2, layers: [1], rows: 1000, batch: 10, steps: 1)
    let file = MemoryEstimate(
      inputs: 2, layers: [1], rows: 1000, batch: 10, steps: 1, fileBytes: 5_000_000)
    #expect(file.data == plain.data + 5_000_000)
  }

  @Test("the limit is no more than three quarters of the machine")
  func limit() {
    let machine = Double(ProcessInfo.processInfo.physicalMemory) * 0.75
    #expect(MemoryEstimate.limit <= machine)
    if let available = MemoryEstimate.availableMemory { #expect(available > 0) }
  }

  @Test("the command refuses with one line and status 1, and writes nothing")
  func refusal() {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("micrograd-memory-\(UInt64.random(in: 0...UInt64.max))")
    let recorder = Recorder()
    let status = MicrogradCommand.run(
      ["train", "--samples", "100000000000", "--batch-size", "10", "-o", folder.path],
      console: recorder.console)
    #expect(status == 1)
    #expect(recorder.errors.count == 1)
    #expect(recorder.errors.first?.contains("the data takes") == true, "\(recorder.errors)")
    #expect(!FileManager.default.fileExists(atPath: folder.path))
  }
}
