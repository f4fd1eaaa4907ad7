// One word holds three things, so that a one-input node fits in 56 bytes:
//
//   bits 0–1   the arity (`Arity.rawValue`)
//   bit  2     the traversal mark
//   bit  3     the pure-gradient pass's active-input mark (`activeInputBit`, in
//              `Backward/PureGradients.swift`)
//   bits 4–63  a pointer to the node's `LabelBox`, or 0 for no label
//
// Swift objects are 16-byte aligned, so a box pointer never uses the low four bits.
// The node owns one retain on its box, given back in `Node.deinit`.

/// A node's label, stored out of line because most nodes have none.
@usableFromInline
final class LabelBox {
  @usableFromInline var text: String
  @usableFromInline init(_ text: String) { self.text = text }
}

extension Node {
  @usableFromInline static var arityBits: UInt { 0b0011 }
  @usableFromInline static var markBit: UInt { 0b0100 }
  @usableFromInline static var labelBits: UInt { ~0b1111 }

  /// How many inputs the node has, and so which subclass it is; `.leaf` once the
  /// inputs have been released.
  @inlinable
  final var arity: Arity {
    // All four 2-bit values are cases of `Arity`, so the bit cast cannot go wrong.
    @inline(__always) get {
      unsafeBitCast(UInt8(truncatingIfNeeded: flags & Self.arityBits), to: Arity.self)
    }
    @inline(__always) set { flags = (flags & ~Self.arityBits) | UInt(newValue.rawValue) }
  }

  /// Scratch mark for graph traversals; always `false` between traversals.
  @inlinable
  final var isMarked: Bool {
    @inline(__always) get { flags & Self.markBit != 0 }
    @inline(__always) set { flags = newValue ? flags | Self.markBit : flags & ~Self.markBit }
  }

  /// The node's label; empty if it has none.
  @usableFromInline
  final var label: String {
    get {
      let bits = flags & Self.labelBits
      guard bits != 0 else { return "" }
      return Unmanaged<LabelBox>.fromOpaque(UnsafeRawPointer(bitPattern: bits)!)
        .takeUnretainedValue().text
    }
    set {
      let bits = flags & Self.labelBits
      if bits != 0 {
        Unmanaged<LabelBox>.fromOpaque(UnsafeRawPointer(bitPattern: bits)!)
          .takeUnretainedValue().text = newValue
      } else if !newValue.isEmpty {
        let box = UInt(bitPattern: Unmanaged.passRetained(LabelBox(newValue)).toOpaque())
        precondition(box & ~Self.labelBits == 0, "a label box is not 16-byte aligned")
        flags |= box
      }
    }
  }

  /// Gives back the node's retain on its label box, if it has one.
  @usableFromInline
  final func releaseLabel() {
    let bits = flags & Self.labelBits
    guard bits != 0 else { return }
    flags &= ~Self.labelBits
    Unmanaged<LabelBox>.fromOpaque(UnsafeRawPointer(bitPattern: bits)!).release()
  }
}
