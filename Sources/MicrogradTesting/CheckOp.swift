import Micrograd

// One call per op: `checkOp(MyOp<Double>())` for an op of one, two or n inputs. For a
// Float op written generically over its scalar, pass the same op in Double as
// `reference:` so that the differences are taken in Double and the Float tolerances
// can be tight; without one, `Reference` is inferred from the default, `NoReference`,
// which is never applied. The other parameters are those of `checkFunction`.

/// Checks a one-input op's derivative at many random points of `domain`.
///
/// ```swift
/// #expect(checkOp(LegendreP3<Double>()).passed)
/// #expect(checkOp(Ops.Log<Float>(), in: .positive, reference: Ops.Log<Double>()).passed)
/// ```
///
/// Give `reference`, the same op in Double, to take the differences in Double.
public func checkOp<Op: UnaryLocalGradient, Reference: UnaryLocalGradient>(
  _ op: Op, in domain: Domain = .anyReal, reference: Reference? = NoReference?.none,
  seed: UInt64? = nil, trials: Int? = nil, tolerance: Tolerance? = nil,
  checks: [GradientCheck<Op.Scalar>]? = nil, at point: [Op.Scalar]? = nil,
  fileID: String = #fileID, line: Int = #line, testName: String = #function
) -> GradientPropertyResult<Op.Scalar>
where Op.Scalar: ScalarMath, Reference.Scalar == Double {
  run(
    FunctionUnderTest(name: Op.name, unary: op, reference: reference), inputs: 1,
    sizes: nil, domains: [domain], seed: seed, trials: trials, tolerance: tolerance,
    checks: checks, point: point, label: "\(fileID):\(line)", testName: testName)
}

/// Checks a two-input op's partial derivatives at many random points; give one domain
/// for both inputs or one each.
///
/// ```swift
/// #expect(checkOp(Hypot<Double>(), in: .anyReal, .anyReal.away(from: [0])).passed)
/// ```
///
/// Give `reference`, the same op in Double, to take the differences in Double.
public func checkOp<Op: BinaryLocalGradient, Reference: BinaryLocalGradient>(
  _ op: Op, in domains: Domain..., reference: Reference? = NoReference?.none, seed: UInt64? = nil,
  trials: Int? = nil, tolerance: Tolerance? = nil, checks: [GradientCheck<Op.Scalar>]? = nil,
  at point: [Op.Scalar]? = nil, fileID: String = #fileID, line: Int = #line,
  testName: String = #function
) -> GradientPropertyResult<Op.Scalar>
where Op.Scalar: ScalarMath, Reference.Scalar == Double {
  run(
    FunctionUnderTest(name: Op.name, binary: op, reference: reference), inputs: 2,
    sizes: nil, domains: domains, seed: seed, trials: trials, tolerance: tolerance,
    checks: checks, point: point, label: "\(fileID):\(line)", testName: testName)
}

/// Checks an n-input op's partial derivatives at many random points, with a number of
/// inputs drawn from `sizes` (the shrinker may drop inputs).
///
/// ```swift
/// #expect(checkOp(Mean<Double>(), sizes: 1...6).passed)
/// ```
///
/// Give `reference`, the same op in Double, to take the differences in Double.
public func checkOp<Op: NaryLocalGradient, Reference: NaryLocalGradient>(
  _ op: Op, sizes: ClosedRange<Int> = 1...6, in domain: Domain = .anyReal,
  reference: Reference? = NoReference?.none, seed: UInt64? = nil, trials: Int? = nil,
  tolerance: Tolerance? = nil, checks: [GradientCheck<Op.Scalar>]? = nil,
  at point: [Op.Scalar]? = nil, fileID: String = #fileID, line: Int = #line,
  testName: String = #function
) -> GradientPropertyResult<Op.Scalar>
where Op.Scalar: ScalarMath, Reference.Scalar == Double {
  run(
    FunctionUnderTest(name: Op.name, nary: op, reference: reference), inputs: 1, sizes: sizes,
    domains: [domain], seed: seed, trials: trials, tolerance: tolerance, checks: checks,
    point: point, label: "\(fileID):\(line)", testName: testName)
}
