/// A tiny SVG writer: elements are appended as text, with escaped attributes and text,
/// and numbers rounded to two decimals.
struct SVGDocument {
  let width: Double
  let height: Double
  private var elements: [String] = []

  init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }

  /// Appends `<name attributes…/>`, or `<name …>text</name>` when `text` is given.
  mutating func element(_ name: String, _ attributes: [(String, String)], text: String? = nil) {
    let attributeText = attributes.map { " \($0.0)=\"\(SVGDocument.escape($0.1))\"" }.joined()
    if let text {
      elements.append("<\(name)\(attributeText)>\(SVGDocument.escape(text))</\(name)>")
    } else {
      elements.append("<\(name)\(attributeText)/>")
    }
  }

  /// Opens a group `<g …>`; close it with ``close(_:)``.
  mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
    let attributeText = attributes.map { " \($0.0)=\"\(SVGDocument.escape($0.1))\"" }.joined()
    elements.append("<\(name)\(attributeText)>")
  }

  /// Closes an element opened with ``open(_:_:)``.
  mutating func close(_ name: String) {
    elements.append("</\(name)>")
  }

  mutating func rect(
    x: Double, y: Double, width: Double, height: Double, fill: String,
    extra: [(String, String)] = []
  ) {
    element(
      "rect",
      [("x", n(x)), ("y", n(y)), ("width", n(width)), ("height", n(height)), ("fill", fill)]
        + extra)
  }

  mutating func line(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, stroke: String,
    width: Double = 1
  ) {
    element(
      "line",
      [
        ("x1", n(x1)), ("y1", n(y1)), ("x2", n(x2)), ("y2", n(y2)), ("stroke", stroke),
        ("stroke-width", n(width)),
      ])
  }

  mutating func text(
    _ content: String, x: Double, y: Double, size: Double = 12, anchor: String = "start",
    weight: String = "normal", fill: String = "#222"
  ) {
    element(
      "text",
      [
        ("x", n(x)), ("y", n(y)), ("font-size", n(size)), ("text-anchor", anchor),
        ("font-weight", weight), ("fill", fill),
      ], text: content)
  }

  mutating func polyline(_ points: [(Double, Double)], stroke: String, width: Double = 2) {
    let list = points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " ")
    element(
      "polyline",
      [
        ("points", list), ("fill", "none"), ("stroke", stroke), ("stroke-width", n(width)),
        ("stroke-linejoin", "round"),
      ])
    // With few points, mark each one, so that a run of one step still shows.
    if points.count <= 30 {
      for (x, y) in points {
        element("circle", [("cx", n(x)), ("cy", n(y)), ("r", n(width * 1.5)), ("fill", stroke)])
      }
    }
  }

  /// The document as text, with an XML declaration.
  func render() -> String {
    var lines = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(width))\" height=\"\(n(height))\" "
        + "viewBox=\"0 0 \(n(width)) \(n(height))\" "
        + "font-family=\"Helvetica, Arial, sans-serif\">",
    ]
    lines.append(contentsOf: elements)
    lines.append("</svg>")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Replaces the five characters that XML reserves.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.count)
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      default: result.append(character)
      }
    }
    return result
  }
}

/// A number for an SVG attribute: rounded to two decimals, without a trailing `.0`.
func n(_ value: Double) -> String {
  guard value.isFinite else { return "0" }
  let rounded = (value * 100).rounded() / 100
  if rounded == rounded.rounded() && abs(rounded) < 1e15 {
    return String(Int(rounded))
  }
  return String(rounded)
}
