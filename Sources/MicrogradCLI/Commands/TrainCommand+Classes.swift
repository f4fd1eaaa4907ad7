import Foundation
import MicrogradNN

// How `micrograd train` goes beyond two classes: the loss for the data's classes, the
// held-out split, and the turn to regression.
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
  static func split(
    _ data: Dataset<Double>, _ options: TrainOptions
  ) -> (Dataset<Double>, Dataset<Double>?) {
    guard let fraction = options.validation, data.count >= 2 else { return (data, nil) }
    let (training, validation) = data.split(validationFraction: fraction, seed: options.seed)
    return (training, validation)
  }

  /// The data of a regression run: with `--task regression`, or without `--task` for a
  /// CSV file whose last column is not class numbers; `nil` for classification.
  static func regressionData(
    _ options: TrainOptions
  ) throws(RunError) -> RegressionDataset<Double>? {
    guard case .csv(let path) = options.dataset, options.task != .classification else {
      return nil
    }
    let data: RegressionDataset<Double>
    do {
      data = try .csv(contentsOf: URL(fileURLWithPath: path))
    } catch {
      // Not all numbers: let the classification reader say what is wrong.
      if options.task == .regression { throw RunError("\(path): \(error)") }
      return nil
    }
    if options.task == nil && data.targetsLookLikeClasses { return nil }
    return data
  }
}
