// Running a function on Hessian tracers: one hyper-dual pass, or one pass of forward
// over reverse along a direction. `hessian(of:at:)` and
// `hessianVectorProduct(of:at:along:)` call these.

extension HessianTracer {
  /// Runs `f` once in hyper-dual mode at `point` (at most ``laneCount`` inputs) and
  /// writes its gradient and its Hessian, row by row, into `gradient` and `hessian`.
  @inlinable
  static func evaluateHyperDual(
    _ f: ([HessianTracer]) -> HessianTracer, at point: UnsafeBufferPointer<T>,
    gradient: UnsafeMutableBufferPointer<T>, hessian: UnsafeMutableBufferPointer<T>,
    arena: UnsafeMutablePointer<TraceArena>
  ) -> T {
    let n = point.count
    precondition(n <= laneCount, "a hyper-dual pass of \(n) inputs")
    let box = arena.pointee.inputs(of: HessianTracer.self)
    precondition(n > 0, "a Hessian of no inputs")
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1) { stackSlot in
      let tag = UInt(bitPattern: stackSlot.baseAddress) | 1
      if box.array.count != n {
        box.array = [HessianTracer](repeating: HessianTracer(Dual(0)), count: n)
      }
      box.array.withUnsafeMutableBufferPointer { inputs in
        for i in 0..<n {
          var seed = Lanes.zero
          seed[i] = 1
          inputs[i] = HessianTracer(
            point[i], gradient: seed, hessian: zeroHessian, context: tag, slot: 0)
        }
      }
      let output = f(box.array)
      if output.context == 0 {
        gradient.update(repeating: 0)
        hessian.update(repeating: 0)
        return output.value
      }
      precondition(output.context == tag, "hessian(of:at:): f returned another call's value")
      for i in 0..<n {
        gradient[i] = output.gradient[i]
        for j in 0..<n { hessian[i * n + j] = output.hessian[i, j] }
      }
      return output.value
    }
  }

  /// Runs `f` once forward over reverse at `point`, along `direction`, and writes the
  /// gradient and the Hessian-vector product H·v into `gradient` and `product`.
  @inlinable
  static func evaluateForwardOverReverse(
    _ f: ([HessianTracer]) -> HessianTracer, at point: UnsafeBufferPointer<T>,
    along direction: UnsafeBufferPointer<T>, gradient: UnsafeMutableBufferPointer<T>,
    product: UnsafeMutableBufferPointer<T>, arena: UnsafeMutablePointer<TraceArena>
  ) -> T {
    let n = point.count
    let box = arena.pointee.inputs(of: HessianTracer.self)
    var recording = TraceRecording<Dual<T>>(inputCount: n, arena: &arena.pointee)
    defer { recording.release(to: &arena.pointee) }
    return withUnsafeMutablePointer(to: &recording) { recording in
      let context = UInt(bitPattern: recording)
      if box.array.count != n {
        box.array = [HessianTracer](repeating: HessianTracer(Dual(0)), count: n)
      }
      box.array.withUnsafeMutableBufferPointer { inputs in
        for i in 0..<n {
          inputs[i] = HessianTracer(
            recorded: Dual(point[i], tangent: direction[i]), context: context,
            slot: Int32(i + 1))
        }
      }
      let output = f(box.array)
      guard output.context != 0 else {
        gradient.update(repeating: 0)
        product.update(repeating: 0)
        return output.value
      }
      precondition(output.context == context, "hessian(of:at:): f returned another call's value")
      withUnsafeTemporaryAllocation(of: Dual<T>.self, capacity: n) { adjoints in
        recording.pointee.sweep(from: output.slot, into: adjoints, arena: &arena.pointee)
        for i in 0..<n {
          gradient[i] = adjoints[i].data
          product[i] = adjoints[i].tangent
        }
      }
      return output.value
    }
  }
}
