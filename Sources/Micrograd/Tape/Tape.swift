/// A graph recorded once and replayed many times: the forward and backward passes of
/// the same computation at new leaf values, without building a graph again.
///
/// ```swift
/// let loss = model.loss(on: batch)        // build the graph once
/// let tape = loss.compile()               // flatten it
/// for step in 0..<100 {
///   model.zeroGrad()
///   let value = tape.forward()            // recompute at the parameters' current data
///   tape.backward()                       // add d(loss)/d(p) to each p.grad
///   for p in model.parameters { p.data -= 0.1 * p.grad }
/// }
/// ```
///
/// The **leaves** stay the `Var`s you recorded with: `forward()` reads their current
/// `data` (set by an optimiser, or new inputs for the next mini-batch of the same shape)
/// and `backward()` adds to their `grad`, exactly as `Var.backward()` does. **Interior**
/// `Var`s of the recorded graph are not updated by a replay; read results from the tape.
///
/// Every op is computed again at every replay by its own code (its `forward`; `dot` and
/// `sum` by their op's `value` and `backward`), so ops that choose (`relu`, `abs`, `max`,
/// `select`) decide again at the new point. A comparison of `Var`s made while recording
/// in ``Tape/init(policy:recording:)`` becomes a check; so does a read of `.data` of a computed value (``Tape/dataReads``),
/// which can only be checked as "the value read is unchanged": prefer a comparison of
/// `Var`s or ``DifferentiableScalar/select(_:_:_:then:else:)-(_,_,Self,_,_)``.
///
/// A tape keeps its leaves alive, and nothing else of the graph: it outlives the
/// `Var`s it was recorded from. One tape is for one thread at a time.
public final class Tape<T: BinaryFloatingPoint> {
  @usableFromInline var program: TapeProgram<T>
  /// How a changed comparison is handled.
  public let policy: BranchPolicy
  /// The closure the tape was recorded from, if any.
  @usableFromInline let body: (() -> Var<T>)?
  /// Every comparison that came out differently at a replay, oldest first.
  public internal(set) var branchChanges: [BranchChange] = []
  /// How many times the tape has recorded its closure again after a changed comparison.
  public internal(set) var reRecordings = 0

  @usableFromInline
  init(program: TapeProgram<T>, policy: BranchPolicy, body: (() -> Var<T>)?) {
    self.program = program
    self.policy = policy
    self.body = body
  }

  /// The number of values the tape computes: one per op recorded, where a neuron's
  /// `dot`, `+ bias` and `relu` count as one op (the tape runs them as one).
  public var count: Int { program.values.count - program.leaves.count }

  /// The number of leaves (inputs, parameters and constants) the tape reads.
  public var leafCount: Int { program.leaves.count }

  /// The output's value at the last replay (or at recording).
  public var value: T { program.values[program.outputSlot] }

  /// The bytes the tape holds: its entries, operands, constants, values and adjoints.
  public var byteCount: Int { program.byteCount }

  /// The values of the `Var`s observed with ``Var/compile(observing:)``, in their order,
  /// at the last replay (or at recording).
  public var observedValues: [T] { program.observed.map { program.values[$0] } }

  /// The number of comparisons checked at every replay.
  public var checkCount: Int { program.guards.count }
}

/// The flattened graph a ``Tape`` replays: entries, operands and values in flat
/// buffers. A tape replaces its program when it records again.
@usableFromInline
final class TapeProgram<T: BinaryFloatingPoint> {
  @usableFromInline let leaves: [Node<T>]
  @usableFromInline let entries: UnsafeMutableBufferPointer<TapeEntry>
  @usableFromInline let values: UnsafeMutableBufferPointer<T>
  @usableFromInline let adjoints: UnsafeMutableBufferPointer<T>
  @usableFromInline let constants: UnsafeMutableBufferPointer<T>
  @usableFromInline let runs: UnsafeMutableBufferPointer<TapeRun>
  @usableFromInline let lists: UnsafeMutableBufferPointer<Int32>
  @usableFromInline let customs: UnsafeMutableBufferPointer<TapeCustom>
  /// The custom ops' boxes, which `customs` refers to without retaining them.
  @usableFromInline let boxes: [AnyObject]
  @usableFromInline let customPartials: UnsafeMutableBufferPointer<T>
  @usableFromInline let scratch: UnsafeMutableBufferPointer<T>
  /// The dense entries' records (written at each forward replay), and their neurons.
  @usableFromInline let dense: UnsafeMutableBufferPointer<TapeDense>
  @usableFromInline let neurons: UnsafeMutableBufferPointer<TapeNeuron>
  /// The slot of the recorded output.
  @usableFromInline let outputSlot: Int
  /// The recorded comparisons, checked after each `forward()`.
  @usableFromInline let guards: [TapeGuard<T>]
  /// The slots of the values observed by the caller.
  @usableFromInline let observed: [Int]

