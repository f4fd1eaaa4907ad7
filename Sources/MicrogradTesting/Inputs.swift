import Micrograd

/// The inputs a checked function is given: a bounds-checked view of the point.
///
/// It is a random-access collection, so `x[0]`, `x.count`, `Array(x)` and `for v in x`
/// work as on an array. Reading past the end does not trap: it returns a NaN constant
/// and the check that called the function fails with a message naming the index read,
/// so one wrong closure cannot crash the whole test process.
public struct Inputs<V: DifferentiableScalar>: RandomAccessCollection {
  /// The input values, one per input of the function.
  public let values: [V]
  let probe: OutOfRangeProbe

  init(_ values: [V], probe: OutOfRangeProbe) {
    self.values = values
    self.probe = probe
  }

  /// The index of the first input, 0.
  public var startIndex: Int { 0 }

  /// The number of inputs.
  public var endIndex: Int { values.count }

  /// The input at `index`, or a NaN constant, recorded as an error, past the end.
  public subscript(index: Int) -> V {
    guard values.indices.contains(index) else {
      probe.record(index: index, count: values.count)
      return V(.nan)
    }
    return values[index]
  }
}
