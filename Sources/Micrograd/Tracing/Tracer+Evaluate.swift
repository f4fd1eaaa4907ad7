// Running a function on tracers: forward mode on lanes for up to `laneCount` inputs,
// otherwise reverse mode over a recording in an arena's reused memory. The functional
// entry points and `CompiledGradient` call these.

extension Tracer {
  /// Calls `body` with the inputs seeded at `point`, and, in reverse mode, the recording
  /// they write to (nil in forward mode).
  ///
  /// The memory comes from `arena`: the array handed to `body` and, in reverse mode, the
  /// recording's entries, all reused from the arena's last call, so a warm call
  /// allocates nothing. `comparisons`, if given, logs the comparisons of tracers.
  @inlinable @inline(__always)
  static func withInputs<Result>(
    at point: UnsafeBufferPointer<T>, arena: UnsafeMutablePointer<TraceArena>,
    comparisons: UnsafeMutablePointer<ComparisonLog>?,
    _ body: ([Tracer], UnsafeMutablePointer<TraceRecording<T>>?) -> Result
  ) -> Result {
    let n = point.count
    let box = arena.pointee.inputs(of: Tracer.self)
    if box.array.count != n {
      box.array = [Tracer](repeating: Tracer(0), count: n)
    }
    if n <= laneCount {
      // The tag is the address of a slot on this call's stack, which holds the
      // comparison log: unique among the calls under way on this thread.
      return withUnsafeTemporaryAllocation(
        of: UnsafeMutablePointer<ComparisonLog>?.self, capacity: 1
      ) { holder in
        holder.initialize(repeating: comparisons)
        let tag = UInt(bitPattern: holder.baseAddress) | 1
        box.array.withUnsafeMutableBufferPointer { inputs in
          for i in 0..<n {
            var seed = Lanes.zero
            seed[i] = 1
            inputs[i] = Tracer(point[i], tangents: seed, context: tag, slot: 0)
          }
        }
        return body(box.array, nil)
      }
    }
    var recording = TraceRecording<T>(inputCount: n, arena: &arena.pointee)
    recording.comparisons = comparisons
    defer { recording.release(to: &arena.pointee) }
    return withUnsafeMutablePointer(to: &recording) { recording in
      let context = UInt(bitPattern: recording)
      box.array.withUnsafeMutableBufferPointer { inputs in
        for i in 0..<n {
          inputs[i] = Tracer(point[i], tangents: .zero, context: context, slot: Int32(i + 1))
        }
      }
      return body(box.array, recording)
    }
  }

  /// Writes the gradient of `output` with respect to the inputs of the call that made
  /// it into `gradient`: its lanes in forward mode, a backward sweep over `recording`
  /// in reverse mode. A constant output has gradient 0.
  @inlinable @inline(__always)
  static func readGradient(
    of output: Tracer, inputs: [Tracer], recording: UnsafeMutablePointer<TraceRecording<T>>?,
    into gradient: UnsafeMutableBufferPointer<T>, arena: UnsafeMutablePointer<TraceArena>
  ) {
    guard output.context != 0 else {
      gradient.update(repeating: 0)
      return
    }
    precondition(
      output.context == (inputs.first?.context ?? 0),
      "gradient(of:at:): the function returned a value of another call")
    if let recording {
      recording.pointee.sweep(from: output.slot, into: gradient, arena: &arena.pointee)
    } else {
      for i in gradient.indices { gradient[i] = output.tangents[i] }
    }
  }

  /// Runs `f` at `point`, writes its gradient into `gradient` and returns its value.
  @inlinable
  static func evaluate(
    _ f: ([Tracer]) -> Tracer, at point: UnsafeBufferPointer<T>,
    gradient: UnsafeMutableBufferPointer<T>, arena: UnsafeMutablePointer<TraceArena>,
    comparisons: UnsafeMutablePointer<ComparisonLog>? = nil
  ) -> T {
    precondition(
      gradient.count == point.count, "a gradient of \(gradient.count) for \(point.count) inputs")
    return withInputs(at: point, arena: arena, comparisons: comparisons) { inputs, recording in
      let output = f(inputs)
      readGradient(
        of: output, inputs: inputs, recording: recording, into: gradient, arena: arena)
      return output.data
    }
  }
}
