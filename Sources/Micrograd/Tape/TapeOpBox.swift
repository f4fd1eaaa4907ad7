// Custom ops on a tape: each entry keeps its op (with its constants) in a box whose
// class knows the op's type, so a replay calls the op's own `forward`.

@usableFromInline
class TapeUnaryBox<T: BinaryFloatingPoint> {
  @usableFromInline init() {}
  @usableFromInline func forward(_ x: T) -> (value: T, dx: T) { fatalError("abstract") }
}

@usableFromInline
final class TapeUnaryOpBox<T, Op: UnaryLocalGradient>: TapeUnaryBox<T> where Op.Scalar == T {
  @usableFromInline let op: Op
  @usableFromInline init(_ op: Op) { self.op = op }
  @usableFromInline override func forward(_ x: T) -> (value: T, dx: T) { op.forward(x) }
}

@usableFromInline
class TapeBinaryBox<T: BinaryFloatingPoint> {
  @usableFromInline init() {}
  @usableFromInline func forward(_ x: T, _ y: T) -> (value: T, dx: T, dy: T) {
    fatalError("abstract")
  }
}

@usableFromInline
final class TapeBinaryOpBox<T, Op: BinaryLocalGradient>: TapeBinaryBox<T> where Op.Scalar == T {
  @usableFromInline let op: Op
  @usableFromInline init(_ op: Op) { self.op = op }
  @usableFromInline override func forward(_ x: T, _ y: T) -> (value: T, dx: T, dy: T) {
    op.forward(x, y)
  }
}

@usableFromInline
class TapeNaryBox<T: BinaryFloatingPoint> {
  @usableFromInline init() {}
  @usableFromInline func forward(
    _ x: UnsafeBufferPointer<T>, partials: UnsafeMutableBufferPointer<T>
  ) -> T {
    fatalError("abstract")
  }
}

@usableFromInline
final class TapeNaryOpBox<T, Op: NaryLocalGradient>: TapeNaryBox<T> where Op.Scalar == T {
  @usableFromInline let op: Op
  @usableFromInline init(_ op: Op) { self.op = op }
  @usableFromInline override func forward(
    _ x: UnsafeBufferPointer<T>, partials: UnsafeMutableBufferPointer<T>
  ) -> T {
    op.forward(x, partials: partials)
  }
}
