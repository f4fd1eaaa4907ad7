// The small-function workloads of DESIGN.md (R, F) and W1, differentiated by Swift's own
// `_Differentiation`, each next to the same hand-written derivative in the same process.
// Built by Scripts/compare-differentiation.sh with `swiftc -O`, outside the package (the
// package does not import `_Differentiation`: Xcode's default toolchain lacks it).
import _Differentiation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@inline(never) @_optimize(none)
func blackHole<T>(_ value: T) {}

/// `value`, unseen by the optimiser, so that constant inputs are not folded away.
@inline(never) @_optimize(none)
func opaque<T>(_ value: T) -> T { value }

func seconds(_ duration: Duration) -> Double {
  let (whole, attoseconds) = duration.components
  return Double(whole) + Double(attoseconds) * 1e-18
}

/// Medians of `baseline` and `measured`, timed in alternation.
func paired(_ repetitions: Int, _ baseline: () -> Void, _ measured: () -> Void) -> (Double, Double) {
  baseline()
  measured()
  var (a, b): ([Double], [Double]) = ([], [])
  for _ in 0..<repetitions {
    var start = ContinuousClock.now
    baseline()
    a.append(seconds(ContinuousClock.now - start))
    start = ContinuousClock.now
    measured()
    b.append(seconds(ContinuousClock.now - start))
  }
  return (a.sorted()[repetitions / 2], b.sorted()[repetitions / 2])
}

// R: (1 − x)² + 100·(y − x²)².
@differentiable(reverse)
func rosenbrock(_ x: Double, _ y: Double) -> Double {
  let a = 1 - x
  let b = y - x * x
  return a * a + 100 * b * b
}

@inline(never)
func rosenbrockGradient(_ p: [Double], into g: inout [Double]) -> Double {
  let (x, y) = (p[0], p[1])
  let a = 1 - x
  let b = y - x * x
  g[0] = -2 * a - 400 * x * b
  g[1] = 200 * b
  return a * a + 100 * b * b
}

// F: the mean of (a·exp(−b·xᵢ) + c − yᵢ)² over 200 points.
let fitX: [Double] = (0..<200).map { 4 * Double($0) / 199 }
let fitY: [Double] = (0..<200).map { (i: Int) -> Double in
  let x: Double = 4 * Double(i) / 199
  let decay: Double = 2.5 * exp(-1.3 * x)
  return decay + 0.7 + 0.05 * sin(12.9898 * Double(i))
}

@differentiable(reverse)
func fit(_ a: Double, _ b: Double, _ c: Double) -> Double {
  var total = 0.0
  for i in 0..<200 {
    let r = a * exp(-b * fitX[i]) + c - fitY[i]
    total += r * r
  }
  return total / 200
}

@inline(never)
func fitGradient(_ p: [Double], into g: inout [Double]) -> Double {
  let (a, b, c) = (p[0], p[1], p[2])
  var (total, ga, gb, gc) = (0.0, 0.0, 0.0, 0.0)
  for i in 0..<200 {
    let x = fitX[i]
    let e = exp(-b * x)
    let r = a * e + c - fitY[i]
    total += r * r
    ga += 2 * r * e
    gb -= 2 * r * a * x * e
    gc += 2 * r
  }
  g[0] = ga / 200
  g[1] = gb / 200
  g[2] = gc / 200
  return total / 200
}

// W1: micrograd's README expression.
@differentiable(reverse)
func relu(_ x: Double) -> Double { x > 0 ? x : 0 }

@differentiable(reverse)
func readme(_ a: Double, _ b: Double) -> Double {
  var c = a + b
  var d = a * b + b * b * b
  c = c + c + 1
  c = c + 1 + c + (-a)
  d = d + d * 2 + relu(b + a)
  d = d + 3 * d + relu(b - a)
  let e = c - d
  let f = e * e
  var g = f / 2.0
  g = g + 10.0 / f
  return g
}

@inline(never)
func readmeByHand(_ a: Double, _ b: Double) -> (Double, Double, Double) {
  let c = a + b
  let d = a * b + b * b * b
  let c1 = c + (c + 1)
  let c2 = c1 + (1 + c1 + -a)
  let r1 = b + a
  let d1 = d + (d * 2 + max(r1, 0))
  let r2 = b - a
  let d2 = d1 + (3 * d1 + max(r2, 0))
  let e = c2 - d2
  let f = e * e
  let g = f / 2 + 10 / f
  let gf = 0.5 - 10 / (f * f)
  let ge = gf * 2 * e
  let (gc2, gd2) = (ge, -ge)
  let gc1 = 2 * gc2
  var ga = -gc2
  let gc = 2 * gc1
  ga += gc
  var gb = gc
  let gd1 = 4 * gd2
  if r2 > 0 {
    gb += gd2
    ga -= gd2
  }
  let gd = 3 * gd1
  if r1 > 0 {
    ga += gd1
    gb += gd1
  }
  ga += b * gd
  gb += (a + 3 * b * b) * gd
  return (g, ga, gb)
}

let quick = CommandLine.arguments.contains("--quick")
let repetitions = quick ? 3 : 9
var out = [0.0, 0.0, 0.0]

let rPoint = [0.5, 2.0]
let n = quick ? 20_000 : 200_000
var ours = (x: 0.0, y: 0.0)
let (rHand, rAD) = paired(
  repetitions,
  { for _ in 0..<n { blackHole(rosenbrockGradient(opaque(rPoint), into: &out)) } },
  {
    for _ in 0..<n {
      let g = gradient(at: opaque(rPoint[0]), opaque(rPoint[1]), of: rosenbrock)
      ours = (g.0, g.1)
      blackHole(ours)
    }
  })
precondition(abs(ours.x - out[0]) < 1e-12 && abs(ours.y - out[1]) < 1e-12)
print("R   _Differentiation \(rAD / rHand) x hand-written (\(rAD / Double(n) * 1e9) ns vs \(rHand / Double(n) * 1e9) ns)")

let fPoint = [1.0, 1.0, 0.0]
let m = quick ? 200 : 2_000
var fitResult = (0.0, 0.0, 0.0)
let (fHand, fAD) = paired(
  repetitions,
  { for _ in 0..<m { blackHole(fitGradient(fPoint, into: &out)) } },
  {
    for _ in 0..<m {
      fitResult = gradient(at: fPoint[0], fPoint[1], fPoint[2], of: fit)
      blackHole(fitResult)
    }
  })
precondition(abs(fitResult.0 - out[0]) < 1e-12 && abs(fitResult.2 - out[2]) < 1e-12)
print("F   _Differentiation \(fAD / fHand) x hand-written (\(fAD / Double(m) * 1e6) us vs \(fHand / Double(m) * 1e6) us)")

let w1Point = [-4.0, 2.0]
var w1 = (0.0, 0.0)
let (wHand, wAD) = paired(
  repetitions,
  { for _ in 0..<n { blackHole(readmeByHand(opaque(w1Point[0]), opaque(w1Point[1]))) } },
  {
    for _ in 0..<n {
      w1 = gradient(at: opaque(w1Point[0]), opaque(w1Point[1]), of: readme)
      blackHole(w1)
    }
  })
precondition(abs(w1.0 - 138.8338) < 1e-4 && abs(w1.1 - 645.5773) < 1e-4)
print("W1  _Differentiation \(wAD / wHand) x hand-written (\(wAD / Double(n) * 1e9) ns vs \(wHand / Double(n) * 1e9) ns)")
