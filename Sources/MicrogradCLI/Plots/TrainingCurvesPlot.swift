/// Two panels side by side: the loss and the training accuracy at each step (and the
/// validation accuracy, if any).
enum TrainingCurvesPlot {
  /// The SVG text.
  ///
  /// Losses that are not finite are left out of the curve, and the axis is scaled to
  /// the finite ones; a long run is drawn from at most 2,000 evenly spread steps.
  ///
  /// - Precondition: `losses` and `accuracies` (in [0, 1]) have the same, non-zero length;
  ///   `validationAccuracies` is empty or as long.
  static func svg(
    losses: [Double], accuracies: [Double], validationAccuracies: [Double] = [], title: String
  ) -> String {
    precondition(!losses.isEmpty && losses.count == accuracies.count, "one value per step")
    let (panelWidth, panelHeight) = (360.0, 240.0)
    let (left, top, gap) = (70.0, 56.0, 100.0)
    var svg = SVGDocument(width: left + 2 * panelWidth + gap + 24, height: top + panelHeight + 64)
    svg.rect(x: 0, y: 0, width: svg.width, height: svg.height, fill: "white")
    svg.text(
      title, x: svg.width / 2, y: 26, size: fittedFontSize(title, width: svg.width - 16, size: 15),
      anchor: "middle", weight: "bold")

    // Step k of the records is drawn at k + 1, as the progress lines number them.
    let steps = Double(max(losses.count, 2))
    // The axis is from the finite losses; the others (a diverged run) are left out.
    let finiteLosses = losses.filter(\.isFinite)
    let lossTop = min(max(finiteLosses.max() ?? 1, 1e-12) * 1.05, .greatestFiniteMagnitude)
    let drawn = thinnedIndices(count: losses.count)

    // Loss.
    let lossX = Axis(lower: 1, upper: steps, from: left, to: left + panelWidth, integral: true)
    let lossY = Axis(lower: 0, upper: lossTop, from: top + panelHeight, to: top)
    svg.open("g", [("id", "loss")])
    svg.text("loss", x: left + panelWidth / 2, y: top - 10, size: 13, anchor: "middle")
    svg.horizontalGrid(x: lossX, y: lossY)
    for run in finiteRuns(drawn.map { (lossX.pixel(Double($0 + 1)), lossY.pixel(losses[$0])) }) {
      svg.polyline(run, stroke: Colors.loss)
    }
    svg.axes(x: lossX, y: lossY, xLabel: "step", yLabel: "loss")
    svg.close("g")

    // Accuracy, in percent.
    let accuracyLeft = left + panelWidth + gap
    let floor = min(((accuracies + validationAccuracies).min()! * 10).rounded(.down) * 10, 90)
    let accuracyX = Axis(
      lower: 1, upper: steps, from: accuracyLeft, to: accuracyLeft + panelWidth, integral: true)
    let accuracyY = Axis(lower: floor, upper: 100, from: top + panelHeight, to: top)
    svg.open("g", [("id", "accuracy")])
    svg.text(
      validationAccuracies.isEmpty
        ? "training accuracy" : "training accuracy, validation accuracy (dashed)",
      x: accuracyLeft + panelWidth / 2, y: top - 10, size: 13, anchor: "middle")
    svg.horizontalGrid(x: accuracyX, y: accuracyY)
    let accuracyPoints = drawn.map {
      (accuracyX.pixel(Double($0 + 1)), accuracyY.pixel(max(accuracies[$0] * 100, floor)))
    }
    for run in finiteRuns(accuracyPoints) {
      svg.polyline(run, stroke: Colors.accuracy)
    }
    if validationAccuracies.count == accuracies.count {
      let validationPoints = drawn.map {
        (
          accuracyX.pixel(Double($0 + 1)),
          accuracyY.pixel(max(validationAccuracies[$0] * 100, floor))
        )
      }
      svg.open("g", [("id", "validation"), ("stroke-dasharray", "5 3")])
      for run in finiteRuns(validationPoints) {
        svg.polyline(run, stroke: Colors.loss)
      }
      svg.close("g")
    }
    svg.axes(
      x: accuracyX, y: accuracyY, xLabel: "step", yLabel: "accuracy",
      format: { "\(Int($0.rounded()))%" })
    svg.close("g")
    return svg.render()
  }
}
