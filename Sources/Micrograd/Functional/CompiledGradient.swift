/// The gradient of one function, prepared once and taken at many points: JAX's
/// `jit(grad(f))`, for the loops of an optimiser or a sampler.
///
/// ```swift
/// let g = CompiledGradient(of: rosenbrock, at: [0.5, 2.0])
/// var p = [0.5, 2.0]
/// for _ in 0..<1000 {
///   let (value, gradient) = g.valueWithGradient(at: p)
///   for i in p.indices { p[i] -= 1e-3 * gradient[i] }
/// }
/// ```
///
/// **What is recorded.** The Swift compiler has already compiled `f` for ``Tracer``
/// (specialized, if `f` is generic and visible to the caller), so there is nothing left
/// to translate: a call runs that code again on tracers, forward mode on lanes for up
/// to ``Tracer/laneCount`` inputs and reverse mode over a flat recording for more, in
/// buffers this object keeps from call to call. What the first call records is the
/// outcome of every comparison of tracers that `f` makes (`x[0] < x[1]`, `x[0] >= 0.5`),
/// in order. Each later call checks its comparisons against that recording and handles
/// one that comes out differently by the ``policy``, as a ``Tape`` does:
///
/// - ``BranchPolicy/reRecord`` (the default): the new outcomes become the recording, and
///   the change is listed in ``branchChanges``.
/// - ``BranchPolicy/trap``: a precondition failure that names the comparison.
/// - ``BranchPolicy/report``: the change is listed in ``branchChanges``.
///
/// Because `f` runs again at each call, the gradient is always the one of the branch
/// taken at that point, on either side of a comparison, under every policy (unlike a
/// `Tape`'s `.report`, which keeps the recorded ops). Branches on `.data` are not seen
/// as comparisons, but take the right side too.
///
/// **Threads.** A `CompiledGradient` keeps mutable buffers, so it is for one thread at a
/// time, and it is not `Sendable`: Swift 6 refuses to share one between tasks. Make one
/// per thread (each costs one call of `f`); different instances, and the free functions
/// ``gradient(of:at:)-(([Tracer<T>])->Tracer<T>,_)``, may run on any number of threads
/// at once.
public final class CompiledGradient<T: BinaryFloatingPoint & SIMDScalar> {
  /// How a comparison that changes from the recording is handled.
  public let policy: BranchPolicy
  /// Every comparison that came out differently than recorded, oldest first (at most
  /// 100).
  public private(set) var branchChanges: [BranchChange] = []
  /// How many times the comparisons were recorded again after a change.
  public private(set) var reRecordings = 0
  /// The number of inputs.
  public let inputCount: Int

  @usableFromInline let function: ([Tracer<T>]) -> Tracer<T>
  @usableFromInline let arena: UnsafeMutablePointer<TraceArena>
  @usableFromInline let log: UnsafeMutablePointer<ComparisonLog>

  /// Prepares the gradient of `f` for points of `point.count` inputs, recording the
  /// comparisons `f` makes at `point`.
  ///
  /// - Parameters:
  ///   - f: The function, generic over ``DifferentiableScalar`` or a closure of ops.
  ///   - point: A point of the shape of every later one; `f` is called once here.
  ///   - policy: What a changed comparison does; see ``BranchPolicy``.
  @inlinable
  public init(
    of f: @escaping ([Tracer<T>]) -> Tracer<T>, at point: [T], policy: BranchPolicy = .reRecord
  ) {
    self.policy = policy
    function = f
    inputCount = point.count
    arena = TraceArena.makeArena(threadOwned: false)
    log = .allocate(capacity: 1)
    log.initialize(to: ComparisonLog())
    var gradient = [T](repeating: 0, count: point.count)
    _ = run(at: point, into: &gradient)
    log.pointee.isRecording = false
  }

  deinit {
    TraceArena.relinquish(arena)
    log.deinitialize(count: 1)
    log.deallocate()
  }

  /// The value of the function and its gradient at `point`.
  ///
  /// - Precondition: `point` has ``inputCount`` values.
  @inlinable
  public func valueWithGradient(at point: [T]) -> (value: T, gradient: [T]) {
    var gradient = [T](repeating: 0, count: inputCount)
    let value = valueWithGradient(at: point, into: &gradient)
    return (value, gradient)
  }

  /// The gradient of the function at `point`.
  ///
  /// - Precondition: `point` has ``inputCount`` values.
  @inlinable
  public func gradient(at point: [T]) -> [T] {
    valueWithGradient(at: point).gradient
  }

  /// The value of the function at `point`, writing its gradient into `gradient`: the form
  /// for hot loops, which allocates nothing once `gradient` has ``inputCount`` values.
  ///
  /// - Precondition: `point` has ``inputCount`` values.
  @inlinable
  public func valueWithGradient(at point: [T], into gradient: inout [T]) -> T {
    precondition(
      point.count == inputCount,
      "CompiledGradient: a point of \(point.count) values for a function of \(inputCount)")
    if gradient.count != inputCount { gradient = [T](repeating: 0, count: inputCount) }
    let value = run(at: point, into: &gradient)
    if let change = log.pointee.change { handle(change, at: point) }
    return value
  }

  @inlinable
  func run(at point: [T], into gradient: inout [T]) -> T {
    log.pointee.position = 0
    return point.withUnsafeBufferPointer { point in
      gradient.withUnsafeMutableBufferPointer { gradient in
        Tracer.evaluate(function, at: point, gradient: gradient, arena: arena, comparisons: log)
      }
    }
  }

  /// Applies the policy to a changed comparison made at `point`.
  @usableFromInline
  func handle(_ change: BranchChange, at point: [T]) {
    log.pointee.change = nil
    if branchChanges.count < 100 { branchChanges.append(change) }
    switch policy {
    case .trap:
      preconditionFailure("CompiledGradient: \(change)")
    case .report:
      break
    case .reRecord:
      log.pointee.recorded.removeAll(keepingCapacity: true)
      log.pointee.isRecording = true
      var scratch = [T](repeating: 0, count: inputCount)
      _ = run(at: point, into: &scratch)
      log.pointee.isRecording = false
      reRecordings += 1
    }
  }
}
