import Micrograd

/// The half cosine of ``CosineDecay``.
public enum CosineDecayCurve: DecayCurve {
  /// `b + (a − b) · (1 + cos(π · k / n)) / 2`.
  @inlinable
  public static func value<T: ScalarMath>(at k: Int, of n: Int, from a: T, to b: T) -> T {
    let progress = T(k) / T(n)
    return b + (a - b) * (1 + T.cos(T.pi * progress)) / 2
  }
}

/// A learning rate that follows half a cosine from `initial` down to `final`
/// (Loshchilov and Hutter's SGDR without restarts).
///
/// ```
/// lr(k) = final + (initial − final) · (1 + cos(π · k / steps)) / 2    for k < steps
/// lr(k) = final                                                        for k ≥ steps
/// ```
///
/// It stays near `initial` longer than ``LinearDecay`` and lands gently on `final`.
public typealias CosineDecay<Scalar: ScalarMath> = Decay<Scalar, CosineDecayCurve>
