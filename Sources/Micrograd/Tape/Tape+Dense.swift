// Replaying dense entries: the neurons of one layer over the same inputs. Each neuron
// is the op chain it was recorded from, `relu(dot(w, x) + bias)`: its dot product is
// Ops.Dot's sum (four neurons side by side, each summed in its own order), then
// Ops.Add and Ops.ReLU; backward is Ops.Dot.backward. The values are bit for bit
// those of the eager graph.
//
// No pre-activation is stored: relu′ is read from the output (positive, 0 or NaN as
// the pre-activation is), and the one case a 0 output hides, a pre-activation of
// -inf whose gradient must still be 0 · inf = NaN, is known from the entry's
// `allFinite`.

extension TapeProgram {
  /// Computes the values of the dense entry `d`, the first at slot `out`, four neurons
  /// at a time.
  @inlinable @inline(__always)
  func forwardDense(_ d: Int, out: Int, relu: Bool) {
    let layer = dense[d]
    let v = values.baseAddress!
    let x = v + Int(layer.xStart)
    let (n, k, sx) = (Int(layer.inputs), Int(layer.count), Int(layer.xStride))
    let neuron = neurons.baseAddress! + Int(layer.first)
    var finite: UInt8 = 1  // and-ed without a branch
    func finish(_ j: Int, _ dot: T) {
      let preActivation = Ops.Add().forward(dot, v[Int(neuron[j].bias)]).value
      finite &= preActivation.isFinite ? 1 : 0
      v[out + j] = relu ? Ops.ReLU().forward(preActivation).value : preActivation
    }
    var j = 0
    while j + 4 <= k {
      let w = (
        v + Int(neuron[j].weights), v + Int(neuron[j + 1].weights),
        v + Int(neuron[j + 2].weights), v + Int(neuron[j + 3].weights)
      )
      let dots = Ops.Dot<T>.values(count: n) { i in
        let xi = x[i &* sx]
        return (w.0[i] * xi, w.1[i] * xi, w.2[i] * xi, w.3[i] * xi)
      }
      finish(j, dots.0)
      finish(j + 1, dots.1)
      finish(j + 2, dots.2)
      finish(j + 3, dots.3)
      j += 4
    }
    while j < k {
      let w = v + Int(neuron[j].weights)
      finish(j, Ops.Dot<T>.value(count: n) { w[$0] * x[$0 &* sx] })
      j += 1
    }
    dense[d].allFinite = finite == 1
  }

  /// Back-propagates through the dense entry `d`, whose first value is at slot `out`:
  /// its neurons in reverse order, as the entries they replace ran. A neuron that
  /// passes no gradient (a dead relu, or a sample whose loss term is inactive) is
  /// skipped.
  @inlinable @inline(__always)
  func backwardDense(_ d: Int, out: Int, relu: Bool) {
    let layer = dense[d]
    let (v, adj) = (values.baseAddress!, adjoints.baseAddress!)
    let neuron = neurons.baseAddress! + Int(layer.first)
    let (n, x, sx) = (Int(layer.inputs), Int(layer.xStart), Int(layer.xStride))
    var j = Int(layer.count)
    if layer.allFinite {
      // No neuron passes a gradient (a sample whose loss term is inactive): one
      // predictable branch for the whole entry, in place of one per neuron.
      // A sum of magnitudes is 0 only if every term is (NaN and ∞ do not skip); four
      // partial sums, and no branch per neuron.
      var total = (T(0), T(0), T(0), T(0))
      var i = 0
      while i &+ 4 <= j {
        let g = adj + (out &+ i)
        total.0 += g[0].magnitude
        total.1 += g[1].magnitude
        total.2 += g[2].magnitude
        total.3 += g[3].magnitude
        i &+= 4
      }
      while i < j {
        total.0 += adj[out &+ i].magnitude
        i &+= 1
      }
      if total.0 + total.1 + total.2 + total.3 == 0 { return }
    }
    while j > 0 {
      j -= 1
      let (y, g) = (v[out + j], adj[out + j])
      let gPre = relu ? Ops.ReLU().forward(y).dx * g : g
      // 0 · a finite partial adds nothing; the output is the pre-activation when it is
      // finite and not 0.
      if gPre == 0 && (layer.allFinite || (y.isFinite && (!relu || y != 0))) { continue }
      let bias = Int(neuron[j].bias)
      let (_, dDot, dBias) = Ops.Add().forward(0, v[bias])
      adj[bias] += dBias * gPre
      dotBackward(
        count: n, dDot * gPre, a: Int(neuron[j].weights), aStride: 1, b: x, bStride: sx)
    }
  }
}
