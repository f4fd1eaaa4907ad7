// Which kernel each node class's op has, for the whole process: found once by a probe
// (dynamic casts, `TapeKernels.swift`), then read under a lock once per class per compile
// (the builder keeps its own copy for the rest of the compile). Node classes are few, one
// per op type and arity, so the table stays small.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A process-wide table from a node class's address to its `KernelCode`, behind a lock.
@usableFromInline
final class KernelCodeCache: @unchecked Sendable {
  /// The one table.
  @usableFromInline static let shared = KernelCodeCache()

  private let lock: UnsafeMutablePointer<pthread_mutex_t>
  private var map = PointerMap(capacity: 64)

  private init() {
    lock = .allocate(capacity: 1)
    lock.initialize(to: pthread_mutex_t())
    pthread_mutex_init(lock, nil)
  }

  /// The code for `key`, or nil.
  @usableFromInline
  func value(for key: UInt) -> Int32? {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    return map.value(for: key)
  }

  /// Sets the code for `key`.
  @usableFromInline
  func set(_ code: Int32, for key: UInt) {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    map.set(code, for: key)
  }
}
