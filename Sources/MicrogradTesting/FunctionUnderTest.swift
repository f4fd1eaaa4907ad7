import Micrograd

/// The function a check runs: its value and reverse-mode gradient in type `T`, and,
/// when it is written generically, its forward-mode tangents and its value in Double.
///
/// The ``GradientCheck`` values evaluate it; a custom check reads it the same way.
/// Every evaluation gives the function fresh leaves and a bounds-checked ``Inputs``
/// view, and throws ``InputOutOfRange`` if the function read past its inputs.
public struct FunctionUnderTest<T: ScalarMath> {
  /// The name reports use: the op's name, or the one given to the check.
  public var name: String
  let reverse: (Inputs<Var<T>>) -> Var<T>
  let reference: ((Inputs<Var<Double>>) -> Var<Double>)?
  let tangents: (([T], OutOfRangeProbe) -> [T])?
  let secondOrder: SecondOrderForms<T>?

  /// Whether differences can be taken in Double (``referenceValue(at:)``) while `T` is
  /// a narrower type.
  public var hasReference: Bool { reference != nil }

  /// Whether the function can run in forward mode (``forwardGradient(at:)``).
  public var hasForwardMode: Bool { tangents != nil }

  /// Whether the function can run in the second-order modes (``hessian(at:)`` and
  /// ``nestedHessian(at:)``): a ``DifferentiableFunction``, or an op that is
  /// ``SecondOrderCheckable``.
  public var hasSecondOrder: Bool { secondOrder != nil }

  /// The value at `point`, in `T`.
  public func value(at point: [T]) throws(InputOutOfRange) -> T {
    let probe = OutOfRangeProbe()
    let y = reverse(Inputs(point.map { Var($0) }, probe: probe)).data
    try probe.check()
    return y
  }

  /// The value and the reverse-mode gradient (`backward()`) at `point`, in `T`.
  public func gradient(at point: [T]) throws(InputOutOfRange) -> (value: T, gradient: [T]) {
    let probe = OutOfRangeProbe()
    let leaves = point.map { Var($0) }
    let y = reverse(Inputs(leaves, probe: probe))
    try probe.check()
    y.backward()
    return (y.data, leaves.map(\.grad))
  }

  /// The forward-mode derivative along each input (one tangent seeded at a time), or
  /// `nil` if the function cannot run in forward mode.
  public func forwardGradient(at point: [T]) throws(InputOutOfRange) -> [T]? {
    guard let tangents else { return nil }
    let probe = OutOfRangeProbe()
    let result = tangents(point, probe)
    try probe.check()
    return result
  }

  /// The Hessian at `point` forward over reverse (`hessian(of:at:)`, a graph of dual
  /// numbers), or `nil` if the function cannot run in dual numbers.
  public func hessian(at point: [T]) throws(InputOutOfRange) -> [[T]]? {
    guard let secondOrder else { return nil }
    let probe = OutOfRangeProbe()
    let result = Micrograd.hessian(of: { secondOrder.reverse(Inputs($0, probe: probe)) }, at: point)
    try probe.check()
    return result
  }

  /// The Hessian at `point` forward over forward (nested dual numbers, the inner tangent
  /// along xᵢ and the outer along xⱼ), and the gradient that the value's own inner
  /// tangents carry; `nil` if the function cannot run in dual numbers.
  ///
  /// The gradient is what the value passes on to the ops after it: an op whose value
  /// drops its tangent (one converted through a concrete type) gives wrong second
  /// derivatives to everything built on it.
  public func nestedHessian(
    at point: [T]
  ) throws(InputOutOfRange) -> (hessian: [[T]], valueGradient: [T])? {
    guard let secondOrder else { return nil }
    let probe = OutOfRangeProbe()
    var hessian = [[T]](repeating: [T](repeating: 0, count: point.count), count: point.count)
    var valueGradient = [T](repeating: 0, count: point.count)
    for i in point.indices {
      for j in point.indices {
        let seeded = point.indices.map { k in
          Dual<Dual<T>>(Dual(point[k], tangent: k == i ? 1 : 0), tangent: Dual(k == j ? 1 : 0))
        }
        let y = secondOrder.forward(Inputs(seeded, probe: probe))
        hessian[i][j] = y.tangent.tangent
        if j == i { valueGradient[i] = y.data.tangent }
      }
    }
    try probe.check()
    return (hessian, valueGradient)
  }

  /// The reverse-mode gradient at `point` in Double when the function has a reference,
  /// otherwise in `T`: what the second-order check differences.
  public func referenceGradient(at point: [Double]) throws(InputOutOfRange) -> [Double] {
    guard let reference else {
      return try gradient(at: point.map { T($0) }).gradient.map { Double($0) }
    }
    let probe = OutOfRangeProbe()
    let leaves = point.map { Var($0) }
    let y = reference(Inputs(leaves, probe: probe))
    try probe.check()
    y.backward()
    return leaves.map(\.grad)
  }

  /// The value at `point` in Double when the function has a reference, otherwise in `T`.
  public func referenceValue(at point: [Double]) throws(InputOutOfRange) -> Double {
    guard let reference else { return Double(try value(at: point.map { T($0) })) }
    let probe = OutOfRangeProbe()
    let y = reference(Inputs(point.map { Var($0) }, probe: probe)).data
    try probe.check()
    return y
  }

  /// Central differences at `point` with step `step`, in Double when the function has
  /// a reference and in `T` otherwise; NaN for the inputs `compared` leaves out.
  public func numericGradient(
    at point: [T], step: Double, compared: [Bool]? = nil
  ) throws(InputOutOfRange) -> [Double] {
    var result: [Double] = []
    for i in point.indices {
      if let compared, !compared[i] {
        result.append(.nan)
        continue
      }
      if reference != nil {
        result.append(
          try centralDifference(
            of: referenceValue(at:), at: point.map { Double($0) }, input: i, step: step))
      } else {
        result.append(
          Double(try centralDifference(of: value(at:), at: point, input: i, step: T(step))))
      }
    }
    return result
  }
}
