// A small open-addressing hash map from an object's address to an Int32, for the walks
// that must not mark the nodes, because other threads may be reading them: the tape
// compiler ("which slot holds this node", "how many uses"), and the functional entry
// points (`pureGradients`, the second-order check). A `Dictionary<ObjectIdentifier, Int>`
// spent a quarter of a gradient's time in SipHash; addresses need no protection against
// chosen collisions, so a multiplicative (Fibonacci) hash and linear probing in a
// power-of-two table kept at most half full do. The storage is raw memory (an array's
// bounds and uniqueness checks made compiling 1.5× slower): call `deallocate()`.

@usableFromInline
struct PointerMap {
  @usableFromInline var keys: UnsafeMutablePointer<UInt>
  @usableFromInline var values: UnsafeMutablePointer<Int32>
  @usableFromInline var mask: Int
  @usableFromInline var count: Int

  @inlinable
  init(capacity: Int = 64) {
    var size = 64
    while size < 2 * capacity { size *= 2 }
    keys = .allocate(capacity: size)
    keys.initialize(repeating: 0, count: size)
    values = .allocate(capacity: size)
    mask = size - 1
    count = 0
  }

  /// Frees the storage; the map must not be used afterwards.
  @inlinable
  func deallocate() {
    keys.deallocate()
    values.deallocate()
  }

  @inlinable @inline(__always)
  static func hash(_ key: UInt) -> Int {
    // Objects are 16-byte aligned; mix the high bits down (Fibonacci hashing).
    Int(truncatingIfNeeded: (key >> 4) &* 0x9E37_79B9_7F4A_7C15 >> 17)
  }

  /// The value for `key`, or nil.
  @inlinable @inline(__always)
  func value(for key: UInt) -> Int32? {
    var index = Self.hash(key) & mask
    while true {
      let stored = keys[index]
      if stored == key { return values[index] }
      if stored == 0 { return nil }
      index = (index + 1) & mask
    }
  }

  /// Sets the value for `key`, which must not be 0.
  @inlinable @inline(__always)
  mutating func set(_ value: Int32, for key: UInt) {
    if 2 * (count + 1) > mask + 1 { grow() }
    var index = Self.hash(key) & mask
    while true {
      let stored = keys[index]
      if stored == key {
        values[index] = value
        return
      }
      if stored == 0 {
        keys[index] = key
        values[index] = value
        count += 1
        return
      }
      index = (index + 1) & mask
    }
  }

  @usableFromInline
  mutating func grow() {
    let (oldKeys, oldValues, oldSize) = (keys, values, mask + 1)
    // Four times larger: a compile that starts small and reaches 10⁴ nodes rehashes and
    // clears half as much as with doubling (it was a tenth of compiling W2).
    let size = 4 * oldSize
    keys = .allocate(capacity: size)
    keys.initialize(repeating: 0, count: size)
    values = .allocate(capacity: size)
    mask = size - 1
    count = 0
    for index in 0..<oldSize where oldKeys[index] != 0 {
      set(oldValues[index], for: oldKeys[index])
    }
    oldKeys.deallocate()
    oldValues.deallocate()
  }
}

extension Unmanaged {
  /// The object's address, the key of a ``PointerMap``.
  @inlinable @inline(__always)
  var address: UInt { UInt(bitPattern: toOpaque()) }
}
