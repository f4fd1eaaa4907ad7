import Micrograd
import Testing

/// `Dual`'s two remainders: r = x − n·y, with tangent ẋ − n·ẏ, for the quotient n
/// rounded to nearest (`remainder`) or toward zero (`truncatingRemainder`).
@Suite("Dual remainders")
struct DualRemainderTests {
  @Test("remainder rounds the quotient to nearest, truncatingRemainder toward zero")
  func remainders() {
    let x = Dual(7.5, tangent: 1.0)
    let y = Dual(2.0, tangent: 0.5)
    // 7.5 / 2 = 3.75: n = 4 to nearest, 3 toward zero.
    let nearest = x.remainder(dividingBy: y)
    #expect(nearest.data == -0.5 && nearest.tangent == 1 - 4 * 0.5)
    let truncated = x.truncatingRemainder(dividingBy: y)
    #expect(truncated.data == 1.5 && truncated.tangent == 1 - 3 * 0.5)
    // A negative quotient: −7.5 / 2 = −3.75, n = −4 and −3.
    let negative = Dual(-7.5, tangent: 1.0)
    #expect(negative.remainder(dividingBy: y).tangent == 1 + 4 * 0.5)
    #expect(negative.truncatingRemainder(dividingBy: y).tangent == 1 + 3 * 0.5)
  }

  @Test("a halfway quotient rounds to even")
  func halfway() {
    // 5 / 2 = 2.5 rounds to 2 and 7 / 2 = 3.5 to 4.
    let y = Dual(2.0, tangent: 1.0)
    #expect(Dual(5.0, tangent: 0.0).remainder(dividingBy: y).tangent == -2)
    #expect(Dual(7.0, tangent: 0.0).remainder(dividingBy: y).tangent == -4)
  }
}
