/// The help of `predict` and `evaluate`, and the lookup of a command's help.
extension Help {
  static let predict = """
    Usage: micrograd predict MODEL.json FEATURES.csv [--output FILE]

    Reads a model saved by 'micrograd train' and writes one prediction per row of
    FEATURES.csv (the features only, or features then a label, which is ignored) as
    CSV: 'class,probability' for a classifier (the probability of that class: the
    softmax of the logits, or the sigmoid of a one-output score), 'value' for
    regression. To standard output, or to FILE with --output or -o.
    """

  static let evaluate = """
    Usage: micrograd evaluate MODEL.json DATA.csv

    Reads a model saved by 'micrograd train' and a labelled CSV file (features, then
    a class or a real target), and prints the model's accuracy on it, or its mean
    squared error for a regression model.
    """

  /// The help of `command`; the overview for "" or an unknown name.
  static func text(of command: String) -> String {
    switch command {
    case "train": train
    case "graph": graph
    case "predict": predict
    case "evaluate": evaluate
    default: overview
    }
  }
}
