import Micrograd

extension Examples {
  /// Splits the examples at random into a training set and a held-out validation set,
  /// as scikit-learn's `train_test_split`.
  ///
  /// The examples are shuffled by a ``SeededGenerator`` (stream 3 of `seed`), and the
  /// first `round(validationFraction · count)` (at least 1) become the validation set;
  /// both sets keep the shuffled order. Classes and real targets split alike: the same
  /// `count` and `seed` hold out the same positions.
  ///
  /// - Precondition: `validationFraction` is in (0, 1) and leaves at least one example
  ///   on each side.
  @inlinable
  public func split(validationFraction: Double, seed: UInt64) -> (
    training: Self, validation: Self
  ) {
    let held = Self.heldOutCount(count, fraction: validationFraction)
    var generator = SeededGenerator(seed: seed, stream: 3)
    var order = Array(0..<count)
    generator.shuffle(&order)
    var training = subset(Array(order[held...]))
    var validation = subset(Array(order[..<held]))
    training.name = "\(name), training \(count - held)"
    validation.name = "\(name), validation \(held)"
    return (training, validation)
  }

  /// The number of examples a split holds out: `round(fraction · count)`, at least 1.
  ///
  /// - Precondition: `fraction` is in (0, 1) and leaves at least one example on each side.
  @inlinable
  static func heldOutCount(_ count: Int, fraction: Double) -> Int {
    precondition(
      fraction > 0 && fraction < 1, "a validation fraction must be in (0, 1), got \(fraction)")
    let held = max(Int((fraction * Double(count)).rounded()), 1)
    precondition(held < count, "a split of \(count) examples needs at least 2")
    return held
  }
}
