import Micrograd
import Testing

/// Reads of `.data` while `Tape { … }` records: logged with where they were made, and
/// checked at every replay by the tape's policy, so that no branch on a number read from
/// the graph is ever silent.
@Suite("Tape .data reads")
struct TapeDataReadTests {
  /// A Huber-like loss that picks its piece by reading `.data`: the silent branch.
  static func branchOnData(_ x: Var<Double>) -> Var<Double> {
    let d = (x * 1.0).labeled("d")
    if d.data.magnitude <= 2 { return 0.5 * d * d }  // the read
    return 2 * (d.abs() - 1)
  }
  /// The line of the read in `branchOnData`.
  static let readLine = #line - 4

  @Test("by default a changed read records again: value and gradient equal eager's")
  func reRecordIsRight() throws {
    let x = Var(0.5)
    let tape = Tape { Self.branchOnData(x) }
    #expect(tape.dataReads.count == 1)
    let read = try #require(tape.dataReads.first)
    #expect(read.expression == "d.data" && read.value == 0.5)
    if let location = read.location {
      #expect(location == "TapeDataReadTests.swift:\(Self.readLine)")
    }
    for value in [6.0, -6.0, 0.5, 2.0, -3.0, 1.0] {
      x.data = value
      x.grad = 0
      let replayed = tape.forward()
      tape.backward()
      let leaf = Var(value)
      let eager = Self.branchOnData(leaf)
      eager.backward()
      #expect(replayed == eager.data, "value at \(value)")
      #expect(x.grad == leaf.grad, "gradient at \(value)")
    }
    #expect(tape.reRecordings == 6)  // every value differs from the one before
    #expect(tape.branchChanges.allSatisfy { $0.isDataRead })
  }

  @Test(".report replays the recorded piece and reports every changed read")
  func reportLists() throws {
    let x = Var(0.5)
    let tape = Tape(policy: .report) { Self.branchOnData(x) }
    x.data = 6
    #expect(tape.forward() == 18)  // the recorded piece, ½ · 36: reported, not silent
    #expect(tape.reRecordings == 0)
    let change = try #require(tape.branchChanges.first)
    #expect(change.isDataRead)
    #expect(change.comparison == "d.data")
    #expect(change.values.lhs == 6 && change.values.rhs == 0.5)
    #expect(change.description.contains("d.data read"))
    #expect(change.description.contains("was 0.5 when recorded, is 6.0 now"))
    #expect(tape.forward() == 18)
    #expect(tape.branchChanges.count == 2)
    x.data = 0.5  // the value read again: nothing to report
    tape.forward()
    #expect(tape.branchChanges.count == 2)
  }

  @Test(".trap stops at the read itself, naming it")
  func trapAtTheRead() async {
    let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
      let x = Var(0.5)
      _ = Tape(policy: .trap) { Self.branchOnData(x) }
    }
    let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
    #expect(message.contains("d.data read"))
    #expect(message.contains("compare Vars (x < y) or use select"))
  }

  @Test("reading leaves, printing values and comparing Vars log no read")
  func freeReads() {
    let (a, b) = (Var(1.0, label: "a"), Var(2.0, label: "b"))
    let tape = Tape(policy: .trap) {
      let c = a * b
      _ = a.data + b.data  // leaves
      _ = "\(c)"  // a description
      return c < b ? c + a : c * b  // a comparison: checked exactly
    }
    #expect(tape.dataReads.isEmpty)
    #expect(tape.checkCount == 1)
  }

  @Test("reads outside a recording, and in compile(), are not logged")
  func outsideRecording() {
    let x = Var(3.0)
    let y = x * x
    #expect(y.data == 9)
    let tape = y.compile()
    #expect(tape.dataReads.isEmpty && tape.checkCount == 0)
  }

  @Test("an unchanged read value replays without a check firing, NaN included")
  func unchangedReads() {
    let x = Var(Double.nan)
    let tape = Tape(policy: .report) { Self.branchOnData(x) }
    #expect(tape.dataReads.count == 1 && tape.dataReads[0].value.isNaN)
    tape.forward()
    #expect(tape.branchChanges.isEmpty)
    x.data = 1
    tape.forward()
    #expect(tape.branchChanges.count == 1)
  }

  @Test("a read value that the tape would fuse (a neuron's dot) is kept and checked")
  func readOfFusedValue() {
    let (w, x, bias) = ([Var(0.5), Var(-1.0)], [Var(2.0), Var(1.0)], Var(0.25))
    let body = { () -> Var<Double> in
      let d = Var.dot(w, x)
      let neuron = (d + bias).relu()
      return d.data > 0 ? neuron * 2 : neuron  // the read
    }
    let tape = Tape(policy: .report) { body() }
    #expect(tape.dataReads.map(\.value) == [0])
    x[0].data = 3  // d = 0.5: the read changes, and is reported with the new value
    let replayed = tape.forward()
    #expect(replayed == (Var.dot(w, x) + bias).relu().data)
    #expect(tape.branchChanges.first?.values.lhs == 0.5)
  }

  @Test("reads in Float tapes are logged as in Double tapes")
  func floatTapes() {
    let x = Var<Float>(0.5)
    let tape = Tape { (x * x).data > 1 ? x : x * 2 }
    #expect(tape.dataReads.count == 1)
    x.data = 2
    #expect(tape.forward() == 2)
    #expect(tape.reRecordings == 1)
  }
}
