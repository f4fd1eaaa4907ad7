import Foundation

/// The colours of k classes: evenly spaced along matplotlib's Spectral colour map (its
/// eleven anchor colours), as the demo's `c=y, cmap=plt.cm.Spectral` spreads them; two
/// classes keep its two ends, ``Colors/class0`` and ``Colors/class1``.
extension Colors {
  static let spectral = [
    "#9e0142", "#d53e4f", "#f46d43", "#fdae61", "#fee08b", "#ffffbf", "#e6f598", "#abdda4",
    "#66c2a5", "#3288bd", "#5e4fa2",
  ]

  /// The colour of class `label` of `classes` in a point plot.
  static func point(_ label: Int, of classes: Int) -> String {
    guard classes > 2 else { return point(label) }
    guard classes <= spectral.count else { return spectral[(label * 3) % spectral.count] }
    let position = Double(label) * Double(spectral.count - 1) / Double(classes - 1)
    return spectral[Int(position.rounded())]
  }

  /// The colour of class `label`'s region: its point colour at 80% opacity over white.
  static func region(_ label: Int, of classes: Int) -> String {
    if classes <= 2 { return label == 1 ? region1 : region0 }
    let hex = point(label, of: classes).dropFirst()
    var channels: [Int] = []
    var index = hex.startIndex
    for _ in 0..<3 {
      let next = hex.index(index, offsetBy: 2)
      let value = Double(Int(hex[index..<next], radix: 16) ?? 0)
      channels.append(Int((0.8 * value + 0.2 * 255).rounded()))
      index = next
    }
    return "#" + channels.map { String(format: "%02x", $0) }.joined()
  }
}
