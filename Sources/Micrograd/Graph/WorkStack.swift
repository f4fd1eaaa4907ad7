// Growable buffers for the graph walks, without the uniqueness and bounds checks
// that an Array does on every push and pop. They are used within one function and
// freed there with `deallocate()` (a `~Copyable` deinit cannot be inlined into
// `@inlinable` code). They own their memory but not the nodes: those are
// unretained, kept alive by the graph's root during the walk (or, in the release
// loop, by the one retain that each entry owns).

/// A growable buffer of plain values (scalars, or pointer words).
@usableFromInline
struct ScratchBuffer<Element> {
  @usableFromInline var base: UnsafeMutablePointer<Element>
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

  /// Creates a buffer that starts in `buffer` (typically stack memory from
  /// `withUnsafeTemporaryAllocation`) and moves to the heap if it outgrows it.
  @inlinable
  init(startingIn buffer: UnsafeMutableBufferPointer<Element>) {
    base = buffer.baseAddress.unsafelyUnwrapped
    capacity = buffer.count
    count = 0
    ownsBase = false
  }

  /// Deinitializes the elements and frees the buffer; it must not be used afterwards.
  @inlinable
  func deallocate() {
    base.deinitialize(count: count)
    if ownsBase { base.deallocate() }
  }

  @inlinable @inline(__always)
  mutating func append(_ element: Element) {
    if count == capacity { grow() }
    (base + count).initialize(to: element)
    count += 1
  }

  /// Removes and returns the last element.
  ///
  /// - Precondition: the buffer is not empty (checked only in debug builds).
  @inlinable @inline(__always)
  mutating func removeLast() -> Element {
    assert(count > 0, "removeLast from an empty scratch buffer")
    count -= 1
    return (base + count).move()
  }

  @inlinable @inline(__always)
  subscript(index: Int) -> Element { base[index] }

  @inlinable @inline(never)
  mutating func grow() {
    let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
    bigger.moveInitialize(from: base, count: count)
    if ownsBase { base.deallocate() }
    base = bigger
    capacity *= 2
    ownsBase = true
  }
}

/// A stack of unretained node pointers, each with a one-bit tag.
///
/// Nodes are at least 8-byte aligned, so the tag lives in the pointer's low bit.
@usableFromInline
struct WorkStack<T: BinaryFloatingPoint> {
  @usableFromInline var words: ScratchBuffer<UInt>

  @inlinable
  init() { words = ScratchBuffer() }

  /// Creates a stack that starts in `buffer` and moves to the heap if it outgrows it.
  @inlinable
  init(startingIn buffer: UnsafeMutableBufferPointer<UInt>) {
    words = ScratchBuffer(startingIn: buffer)
  }

  /// Frees the buffer; the stack must not be used afterwards.
  @inlinable
  func deallocate() { words.deallocate() }

  @inlinable
  var isEmpty: Bool { words.count == 0 }

  @inlinable
  var count: Int { words.count }

  /// Pushes a node with a tag.
  @inlinable @inline(__always)
  mutating func push(_ node: Unmanaged<Node<T>>, tag: Bool = false) {
    words.append(UInt(bitPattern: node.toOpaque()) | (tag ? 1 : 0))
  }

  /// Pops the top node and its tag.
  ///
  /// - Precondition: the stack is not empty (checked only in debug builds).
  @inlinable @inline(__always)
  mutating func pop() -> (node: Unmanaged<Node<T>>, tag: Bool) {
    let word = words.removeLast()
    return (Self.node(word), word & 1 != 0)
  }

  /// The node at `index`, counting from the bottom.
  @inlinable @inline(__always)
  subscript(index: Int) -> Unmanaged<Node<T>> { Self.node(words[index]) }

  @inlinable @inline(__always)
  static func node(_ word: UInt) -> Unmanaged<Node<T>> {
    Unmanaged.fromOpaque(UnsafeRawPointer(bitPattern: word & ~1).unsafelyUnwrapped)
  }
}
