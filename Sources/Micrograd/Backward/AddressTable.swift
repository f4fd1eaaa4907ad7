// A hash table from node addresses to integers, for the read-only walks of the
// functional entry points (`pureGradients`, the second-order check). They cannot mark the
// nodes, which other threads may be reading, so they keep "visited" and "position" here.
//
// A `Dictionary<ObjectIdentifier, Int>` spent a quarter of a gradient's time in SipHash.
// Addresses need no protection against chosen collisions: a multiplicative (Fibonacci)
// hash of the address, and linear probing in a power-of-two table kept at most half full.

@usableFromInline
struct AddressTable {
  /// The keys, 0 for an empty slot (no object lives at address 0).
  @usableFromInline var keys: [UInt]
  @usableFromInline var values: [Int]
  @usableFromInline var count = 0
  /// 64 − log₂(capacity): the hash is the top bits of the product.
  @usableFromInline var shift: UInt

  /// A table with room for `capacity` entries before it grows.
  @inlinable
  init(capacity: Int = 32) {
    var size = 16
    while size < 2 * capacity { size *= 2 }
    keys = [UInt](repeating: 0, count: size)
    values = [Int](repeating: 0, count: size)
    shift = UInt(64 - size.trailingZeroBitCount)
  }

  @inlinable @inline(__always)
  func slot(of key: UInt) -> Int {
    let mask = keys.count - 1
    var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    while keys[i] != key && keys[i] != 0 { i = (i + 1) & mask }
    return i
  }

  /// The value stored for `key`, if any.
  @inlinable @inline(__always)
  subscript(key: UInt) -> Int? {
    let i = slot(of: key)
    return keys[i] == key ? values[i] : nil
  }

  /// Stores `value` for `key`, replacing any value it had.
  @inlinable
  mutating func set(_ key: UInt, _ value: Int) {
    var i = slot(of: key)
    if keys[i] == 0 {
      if 2 * (count + 1) > keys.count {
        grow()
        i = slot(of: key)
      }
      keys[i] = key
      count += 1
    }
    values[i] = value
  }

  @inlinable
  mutating func grow() {
    var larger = AddressTable(capacity: keys.count)
    for i in keys.indices where keys[i] != 0 { larger.set(keys[i], values[i]) }
    self = larger
  }
}

extension Unmanaged {
  /// The object's address, the key of an ``AddressTable``.
  @inlinable @inline(__always)
  var address: UInt { UInt(bitPattern: toOpaque()) }
}
