import Foundation
import MicrogradNN

// How `micrograd train` goes beyond two classes: the loss for the data's classes, the
// held-out split.
extension TrainCommand {
  /// The loss for `data`: the one asked for, or cross-entropy for more than two classes
  /// when no loss was asked for.
  ///
  /// - Throws: ``RunError`` for a binary loss asked for on more than two classes.
  static func loss(_ options: TrainOptions, _ data: Dataset<Double>) throws(RunError)
    -> LossFunction
  {
    guard options.loss.isBinary, !Set(data.labels).isSubset(of: [0, 1]) else {
      return options.loss
    }
    guard !options.given.contains("--loss") else {
      let row = data.labels.firstIndex { $0 != 0 && $0 != 1 } ?? 0
      throw RunError(
        "\(data.name): \(data.classCount) classes need --loss ce; "
          + "\(options.loss.rawValue) is for two classes, 0 and 1 (or -1 and 1), and row "
          + "\(row + 1) of the data has label \(data.labels[row])")
    }
    return .crossEntropy
  }

  /// The training set and, with `--validation`, the held-out set (stream 3 of the seed).
  static func split<Target>(
    _ data: Examples<Double, Target>, _ options: TrainOptions
  ) -> (Examples<Double, Target>, Examples<Double, Target>?) {
    guard let fraction = options.validation, data.count >= 2 else { return (data, nil) }
    let (training, validation) = data.split(validationFraction: fraction, seed: options.seed)
    return (training, validation)
  }
}
