import Micrograd
import MicrogradTesting
import Testing

/// Every op through the kit's one-call checks, as a user would write them: each op
/// over the domain it is stated on, in Float (against Double) and in Double, reverse
/// mode against differences and forward mode against reverse.
@Suite("Ops through MicrogradTesting")
struct OpDomainTests {
  /// One op of the test list with a fixed constant, as a generic function.
  struct SingleOp: DifferentiableFunction {
    var kind: OpKind
    var constant = 0.0

    func callAsFunction<V: DifferentiableScalar>(_ x: Inputs<V>) -> V
    where V.Scalar: ScalarMath {
      // dot takes pairs: an odd last input is left out (its partial is then 0).
      let count = kind == .dot ? x.count / 2 * 2 : x.count
      return kind.apply(Array(x.prefix(count)), constant: constant)
    }
  }

  /// The domains the op is stated on: positive for log and sqrt, away from a pole for
  /// divisors and negative powers, declared kinks for relu and abs.
  static func domains(_ kind: OpKind, constant c: Double) -> [Domain] {
    let nonzero = Domain.anyReal.away(from: [0], by: 0.2)
    switch kind {
    case .log, .sqrt: return [.positive]
    case .relu, .abs: return [Domain.anyReal.kinks(at: [0])]
    case .power where c != c.rounded(): return [.positive]
    case .power where c < 0: return [nonzero]
    case .constantOver: return [nonzero]
    case .divide: return [.anyReal, nonzero]
    case .powerOfVariable: return [.between(0.2, 3), .between(-3, 3)]
    case .hypot: return [nonzero, .anyReal]
    default: return [.anyReal]
    }
  }

  /// The constants each op is checked with.
  static func constants(_ kind: OpKind) -> [Double] {
    switch kind {
    case .power: [0, 1, 2, 3, -1, -2, 0.5, 1.5, -0.5, 2.5]
    case .overConstant: [0.75, -2.5]
    default: kind.hasConstant ? [1.5, -0.25] : [0]
    }
  }

  @Test("each op over its domain", arguments: OpKind.correct)
  func op(kind: OpKind) {
    for c in Self.constants(kind) {
      check(Float.self, kind: kind, constant: c)
      check(Double.self, kind: kind, constant: c)
    }
  }

  func check<T: ScalarMath>(_ type: T.Type, kind: OpKind, constant: Double) {
    let domains = Self.domains(kind, constant: constant)
    let function = SingleOp(kind: kind, constant: constant)
    let name = "\(kind.rawValue)(c: \(constant))"
    let result =
      if let arity = kind.fixedArity {
        checkFunction(
          function, inputs: arity, in: domains[0], as: type, name: name, trials: 50)
      } else {
        checkFunction(function, sizes: 2...6, in: domains[0], as: type, name: name, trials: 50)
      }
    #expect(result.passed, "\(result)")
    if kind.fixedArity == 2, domains.count == 2 {
      let per = checkFunction(
        function, inputs: 2, in: domains[0], domains[1], as: type, name: name, trials: 50)
      #expect(per.passed, "\(per)")
    }
  }
}
