/// A linear map from data coordinates to pixels along one axis, with "nice" ticks.
struct Axis {
  let lower: Double
  let upper: Double
  /// The pixel of `lower` and of `upper` (for a vertical axis, `from` is the bottom).
  let from: Double
  let to: Double
  /// Whether ticks fall on whole numbers only (for step numbers).
  var integral = false

  func pixel(_ value: Double) -> Double {
    from + (value - lower) / (upper - lower) * (to - from)
  }

  /// Inverse of ``pixel(_:)``.
  func value(atPixel p: Double) -> Double {
    lower + (p - from) / (to - from) * (upper - lower)
  }

  /// Tick values: multiples of 1, 2 or 5 × 10ᵏ, about `count` of them, inside the range.
  func ticks(about count: Int = 6) -> [Double] {
    let span = upper - lower
    guard span > 0, span.isFinite else { return lower.isFinite ? [lower] : [] }
    let raw = span / Double(max(count, 1))
    guard raw > 0, raw.isNormal else { return [lower] }
    var power = 1.0
    while power * 10 <= raw { power *= 10 }
    while power > raw { power /= 10 }
    var step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw } ?? 10 * power
    if integral { step = max(step, 1) }
    var ticks: [Double] = []
    var tick = (lower / step).rounded(.up) * step
    // At most a few dozen ticks, and none twice: next to a huge bound, a step smaller
    // than the spacing of doubles would not move `tick`.
    while tick <= upper + step * 1e-9, tick.isFinite, ticks.count <= 4 * count + 4 {
      ticks.append(abs(tick) < step * 1e-9 ? 0 : tick)
      let next = tick + step
      guard next > tick else { break }
      tick = next
    }
    return ticks
  }
}

/// A tick label: as few decimals as the tick spacing needs, or 4 significant digits
/// with an exponent (`1.5e+12`) for a value too large or too small to read as digits.
func tickLabel(_ value: Double, step: Double) -> String {
  guard value.isFinite else { return "" }
  if value != 0 && (value.magnitude >= 1e7 || step.magnitude < 1e-6 || !step.isFinite) {
    return compactNumber(value)
  }
  var decimals = 0
  var scaled = step
  while decimals < 6 && (scaled - scaled.rounded()).magnitude > 1e-9 {
    scaled *= 10
    decimals += 1
  }
  if decimals == 0 { return String(Int(value.rounded())) }
  var factor = 1.0
  for _ in 0..<decimals { factor *= 10 }
  let rounded = (value * factor).rounded() / factor
  var text = String(rounded)
  if let dot = text.firstIndex(of: ".") {
    let have = text.distance(from: dot, to: text.endIndex) - 1
    if have < decimals { text += String(repeating: "0", count: decimals - have) }
  }
  return text
}

extension SVGDocument {
  /// Draws a frame around a plot area with grid lines, ticks and labels.
  mutating func axes(
    x: Axis, y: Axis, xLabel: String, yLabel: String, format: (Double) -> String? = { _ in nil }
  ) {
    let (left, right) = (x.from, x.to)
    let (bottom, top) = (y.from, y.to)
    let xTicks = x.ticks()
    let yTicks = y.ticks(about: 5)
    let xStep = xTicks.count > 1 ? xTicks[1] - xTicks[0] : 1
    let yStep = yTicks.count > 1 ? yTicks[1] - yTicks[0] : 1
    for t in xTicks {
      line(x.pixel(t), bottom, x.pixel(t), bottom + 5, stroke: Colors.axis)
      text(tickLabel(t, step: xStep), x: x.pixel(t), y: bottom + 18, size: 11, anchor: "middle")
    }
    for t in yTicks {
      line(left - 5, y.pixel(t), left, y.pixel(t), stroke: Colors.axis)
      let label = format(t) ?? tickLabel(t, step: yStep)
      text(label, x: left - 8, y: y.pixel(t) + 4, size: 11, anchor: "end")
    }
    rect(
      x: left, y: top, width: right - left, height: bottom - top, fill: "none",
      extra: [("stroke", Colors.axis), ("stroke-width", "1")])
    text(xLabel, x: (left + right) / 2, y: bottom + 36, size: 12, anchor: "middle")
    element(
      "text",
      [
        ("x", n(left - 44)), ("y", n((top + bottom) / 2)), ("font-size", "12"),
        ("text-anchor", "middle"),
        ("transform", "rotate(-90 \(n(left - 44)) \(n((top + bottom) / 2)))"),
      ], text: yLabel)
  }

  /// Draws light horizontal grid lines at `y`'s ticks.
  mutating func horizontalGrid(x: Axis, y: Axis) {
    for t in y.ticks(about: 5) {
      line(x.from, y.pixel(t), x.to, y.pixel(t), stroke: Colors.grid)
    }
  }
}
