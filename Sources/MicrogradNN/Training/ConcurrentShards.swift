import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs `work(0) … work(count − 1)` on `threads` threads, the caller's among them, and
/// returns once every call has returned.
///
/// Thread t runs the indices t, t + threads, t + 2·threads, …: the assignment is fixed,
/// and a caller that keeps each index's results apart (and combines them afterwards in
/// index order) gets the same numbers for any thread count. The threads are POSIX
/// threads, created for the call and joined before it returns, so everything a call
/// wrote is visible to the caller afterwards (`pthread_join` orders it), and a
/// ThreadSanitizer build sees that order.
///
/// - Parameters:
///   - count: The number of calls.
///   - threads: The most threads to use; fewer if there are fewer calls. A thread that
///     cannot be created leaves its indices to the caller's thread.
///   - work: What to do for one index. Calls for different indices run at the same
///     time: each may read what all of them share, but write only what its index owns.
@usableFromInline
package func forEachConcurrently(_ count: Int, threads: Int, _ work: (Int) -> Void) {
  let threads = max(1, min(threads, count))
  guard threads > 1 else {
    for index in 0..<count { work(index) }
    return
  }
  withoutActuallyEscaping(work) { work in
    var started: [(thread: pthread_t, context: Unmanaged<ShardThreadContext>)] = []
    var leftOver: [Int] = []
    for t in 1..<threads {
      let context = Unmanaged.passRetained(
        ShardThreadContext(first: t, stride: threads, count: count, work: work))
      var thread = pthread_t()
      if pthread_create(&thread, nil, runShardThread, context.toOpaque()) == 0 {
        started.append((thread, context))
      } else {
        context.release()
        leftOver.append(t)
      }
    }
    for index in stride(from: 0, to: count, by: threads) { work(index) }
    for first in leftOver {
      for index in stride(from: first, to: count, by: threads) { work(index) }
    }
    for (thread, context) in started {
      pthread_join(thread, nil)
      context.release()
    }
  }
}

/// What one extra thread of ``forEachConcurrently(_:threads:_:)`` runs.
///
/// It carries a non-`Sendable` closure to another thread, through the raw pointer that
/// `pthread_create` passes (so no `Sendable` conformance is claimed). The invariant that
/// makes this safe: the closure is only called with the indices this context names,
/// which no other thread is given, and the caller joins the thread before the closure
/// (made escapable only for the call) goes away.
@usableFromInline
final class ShardThreadContext {
  let first: Int
  let stride: Int
  let count: Int
  let work: (Int) -> Void

  init(first: Int, stride: Int, count: Int, work: @escaping (Int) -> Void) {
    (self.first, self.stride, self.count, self.work) = (first, stride, count, work)
  }

  func run() {
    for index in Swift.stride(from: first, to: count, by: stride) { work(index) }
  }
}

#if canImport(Darwin)
  private func runShardThread(_ raw: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
    Unmanaged<ShardThreadContext>.fromOpaque(raw).takeUnretainedValue().run()
    return nil
  }
#else
  private func runShardThread(_ raw: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    Unmanaged<ShardThreadContext>.fromOpaque(raw!).takeUnretainedValue().run()
    return nil
  }
#endif

/// The number of cores this process may run on: the default thread count of a
/// ``Trainer``.
@usableFromInline
func defaultThreadCount() -> Int {
  max(1, ProcessInfo.processInfo.activeProcessorCount)
}
