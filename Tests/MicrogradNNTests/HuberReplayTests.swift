import Micrograd
import MicrogradNN
import Testing

/// `huberLoss` under a compiled tape: recorded on one side of its kink and replayed on
/// the other, it gives eager's value and gradient (it chose its piece by `.data` before,
/// and a tape replayed the recorded piece: 18 instead of 5.5, gradient 12 instead of 2).
@Suite("Huber loss across its kink, replayed")
struct HuberReplayTests {
  @Test("recorded at a small error, replayed at large ones and back, equal to eager")
  func replayAcrossKink() {
    let prediction = Var(0.5)
    let tape = Tape { huberLoss([prediction], [0.0], delta: 2) }
    #expect(tape.branchChanges.isEmpty)
    for x in [6.0, -6.0, 0.5, 2.0, -2.0, 2.000001, -1.999999, 0.0, 100.0] {
      prediction.data = x
      prediction.grad = 0
      let replayed = tape.forward()
      tape.backward()
      let leaf = Var(x)
      let eager = huberLoss([leaf], [0.0], delta: 2)
      eager.backward()
      #expect(replayed == eager.data, "value at \(x)")
      #expect(prediction.grad == leaf.grad, "gradient at \(x)")
    }
    prediction.data = 6
    prediction.grad = 0
    #expect(tape.forward() == 10)  // 2 · (6 − 1), not ½ · 36 = 18
    tape.backward()
    #expect(prediction.grad == 2)  // the clipped error, not 6
  }

  @Test("the two pieces meet: value and gradient at ±δ, as PyTorch's huber_loss")
  func piecesMeet() {
    for x in [2.0, -2.0] {
      let leaf = Var(x)
      let loss = huberLoss([leaf], [0.0], delta: 2)
      loss.backward()
      #expect(loss.data == 2 && leaf.grad == x)
    }
  }
}
