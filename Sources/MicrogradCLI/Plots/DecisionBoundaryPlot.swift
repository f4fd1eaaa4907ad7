import MicrogradNN

/// The picture of micrograd's demo: the plane shaded by the class the model predicts,
/// and the training points coloured by their class; for k classes (k logits), k colours.
///
/// The model is evaluated (without a graph) at the centre of every cell of a grid over
/// the data's range widened by 1 on each side, as the demo's mesh is; cells of one
/// class next to each other in a row are merged into one rectangle.
enum DecisionBoundaryPlot {
  /// The most training points drawn.
  static let defaultMaxPoints = 5000

  /// The SVG text.
  ///
  /// - Precondition: the model takes 2 inputs, and `data` has 2 features.
  /// - Parameter maxPoints: the most training points drawn; a larger dataset is drawn
  ///   from that many rows evenly spread through it, and the legend says so.
  static func svg(
    model: MLP<Double>, data: Dataset<Double>, title: String, cellSize: Double = 3,
    maxPoints: Int = defaultMaxPoints
  ) -> String {
    precondition(model.inputCount == 2 && data.featureCount == 2, "the plot needs 2 features")
    let ranges = data.featureRanges
    let (x0, x1) = plotRange(ranges[0])
    let (y0, y1) = plotRange(ranges[1])
    let plotWidth = 560.0
    let scale = plotWidth / (x1 - x0)
    let plotHeight = min(max((y1 - y0) * scale, 200), 700)
    let (left, top) = (64.0, 48.0)
    let x = Axis(lower: x0, upper: x1, from: left, to: left + plotWidth)
    let y = Axis(lower: y0, upper: y1, from: top + plotHeight, to: top)
    let classes = model.outputCount == 1 ? 2 : model.outputCount
    var svg = SVGDocument(width: left + plotWidth + 24, height: top + plotHeight + 64)
    svg.rect(x: 0, y: 0, width: svg.width, height: svg.height, fill: "white")
    svg.text(
      title, x: svg.width / 2, y: 28, size: fittedFontSize(title, width: svg.width - 16, size: 15),
      anchor: "middle", weight: "bold")

    // The surface: one row of cells at a time, runs of one class merged.
    svg.open("g", [("id", "surface"), ("shape-rendering", "crispEdges")])
    let columns = Int((plotWidth / cellSize).rounded(.up))
    let rows = Int((plotHeight / cellSize).rounded(.up))
    for row in 0..<rows {
      let py = top + Double(row) * cellSize
      let height = min(cellSize, top + plotHeight - py)
      let yValue = y.value(atPixel: py + height / 2)
      var runStart = 0
      var runClass = -1
      let classesOfRow = model.predictedClasses(
        rows: (0..<columns).map { column in
          let px = left + (Double(column) + 0.5) * cellSize
          return [x.value(atPixel: min(px, left + plotWidth)), yValue]
        })
      for column in 0...columns {
        let cls = column < columns ? classesOfRow[column] : -1
        if cls != runClass {
          if runClass >= 0 {
            let start = left + Double(runStart) * cellSize
            let end = min(left + Double(column) * cellSize, left + plotWidth)
            svg.rect(
              x: start, y: py, width: end - start, height: height,
              fill: Colors.region(runClass, of: classes))
          }
          runStart = column
          runClass = cls
        }
      }
    }
    svg.close("g")

    svg.axes(x: x, y: y, xLabel: "x₁", yLabel: "x₂")

    svg.open("g", [("id", "points"), ("stroke", "black"), ("stroke-width", "0.8")])
    let shown = thinnedIndices(count: data.count, limit: maxPoints)
    for i in shown {
      let (point, label) = (data.inputs[i], data.labels[i])
      svg.element(
        "circle",
        [
          ("cx", n(x.pixel(point[0]))), ("cy", n(y.pixel(point[1]))), ("r", "4.5"),
          ("fill", Colors.point(label, of: classes)), ("class", "class\(label)"),
        ])
    }
    svg.close("g")

    // A legend under the plot.
    let legendY = top + plotHeight + 52
    let names =
      classes == 2
      ? [(0, "class 0 (label −1)"), (1, "class 1 (label +1)")]
      : (0..<classes).map { ($0, "class \($0)") }
    let spacing = classes == 2 ? 180.0 : min(plotWidth / Double(classes), 100)
    for (i, (label, name)) in names.enumerated() {
      let lx = left + Double(i) * spacing
      svg.element(
        "circle",
        [
          ("cx", n(lx + 6)), ("cy", n(legendY - 4)), ("r", "5"),
          ("fill", Colors.point(label, of: classes)),
          ("stroke", "black"), ("stroke-width", "0.8"),
        ])
      svg.text(name, x: lx + 16, y: legendY, size: 12)
    }
    if shown.count < data.count {
      svg.text(
        "\(shown.count) of \(data.count) points shown", x: left + plotWidth, y: legendY, size: 12,
        anchor: "end")
    }
    return svg.render()
  }
}
