import Micrograd

/// Runs a function at the edge values of its scalar type, one input at a time: ±0,
/// the smallest normal and subnormal magnitudes (tiny), the largest finite magnitude
/// (large), ±infinity and NaN. Checks that nothing traps (a read past the inputs is
/// reported, not trapped) and that a NaN input gives a NaN value.
///
/// ```swift
/// let edges = checkEdgeValues(of: Softsign(), inputs: 1, as: Float.self)
/// #expect(edges.passed)
/// ```
///
/// What the value and gradient should be at each edge is the op's own contract (see
/// the package's Numerics article); the table of the result shows them all.
///
/// - Parameters:
///   - function: The function, written over every `DifferentiableScalar`.
///   - inputs: The number of inputs.
///   - base: The values of the other inputs; by default 0.5 each.
///   - type: The scalar type.
///   - name: The name in reports.
public func checkEdgeValues<F: DifferentiableFunction, T: ScalarMath>(
  of function: F, inputs: Int = 1, at base: [T]? = nil, as type: T.Type,
  name: String? = nil
) -> EdgeValueResult<T> {
  let subject = FunctionUnderTest<T>(
    name: name ?? "\(F.self)", generic: function, compareWithDouble: false)
  return edgeValues(of: subject, base: base ?? Array(repeating: 0.5, count: inputs))
}

/// Runs a one-input op at the edge values of its scalar type.
public func checkEdgeValues<Op: UnaryLocalGradient>(of op: Op) -> EdgeValueResult<Op.Scalar>
where Op.Scalar: ScalarMath {
  edgeValues(
    of: FunctionUnderTest(name: Op.name, unary: op, reference: NoReference?.none), base: [0.5])
}

/// Runs a two-input op at the edge values, one input at a time, the other at `base`.
public func checkEdgeValues<Op: BinaryLocalGradient>(
  of op: Op, at base: [Op.Scalar] = [0.5, 0.5]
) -> EdgeValueResult<Op.Scalar> where Op.Scalar: ScalarMath {
  edgeValues(
    of: FunctionUnderTest(name: Op.name, binary: op, reference: NoReference?.none), base: base)
}

/// Runs an n-input op of `inputs` inputs at the edge values, one input at a time, the
/// others at 0.5.
public func checkEdgeValues<Op: NaryLocalGradient>(
  of op: Op, inputs: Int = 3
) -> EdgeValueResult<Op.Scalar> where Op.Scalar: ScalarMath {
  edgeValues(
    of: FunctionUnderTest(name: Op.name, nary: op, reference: NoReference?.none),
    base: Array(repeating: 0.5, count: inputs))
}

/// The edge values of `T`, each sign: zero, tiny, subnormal, large, infinity, and NaN.
func edgeValueList<T: BinaryFloatingPoint>(_: T.Type) -> [T] {
  let magnitudes: [T] = [
    0, .leastNormalMagnitude, .leastNonzeroMagnitude, .greatestFiniteMagnitude, .infinity,
  ]
  return magnitudes.flatMap { [$0, -$0] } + [.nan]
}

/// Runs `subject` with each edge value in each input of `base`.
func edgeValues<T: ScalarMath>(of subject: FunctionUnderTest<T>, base: [T]) -> EdgeValueResult<
  T
> {
  var result = EdgeValueResult<T>(name: subject.name)
  for i in base.indices {
    for edge in edgeValueList(T.self) {
      var point = base
      point[i] = edge
      do {
        let (value, gradient) = try subject.gradient(at: point)
        let problem = edge.isNaN && !value.isNaN ? "NaN in, \(format(value)) out" : nil
        result.rows.append(.init(point: point, value: value, gradient: gradient, problem: problem))
      } catch {
        result.rows.append(.init(point: point, value: .nan, gradient: [], problem: "\(error)"))
      }
    }
  }
  return result
}
