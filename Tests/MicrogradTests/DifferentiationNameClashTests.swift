// Swift's experimental `_Differentiation` module declares its own `Differentiable`
// protocol. This file imports both modules, as a user mixing them would, and shows
// that the documented disambiguation (`Micrograd.Differentiable`) compiles and runs.
// Checked on Swift 6.3.1 for Linux, whose toolchain ships `_Differentiation`; on a
// toolchain without it the file compiles to nothing. (Unqualified, `Differentiable`
// is ambiguous here: `swiftc -typecheck` reports "'Differentiable' is ambiguous for
// type lookup in this context". A compile failure cannot be a test, so that half was
// checked by hand.)
#if canImport(_Differentiation)
  import _Differentiation
  import Micrograd
  import Testing

  /// x² + 3x, written once for any value type that conforms to micrograd's protocol.
  func squarePlusThreeTimes<V: Micrograd.Differentiable>(_ x: V) -> V {
    x * x + 3 * x
  }

  /// The same function for the compiler's differentiation.
  @differentiable(reverse)
  func squarePlusThreeTimes(_ x: Double) -> Double {
    x * x + 3 * x
  }

  /// A function that needs the compiler's protocol, named in full.
  func compilerGradient<T: _Differentiation.Differentiable & FloatingPoint>(
    at x: T, of f: @differentiable(reverse) (T) -> T
  ) -> T where T.TangentVector == T {
    gradient(at: x, of: f)
  }

  @Suite("Name clash with _Differentiation")
  struct DifferentiationNameClashTests {
    @Test("Micrograd.Differentiable and _Differentiation.Differentiable side by side")
    func bothProtocols() {
      let x = Var(2.0)
      let y = squarePlusThreeTimes(x)
      y.backward()
      #expect(y.data == 10)
      #expect(x.grad == 7)
      // The compiler's reverse mode agrees: d/dx (x² + 3x) = 2x + 3.
      #expect(gradient(at: 2.0, of: squarePlusThreeTimes) == 7)
      #expect(compilerGradient(at: 2.0) { $0 * $0 } == 4)
    }
  }
#endif
