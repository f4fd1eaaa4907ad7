/// The colours of the plots: the two ends of matplotlib's Spectral colour map, which
/// micrograd's demo uses for its classes.
enum Colors {
  /// Class 0 (label −1): Spectral's dark red.
  static let class0 = "#9e0142"
  /// Class 1 (label +1): Spectral's dark blue-purple.
  static let class1 = "#5e4fa2"
  /// Class 0's region: the class colour at 80% opacity over white, as the demo's
  /// `contourf(…, alpha=0.8)`.
  static let region0 = "#b13468"
  /// Class 1's region, likewise.
  static let region1 = "#7e72b5"
  static let axis = "#444"
  static let grid = "#e4e4e4"
  static let loss = "#d6604d"
  static let accuracy = "#4393c3"

  /// The colour of a class in a point plot.
  static func point(_ label: Int) -> String { label == 1 ? class1 : class0 }
}
