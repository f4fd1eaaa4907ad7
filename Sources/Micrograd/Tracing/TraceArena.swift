// Memory that reverse-mode tracing calls reuse: a thread keeps the buffers of its last
// call, so that a warm `gradient(of:at:)` allocates nothing. The buffers are raw bytes,
// so one thread's arena serves `Float` and `Double` calls alike.
//
// Invariant: an arena belongs to one call at a time. `acquire()` marks the thread's
// arena in use (a nested call on the same thread finds it in use and makes a temporary
// one), and `relinquish(_:)` marks it free again, or frees a temporary one. Only the
// thread that owns the slot touches it.

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Raw buffers for a trace's entries and adjoints, reused from call to call.
@usableFromInline
struct TraceArena {
  @usableFromInline var entries: UnsafeMutableRawPointer?
  @usableFromInline var entryBytes: Int
  @usableFromInline var adjoints: UnsafeMutableRawPointer?
  @usableFromInline var adjointBytes: Int
  /// The array of inputs handed to the last traced function, kept for the next call
  /// (an `InputsBox<Tracer<T>>`, of the type `inputsType` names).
  @usableFromInline var inputs: AnyObject?
  @usableFromInline var inputsType: ObjectIdentifier?
  @usableFromInline var inUse = false
  @usableFromInline var isThreadOwned = false

  @inlinable
  init() {
    inputs = nil
    inputsType = nil
    entries = nil
    entryBytes = 0
    adjoints = nil
    adjointBytes = 0
  }

  /// Hands out the entries' buffer and its size in bytes, if the arena has one; the
  /// arena no longer owns it.
  @inlinable
  mutating func takeEntries() -> (memory: UnsafeMutableRawPointer, bytes: Int)? {
    guard let memory = entries else { return nil }
    defer { (entries, entryBytes) = (nil, 0) }
    return (memory, entryBytes)
  }

  /// Takes back an entries' buffer of `bytes` bytes, for the next call.
  @inlinable
  mutating func giveEntries(_ memory: UnsafeMutableRawPointer, bytes: Int) {
    entries?.deallocate()
    entries = memory
    entryBytes = bytes
  }

  /// A buffer of at least `count` values of type `T`, owned by the arena.
  @inlinable
  mutating func adjoints<T>(count: Int, of _: T.Type) -> UnsafeMutablePointer<T> {
    let bytes = count * MemoryLayout<T>.stride
    if adjointBytes < bytes {
      adjoints?.deallocate()
      let size = max(bytes, 2 * adjointBytes, 1024)
      adjoints = .allocate(byteCount: size, alignment: 16)
      adjointBytes = size
    }
    return adjoints!.bindMemory(to: T.self, capacity: count)
  }

  /// Frees both buffers.
  @inlinable
  mutating func deallocate() {
    entries?.deallocate()
    adjoints?.deallocate()
    (entries, entryBytes, adjoints, adjointBytes) = (nil, 0, nil, 0)
    (inputs, inputsType) = (nil, nil)
  }

  /// The arena's array of inputs for elements of type `Element`: the last call's, so
  /// that its storage is reused, or a new one.
  @inlinable
  mutating func inputs<Element>(of _: Element.Type) -> InputsBox<Element> {
    let type = ObjectIdentifier(Element.self)
    if inputsType == type, let box = inputs {
      return unsafeDowncast(box, to: InputsBox<Element>.self)
    }
    let box = InputsBox<Element>()
    inputs = box
    inputsType = type
    return box
  }

  /// The calling thread's arena, marked in use; a new one if a call on this thread
  /// already uses it (a nested call). Give it back with ``relinquish(_:)``.
  @inlinable
  static func acquire() -> UnsafeMutablePointer<TraceArena> {
    if let slot = pthread_getspecific(threadKey) {
      let arena = slot.assumingMemoryBound(to: TraceArena.self)
      if !arena.pointee.inUse {
        arena.pointee.inUse = true
        return arena
      }
      return makeArena(threadOwned: false)
    }
    let arena = makeArena(threadOwned: true)
    pthread_setspecific(threadKey, arena)
    return arena
  }

  /// Ends a call's use of an arena from ``acquire()``.
  @inlinable
  static func relinquish(_ arena: UnsafeMutablePointer<TraceArena>) {
    if arena.pointee.isThreadOwned {
      arena.pointee.inUse = false
    } else {
      destroy(arena)
    }
  }

  @usableFromInline
  static func makeArena(threadOwned: Bool) -> UnsafeMutablePointer<TraceArena> {
    let arena = UnsafeMutablePointer<TraceArena>.allocate(capacity: 1)
    arena.initialize(to: TraceArena())
    arena.pointee.inUse = true
    arena.pointee.isThreadOwned = threadOwned
    return arena
  }

  /// The key of each thread's slot; its destructor frees a thread's arena when the
  /// thread ends.
  @usableFromInline
  static let threadKey: pthread_key_t = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key) { TraceArena.destroy($0) }
    precondition(status == 0, "pthread_key_create failed (\(status))")
    return key
  }()

  @usableFromInline
  static func destroy(_ slot: UnsafeMutableRawPointer?) {
    guard let box = slot?.assumingMemoryBound(to: TraceArena.self) else { return }
    box.pointee.deallocate()
    box.deinitialize(count: 1)
    box.deallocate()
  }
}

/// An array of a traced function's inputs, kept by a thread's arena between calls.
@usableFromInline
final class InputsBox<Element> {
  @exclusivity(unchecked) @usableFromInline var array: [Element] = []
  @inlinable init() {}
}
