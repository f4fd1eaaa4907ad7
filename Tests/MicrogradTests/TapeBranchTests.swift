import Micrograd
import Testing

/// Branches at replay: ops that choose decide again; comparisons recorded inside
/// `Tape { … }` are checked, and a changed one is handled by the tape's policy.
@Suite("Tape branches")
struct TapeBranchTests {
  /// `a * b` where `a < b`, else `a + b`: an `if` on a comparison of `Var`s.
  static func branchy(_ a: Var<Double>, _ b: Var<Double>) -> Var<Double> {
    if a < b { return a * b } else { return a + b }
  }
  /// The line of the comparison in `branchy`.
  static let comparisonLine = #line - 3

  @Test("a relu kink flipped at replay: the replay decides again, as a fresh graph")
  func reluKinkFlips() {
    let (x, w) = (Var(1.0), Var(0.5))
    let tape = ((x * w).relu() * x + w).compile()
    #expect(tape.checkCount == 0)
    x.data = -2  // x·w < 0: relu is now 0, and so is its derivative
    #expect(tape.forward() == 0.5)
    tape.backward()
    let (fx, fw) = (Var(-2.0), Var(0.5))
    let fresh = (fx * fw).relu() * fx + fw
    fresh.backward()
    #expect(tape.value == fresh.data)
    #expect(x.grad == fx.grad && x.grad == 0)
    #expect(w.grad == fw.grad && w.grad == 1)
  }

  @Test("an if on a < b that flips is recorded again by default, and matches eager")
  func reRecordByDefault() {
    let (a, b) = (Var(1.0, label: "a"), Var(2.0, label: "b"))
    let tape = Tape { Self.branchy(a, b) }
    #expect(tape.policy == .reRecord)
    #expect(tape.checkCount == 1)
    #expect(tape.value == 2)  // a * b
    a.data = 10
    #expect(tape.forward() == 12)  // a + b, recorded again
    #expect(tape.reRecordings == 1)
    #expect(tape.branchChanges.count == 1)
    tape.backward()
    #expect(a.grad == 1 && b.grad == 1)
    a.data = 3  // still a >= b: the new recording holds
    #expect(tape.forward() == 5)
    #expect(tape.reRecordings == 1)
    a.data = 0.5  // back to a < b
    #expect(tape.forward() == 1)
    #expect(tape.reRecordings == 2)
  }

  @Test(".report keeps the recorded branch and lists the change, naming the comparison")
  func reportPolicy() throws {
    let (a, b) = (Var(1.0, label: "a"), Var(2.0, label: "b"))
    let tape = Tape(policy: .report) { Self.branchy(a, b) }
    a.data = 10
    #expect(tape.forward() == 20)  // still a * b: the recorded branch
    #expect(tape.reRecordings == 0)
    let change = try #require(tape.branchChanges.first)
    #expect(change.comparison == "a < b")
    #expect(change.recorded)
    #expect(change.values.lhs == 10 && change.values.rhs == 2)
    #expect(change.description.contains("a < b"))
    #expect(change.description.contains("was true when recorded, is false now"))
    // The location needs symbols, which test builds have.
    if let location = change.location {
      #expect(location == "TapeBranchTests.swift:\(Self.comparisonLine)")
    }
    tape.forward()
    #expect(tape.branchChanges.count == 2)
  }

  @Test(".trap stops the process at a changed comparison")
  func trapPolicy() async {
    await #expect(processExitsWith: .failure) {
      let (a, b) = (Var(1.0), Var(2.0))
      let tape = Tape(policy: .trap) { a < b ? a * b : a + b }
      a.data = 10
      tape.forward()
    }
  }

  @Test(".trap replays without stopping while no comparison changes")
  func trapHolds() {
    let (a, b) = (Var(1.0), Var(2.0))
    let tape = Tape(policy: .trap) { a < b ? a * b : a + b }
    a.data = 1.5
    #expect(tape.forward() == 3)
    #expect(tape.branchChanges.isEmpty)
  }

  @Test("select decides again at every replay, with nothing to check")
  func selectReDecides() {
    let x = Var(-1.0)
    let tape = Tape { Var.select(x, .less, 0, then: -x, else: x * x) }
    #expect(tape.checkCount == 0)
    #expect(tape.value == 1)
    for point in [-1.5, 3.0, 0.0, -0.25] {
      x.data = point
      x.grad = 0
      tape.forward()
      tape.backward()
      let fx = Var(point)
      let fresh = Var.select(fx, .less, 0, then: -fx, else: fx * fx)
      fresh.backward()
      #expect(tape.value == fresh.data)
      #expect(x.grad == fx.grad)
      #expect(x.grad == (point < 0 ? -1 : 2 * point))
    }
    #expect(tape.reRecordings == 0)
  }

  @Test("comparisons with constants are checked: x >= 0.5, 0.5 < x")
  func constantComparisons() {
    let x = Var(1.0, label: "x")
    let tape = Tape(policy: .report) { x >= 0.5 ? x * 3 : x - 1 }
    let mirrored = Tape(policy: .report) { 0.5 < x ? x * 3 : x - 1 }
    #expect(tape.checkCount == 1 && mirrored.checkCount == 1)
    x.data = 0.75
    tape.forward()
    mirrored.forward()
    #expect(tape.branchChanges.isEmpty && mirrored.branchChanges.isEmpty)
    x.data = 0.25
    #expect(tape.forward() == 0.75)  // recorded branch, reported
    #expect(mirrored.forward() == 0.75)
    #expect(tape.branchChanges.first?.comparison == "x >= 0.5")
    #expect(mirrored.branchChanges.first?.comparison == "0.5 < x")
    let reRecorded = Tape { x >= 0.5 ? x * 3 : x - 1 }
    x.data = 2
    #expect(reRecorded.forward() == 6)
    #expect(reRecorded.reRecordings == 1)
  }

  @Test("a compared value the output does not use is computed and checked")
  func comparedInterior() {
    let (a, b) = (Var(1.0), Var(2.0))
    let tape = Tape(policy: .report) { (a * b) > 1 ? a : b }
    #expect(tape.checkCount == 1)
    a.data = 0.25
    #expect(tape.forward() == 0.25)
    #expect(tape.branchChanges.count == 1)
  }

  @Test("comparisons made outside a recording are not logged")
  func noRecordingNoChecks() {
    let (a, b) = (Var(1.0), Var(2.0))
    let z = a < b ? a * b : a + b
    let tape = z.compile()
    #expect(tape.checkCount == 0)
    a.data = 10
    #expect(tape.forward() == 20)
    #expect(tape.branchChanges.isEmpty)
  }
}
