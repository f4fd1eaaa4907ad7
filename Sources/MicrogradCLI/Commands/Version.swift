extension MicrogradCommand {
  /// The version `micrograd --version` prints: the next release, while it is being made.
  static let version = "0.1.0-dev"
}
