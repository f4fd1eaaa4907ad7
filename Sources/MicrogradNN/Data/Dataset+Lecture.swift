import Micrograd

extension Examples where Target == Int {
  /// The lecture's tiny dataset: four examples of three features, with the targets
  /// `[1.0, -1.0, -1.0, 1.0]` as classes 1, 0, 0, 1.
  ///
  /// ```
  /// xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]]
  /// ys = [1.0, -1.0, -1.0, 1.0]
  /// ```
  ///
  /// Its ``signedLabels`` are the lecture's `ys`.
  @inlinable
  public static var lectureExample: Self {
    Self(
      inputs: [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]],
      labels: [1, 0, 0, 1], name: "the lecture's 4 examples")
  }
}
