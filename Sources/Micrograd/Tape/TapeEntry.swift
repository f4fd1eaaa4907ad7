// The small internal records of a compiled tape. Each entry is 16 bytes; its
// operands are value slots (leaves first, then the entries' values, in order: one per
// entry, or one per neuron of a dense entry).

/// What an entry runs: a built-in op's kernel, or a custom op by its arity.
@usableFromInline
enum EntryKind: UInt8 {
  case add, subtract, multiply, divide
  case negate, addConstant, subtractConstant, subtractFromConstant, scale, relu
  case divideByConstant, divideConstant
  case dot, sum
  /// A fused `dot + bias`: a neuron's weighted sum, with `a` the bias operand.
  case affine
  /// A fused `relu(dot + bias)`.
  case affineReLU
  /// Neurons `dot + bias` over the same inputs, one value each; `aux` indexes `dense`.
  case dense
  /// Neurons `relu(dot + bias)` over the same inputs, one value each; `aux` indexes
  /// `dense`.
  case denseReLU
  case customUnary, customBinary, customNary
}

/// One op of the tape.
///
/// `a` and `b` are the operand slots of a unary or binary op. `aux` indexes
/// `constants` (ops with a constant), `runs` (dot and sum) or `customs`.
@usableFromInline
struct TapeEntry {
  @usableFromInline var kind: EntryKind
  @usableFromInline var a: Int32
  @usableFromInline var b: Int32
  @usableFromInline var aux: Int32

  @inlinable
  init(kind: EntryKind, a: Int32 = 0, b: Int32 = 0, aux: Int32 = 0) {
    (self.kind, self.a, self.b, self.aux) = (kind, a, b, aux)
  }
}

/// The operands of a dot product (a then b, `count` each) or of a sum (a only).
///
/// Operands that lie at evenly spaced slots (a neuron's weights, a layer's outputs) are
/// stored as a start and a stride; others as an offset into `lists`, with the stride
/// `TapeRun.list`. 20 bytes.
@usableFromInline
struct TapeRun {
  @usableFromInline var count: Int32
  @usableFromInline var aStart: Int32
  @usableFromInline var aStride: Int32
  @usableFromInline var bStart: Int32
  @usableFromInline var bStride: Int32

  /// The stride that marks a start as an offset into `lists`.
  @inlinable static var list: Int32 { .min }

  /// Whether both operand lists are evenly spaced slots.
  @inlinable var isEven: Bool { aStride != Self.list && bStride != Self.list }
}

/// A custom op's entry: the op, where its operands are listed (n-ary), and where its
/// partials are kept between the forward and backward replays.
@usableFromInline
struct TapeCustom {
  /// The op's box, kept alive by the program's `boxes`.
  @usableFromInline var box: Unmanaged<AnyObject>
  @usableFromInline var partials: Int32
  @usableFromInline var list: Int32
  @usableFromInline var count: Int32
}

/// The neurons of a dense entry: `count` neurons, each a dot product of its own
/// `inputs` weights, side by side from `neurons[first + j].weights`, with the same
/// inputs, at `xStart` + i·`xStride` (a layer recorded last neuron first has stride
/// -1), plus its bias. 24 bytes, and 8 per neuron.
@usableFromInline
struct TapeDense {
  @usableFromInline var first: Int32
  @usableFromInline var count: Int32
  @usableFromInline var inputs: Int32
  @usableFromInline var xStart: Int32
  @usableFromInline var xStride: Int32
  /// Whether every pre-activation was finite at the last forward replay: then a dead
  /// neuron passes no gradient (0 · a finite partial), and its backward is skipped.
  @usableFromInline var allFinite: Bool
}

/// One neuron of a dense entry: where its weights start, and its bias's slot.
@usableFromInline
struct TapeNeuron {
  @usableFromInline var weights: Int32
  @usableFromInline var bias: Int32
}
