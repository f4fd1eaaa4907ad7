import MicrogradNN

/// The pictures of a regression run: the fitted curve over one feature, predicted
/// against true values for several, and the error at each step.
enum RegressionPlot {
  static let (left, top, width, height) = (70.0, 48.0, 520.0, 360.0)

  /// A blank document with a title, and the axes' ranges padded by 5%.
  static func frame(
    _ title: String, x: ClosedRange<Double>, y: ClosedRange<Double>
  ) -> (SVGDocument, Axis, Axis) {
    func padded(_ r: ClosedRange<Double>) -> (Double, Double) {
      let pad = max(r.upperBound - r.lowerBound, 1e-9) * 0.05
      return (r.lowerBound - pad, r.upperBound + pad)
    }
    let (x0, x1) = padded(x)
    let (y0, y1) = padded(y)
    var svg = SVGDocument(width: left + width + 24, height: top + height + 56)
    svg.rect(x: 0, y: 0, width: svg.width, height: svg.height, fill: "white")
    svg.text(title, x: svg.width / 2, y: 28, size: 15, anchor: "middle", weight: "bold")
    let xAxis = Axis(lower: x0, upper: x1, from: left, to: left + width)
    let yAxis = Axis(lower: y0, upper: y1, from: top + height, to: top)
    svg.horizontalGrid(x: xAxis, y: yAxis)
    return (svg, xAxis, yAxis)
  }

  static func points(_ svg: inout SVGDocument, _ xy: [(Double, Double)], x: Axis, y: Axis) {
    svg.open("g", [("id", "points"), ("stroke", "black"), ("stroke-width", "0.6")])
    for (a, b) in xy {
      svg.element(
        "circle",
        [("cx", n(x.pixel(a))), ("cy", n(y.pixel(b))), ("r", "3.5"), ("fill", Colors.class1)])
    }
    svg.close("g")
  }

  /// The data as points and the model as a curve, over the one feature.
  ///
  /// - Precondition: the data has one feature.
  static func fittedCurve(
    model: MLP<Double>, data: RegressionDataset<Double>, title: String
  ) -> String {
    precondition(data.featureCount == 1, "a fitted curve needs one feature")
    let xs = data.inputs.map { $0[0] }
    let curveX = (0...200).map { xs.min()! + (xs.max()! - xs.min()!) * Double($0) / 200 }
    let curveY = model.evaluate(rows: curveX.map { [$0] }).map { $0[0] }
    let ys = data.targets + curveY.filter(\.isFinite)
    var (svg, x, y) = frame(title, x: xs.min()!...xs.max()!, y: ys.min()!...ys.max()!)
    points(&svg, Array(zip(xs, data.targets)), x: x, y: y)
    svg.open("g", [("id", "fit")])
    svg.polyline(
      zip(curveX, curveY).map { (x.pixel($0), y.pixel($1)) }, stroke: Colors.loss, width: 2.5)
    svg.close("g")
    svg.axes(x: x, y: y, xLabel: "x", yLabel: "y")
    return svg.render()
  }

  /// Each example's prediction against its true value, with the diagonal of a perfect fit.
  static func predictedVersusTrue(
    model: MLP<Double>, data: RegressionDataset<Double>, title: String
  ) -> String {
    let predicted = model.evaluate(rows: data.inputs).map { $0[0] }
    let all = data.targets + predicted.filter(\.isFinite)
    let range = all.min()!...all.max()!
    var (svg, x, y) = frame(title, x: range, y: range)
    svg.open("g", [("id", "diagonal")])
    svg.line(
      x.pixel(x.lower), y.pixel(x.lower), x.pixel(x.upper), y.pixel(x.upper), stroke: Colors.axis)
    svg.close("g")
    points(&svg, Array(zip(data.targets, predicted)), x: x, y: y)
    svg.axes(x: x, y: y, xLabel: "true value", yLabel: "predicted value")
    return svg.render()
  }

  /// The mean squared error at each step: training, and validation if any.
  static func curves(training: [Double], validation: [Double], title: String) -> String {
    let finite = (training + validation).filter(\.isFinite)
    let steps = Double(max(training.count, 2))
    var (svg, _, _) = frame(title, x: 1...steps, y: 0...(finite.max() ?? 1))
    let x = Axis(lower: 1, upper: steps, from: left, to: left + width, integral: true)
    let y = Axis(
      lower: 0, upper: max(finite.max() ?? 1, 1e-12) * 1.05, from: top + height, to: top)
    for (id, values, colour) in [
      ("training", training, Colors.loss), ("validation", validation, Colors.accuracy),
    ] where !values.isEmpty {
      svg.open("g", [("id", id)])
      svg.polyline(
        values.enumerated().map { (x.pixel(Double($0 + 1)), y.pixel(min($1, y.upper))) },
        stroke: colour)
      svg.close("g")
    }
    svg.axes(x: x, y: y, xLabel: "step", yLabel: "mean squared error")
    svg.text(
      validation.isEmpty ? "training (red)" : "training (red), validation (blue)",
      x: left + width, y: top - 8, size: 12, anchor: "end")
    return svg.render()
  }
}