  @usableFromInline
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  init(
    _ builder: TapeBuilder<T>, output: Node<T>, guards: [TapeGuard<T>], observed: [Int] = []
  ) {
    self.observed = observed
    func copy<E>(_ array: [E]) -> UnsafeMutableBufferPointer<E> {
      let buffer = UnsafeMutableBufferPointer<E>.allocate(capacity: Swift.max(array.count, 1))
      _ = buffer.initialize(from: array)
      return UnsafeMutableBufferPointer(rebasing: buffer[..<array.count])
    }
    leaves = builder.leaves
    entries = copy(builder.entries)
    constants = copy(builder.constants)
    runs = copy(builder.runs)
    lists = copy(builder.lists)
    customs = copy(builder.customs)
    boxes = builder.boxes
    let slotCount = builder.leaves.count + builder.valueCount
    values = copy([T](repeating: 0, count: slotCount))
    adjoints = copy([T](repeating: 0, count: slotCount))
    customPartials = copy([T](repeating: 0, count: Int(builder.customPartialCount)))
    scratch = copy([T](repeating: 0, count: builder.widestCustom))
    dense = copy(builder.dense)
    neurons = copy(builder.neurons)
    outputSlot = Int(builder.slot(of: output)!)
    self.guards = guards
    // The values of a replay at the leaves' current data: backward() can run before
    // any forward().
    for (slot, leaf) in leaves.enumerated() { values[slot] = leaf.data }
    forwardEntries()
  }

  deinit {
    for buffer in [values, adjoints, constants, customPartials, scratch] {
      buffer.baseAddress.map { UnsafeMutablePointer($0).deallocate() }
    }
    entries.baseAddress?.deallocate()
    runs.baseAddress?.deallocate()
    customs.baseAddress?.deallocate()
    lists.baseAddress?.deallocate()
    dense.baseAddress?.deallocate()
    neurons.baseAddress?.deallocate()
  }

  /// The bytes the program holds: entries, operands, constants, values and adjoints.
  @usableFromInline var byteCount: Int {
    entries.count * MemoryLayout<TapeEntry>.stride + runs.count * MemoryLayout<TapeRun>.stride
      + lists.count * 4 + dense.count * MemoryLayout<TapeDense>.stride
      + neurons.count * MemoryLayout<TapeNeuron>.stride
      + (values.count * 2 + constants.count + customPartials.count) * MemoryLayout<T>.stride
      + customs.count * MemoryLayout<TapeCustom>.stride
      + leaves.count * MemoryLayout<Node<T>>.stride
  }
}

extension Var {
  /// Flattens everything this value depends on into a ``Tape`` that can replay the
  /// forward and backward passes at new leaf values.
  ///
  /// ```swift
  /// let tape = loss.compile()
  /// tape.forward()   // recompute from the leaves' current data
  /// tape.backward()  // add d(loss)/d(leaf) to each leaf's grad
  /// ```
  ///
  /// Compiling reads the graph and writes nothing to it. Comparisons made while the
  /// graph was built, and reads of `.data` that chose a branch (`if e.data > 0`), are
  /// not known to this tape: it replays the branch that was taken, silently. Record
  /// with ``Tape/init(policy:recording:)`` to have both checked at every replay.
  ///
  /// - Complexity: O(*n*) in the nodes and edges the value depends on, about the cost of
  ///   building the graph once.
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  public func compile() -> Tape<T> {
    compile(observing: [])
  }

  /// Flattens everything this value and `observed` depend on into a ``Tape`` whose
  /// replays also report the values of `observed` (``Tape/observedValues``), such as a
  /// model's scores for its accuracy.
  ///
  /// Interior `Var`s are not updated by a replay; observing them is how to read them.
  @_specialize(where T == Double)
  @_specialize(where T == Float)
  public func compile(observing observed: [Var<T>]) -> Tape<T> {
    var builder = TapeBuilder<T>()
    defer { builder.deallocate() }
    builder.appendGraph(of: [node] + observed.map(\.node))
    builder.finish()
    let program = TapeProgram(
      builder, output: node, guards: [],
      observed: observed.map { Int(builder.slot(of: $0.node)!) })
    return Tape(program: program, policy: .trap, body: nil)
  }
}
