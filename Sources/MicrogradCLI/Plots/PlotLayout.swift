/// Sizes and ranges that keep a plot drawable whatever the data holds.

/// The range a plot shows for data in `range`: widened by 1 on each side, as
/// micrograd's demo mesh is, and kept finite and non-empty for values near the limits
/// of `Double` (features of ±1e300, or a column of one huge value).
func plotRange(_ range: ClosedRange<Double>) -> (Double, Double) {
  let limit = 1e300
  let low = range.lowerBound.isFinite ? min(max(range.lowerBound, -limit), limit) : -limit
  let high = range.upperBound.isFinite ? min(max(range.upperBound, -limit), limit) : limit
  // 1, unless the values are so large that adding 1 would not move them.
  let pad = max(1, max(low.magnitude, high.magnitude) * 1e-9)
  return (low - pad, high + pad)
}

/// The font size, at most `size`, at which `text` fits in `width` pixels in any common
/// sans-serif font, DejaVu Sans (Linux's default, and the widest) included.
///
/// The width is estimated from the widest glyphs of DejaVu Sans Bold: 0.78 em for a
/// letter or digit, 0.45 em for a space or punctuation.
func fittedFontSize(_ text: String, width: Double, size: Double) -> Double {
  let ems = estimatedWidth(text)
  guard ems > 0 else { return size }
  return min(size, (width / ems * 10).rounded(.down) / 10)
}

/// The width of `text` in ems, an overestimate for DejaVu Sans Bold.
func estimatedWidth(_ text: String) -> Double {
  text.reduce(0) { total, c in total + (c.isLetter || c.isNumber ? 0.78 : 0.45) }
}
