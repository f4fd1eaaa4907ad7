// Growable buffers for the graph walks, without the uniqueness and bounds checks
// that an Array does on every push and pop. They are used within one function and
// freed there with `deallocate()` (a `~Copyable` deinit cannot be inlined into
// `@inlinable` code). They own their memory but not the nodes: those are
// unretained, kept alive by the graph's root during the walk.

/// A stack of unretained node pointers, each with a one-bit tag.
///
/// Nodes are at least 8-byte aligned, so the tag lives in the pointer's low bit.
@usableFromInline
struct WorkStack<T: BinaryFloatingPoint> {
  @usableFromInline var base: UnsafeMutablePointer<UInt>
  @usableFromInline var count: Int
  @usableFromInline var capacity: Int
  /// Whether `base` was allocated here (rather than lent by the caller).
  @usableFromInline var ownsBase: Bool

  @inlinable
  init(capacity: Int = 64) {
    self.capacity = Swift.max(capacity, 16)
    base = .allocate(capacity: self.capacity)
    count = 0
    ownsBase = true
  }

  /// Creates a stack that starts in `buffer` (typically stack memory from
  /// `withUnsafeTemporaryAllocation`) and moves to the heap if it outgrows it.
  @inlinable
  init(startingIn buffer: UnsafeMutableBufferPointer<UInt>) {
    base = buffer.baseAddress.unsafelyUnwrapped
    capacity = buffer.count
    count = 0
    ownsBase = false
  }

  /// Frees the buffer; the stack must not be used afterwards.
  @inlinable
  func deallocate() {
    if ownsBase { base.deallocate() }
  }

  @inlinable
  var isEmpty: Bool { count == 0 }

  /// Pushes a node with a tag.
  @inlinable @inline(__always)
  mutating func push(_ node: Unmanaged<Node<T>>, tag: Bool = false) {
    if count == capacity { grow() }
    base[count] = UInt(bitPattern: node.toOpaque()) | (tag ? 1 : 0)
    count += 1
  }

  /// Pops the top node and its tag.
  ///
  /// - Precondition: the stack is not empty (checked only in debug builds).
  @inlinable @inline(__always)
  mutating func pop() -> (node: Unmanaged<Node<T>>, tag: Bool) {
    assert(count > 0, "pop from an empty work stack")
    count -= 1
    let word = base[count]
    let pointer = UnsafeRawPointer(bitPattern: word & ~1).unsafelyUnwrapped
    return (Unmanaged.fromOpaque(pointer), word & 1 != 0)
  }

  /// The node at `index`, counting from the bottom.
  @inlinable @inline(__always)
  subscript(index: Int) -> Unmanaged<Node<T>> {
    let pointer = UnsafeRawPointer(bitPattern: base[index] & ~1).unsafelyUnwrapped
    return Unmanaged.fromOpaque(pointer)
  }

  @inlinable @inline(never)
  mutating func grow() {
    let bigger = UnsafeMutablePointer<UInt>.allocate(capacity: capacity * 2)
    bigger.moveInitialize(from: base, count: count)
    if ownsBase { base.deallocate() }
    base = bigger
    capacity *= 2
    ownsBase = true
  }
}

/// A growable buffer of scalars for one backward pass, without Array's per-append
/// uniqueness checks.
@usableFromInline
struct ScratchBuffer<Element> {
  @usableFromInline var base: UnsafeMutablePointer<Element>
  @usableFromInline var count: Int
  @usableFromInline var capacity: Int

  @inlinable
  init(capacity: Int = 64) {
    self.capacity = Swift.max(capacity, 16)
    base = .allocate(capacity: self.capacity)
    count = 0
  }

  /// Frees the buffer; it must not be used afterwards.
  @inlinable
  func deallocate() {
    base.deinitialize(count: count)
    base.deallocate()
  }

  @inlinable @inline(__always)
  mutating func append(_ element: Element) {
    if count == capacity { grow() }
    (base + count).initialize(to: element)
    count += 1
  }

  @inlinable @inline(__always)
  subscript(index: Int) -> Element { base[index] }

  @inlinable @inline(never)
  mutating func grow() {
    let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
    bigger.moveInitialize(from: base, count: count)
    base.deallocate()
    base = bigger
    capacity *= 2
  }
}
