import Foundation

/// A number with a fixed count of decimals, for progress lines; a number of a million
/// or more is written with an exponent instead (`3.2499e+299`, not 300 digits), and a
/// value that is not finite as `nan`, `inf` or `-inf` (never `-nan`).
func fixed(_ value: Double, _ decimals: Int) -> String {
  guard value.isFinite else { return nonFiniteText(value) }
  if value.magnitude >= 1e6 { return compactNumber(value) }
  return String(format: "%.\(decimals)f", value)
}

/// A number with at most 5 significant digits, with an exponent when it is very large
/// or very small: `1e+06`, `3.2499e+299`, `0.25`, `2.5e-07`.
func compactNumber(_ value: Double) -> String {
  guard value.isFinite else { return nonFiniteText(value) }
  return String(format: "%.5g", value)
}

/// `nan`, `inf` or `-inf`: the sign of a NaN means nothing, so it is not shown.
func nonFiniteText(_ value: Double) -> String {
  value.isNaN ? "nan" : value > 0 ? "inf" : "-inf"
}
