/**
 * The batched inner loops of the playground engine, over structure-of-arrays buffers: a
 * layer's values for a batch of B examples are one row of B numbers per neuron
 * (`a[j·B + i]` is neuron j on example i), so every inner loop runs over the batch with
 * independent iterations, and four weights are applied per pass over a row.
 *
 * Sums are written left to right (`s + w₀x₀ + w₁x₁ + …`), which is the order of a plain
 * one-example loop: the rounding is exactly that of the textbook algorithm (and of
 * TensorFlow Playground's nn.ts), however the loops are blocked.
 */

/**
 * z = W·x + b for one dense layer and a batch of B examples, then a = f(z).
 * `W` starts at `theta[w0]` (row-major, `nOut × nIn`), `b` at `theta[b0]`.
 */
export function forwardLayer(
  theta: Float64Array,
  w0: number,
  b0: number,
  nIn: number,
  nOut: number,
  x: Float64Array,
  z: Float64Array,
  a: Float64Array,
  B: number,
  f: (z: number) => number,
): void {
  for (let j = 0; j < nOut; j++) {
    const row = w0 + j * nIn;
    const o = j * B;
    const bias = theta[b0 + j] as number;
    for (let i = 0; i < B; i++) z[o + i] = bias;
    let k = 0;
    for (; k + 8 <= nIn; k += 8) {
      const c0 = theta[row + k] as number;
      const c1 = theta[row + k + 1] as number;
      const c2 = theta[row + k + 2] as number;
      const c3 = theta[row + k + 3] as number;
      const c4 = theta[row + k + 4] as number;
      const c5 = theta[row + k + 5] as number;
      const c6 = theta[row + k + 6] as number;
      const c7 = theta[row + k + 7] as number;
      const x0 = k * B;
      const x1 = x0 + B;
      const x2 = x1 + B;
      const x3 = x2 + B;
      const x4 = x3 + B;
      const x5 = x4 + B;
      const x6 = x5 + B;
      const x7 = x6 + B;
      for (let i = 0; i < B; i++)
        z[o + i] =
          (z[o + i] as number) +
          c0 * (x[x0 + i] as number) +
          c1 * (x[x1 + i] as number) +
          c2 * (x[x2 + i] as number) +
          c3 * (x[x3 + i] as number) +
          c4 * (x[x4 + i] as number) +
          c5 * (x[x5 + i] as number) +
          c6 * (x[x6 + i] as number) +
          c7 * (x[x7 + i] as number);
    }
    for (; k + 4 <= nIn; k += 4) {
      const c0 = theta[row + k] as number;
      const c1 = theta[row + k + 1] as number;
      const c2 = theta[row + k + 2] as number;
      const c3 = theta[row + k + 3] as number;
      const x0 = k * B;
      const x1 = x0 + B;
      const x2 = x1 + B;
      const x3 = x2 + B;
      for (let i = 0; i < B; i++)
        z[o + i] =
          (z[o + i] as number) +
          c0 * (x[x0 + i] as number) +
          c1 * (x[x1 + i] as number) +
          c2 * (x[x2 + i] as number) +
          c3 * (x[x3 + i] as number);
    }
    for (; k + 2 <= nIn; k += 2) {
      const c0 = theta[row + k] as number;
      const c1 = theta[row + k + 1] as number;
      const x0 = k * B;
      const x1 = x0 + B;
      for (let i = 0; i < B; i++)
        z[o + i] = (z[o + i] as number) + c0 * (x[x0 + i] as number) + c1 * (x[x1 + i] as number);
    }
    for (; k < nIn; k++) {
      const c0 = theta[row + k] as number;
      const x0 = k * B;
      for (let i = 0; i < B; i++) z[o + i] = (z[o + i] as number) + c0 * (x[x0 + i] as number);
    }
    for (let i = 0; i < B; i++) a[o + i] = f(z[o + i] as number);
  }
}

/**
 * δ of the layer below, δₖ = σ′(zₖ) · Σⱼ wⱼₖ δⱼ (the reverse network: the upstream δ
 * summed through the same weights, times the op-amp's gain), for a batch of B examples.
 * `W` (row-major `nOut × nIn`) starts at `theta[w0]`; `delta` holds the nOut upstream
 * rows; `below` receives nIn rows.
 */
export function backwardDelta(
  theta: Float64Array,
  w0: number,
  nIn: number,
  nOut: number,
  delta: Float64Array,
  z: Float64Array,
  a: Float64Array,
  below: Float64Array,
  B: number,
  gain: (z: number, a: number) => number,
): void {
  for (let k = 0; k < nIn; k++) {
    const o = k * B;
    for (let i = 0; i < B; i++) below[o + i] = 0;
    let j = 0;
    for (; j + 4 <= nOut; j += 4) {
      const c0 = theta[w0 + j * nIn + k] as number;
      const c1 = theta[w0 + (j + 1) * nIn + k] as number;
      const c2 = theta[w0 + (j + 2) * nIn + k] as number;
      const c3 = theta[w0 + (j + 3) * nIn + k] as number;
      const d0 = j * B;
      const d1 = d0 + B;
      const d2 = d1 + B;
      const d3 = d2 + B;
      for (let i = 0; i < B; i++)
        below[o + i] =
          (below[o + i] as number) +
          c0 * (delta[d0 + i] as number) +
          c1 * (delta[d1 + i] as number) +
          c2 * (delta[d2 + i] as number) +
          c3 * (delta[d3 + i] as number);
    }
    for (; j < nOut; j++) {
      const c0 = theta[w0 + j * nIn + k] as number;
      const d0 = j * B;
      for (let i = 0; i < B; i++)
        below[o + i] = (below[o + i] as number) + c0 * (delta[d0 + i] as number);
    }
    for (let i = 0; i < B; i++)
      below[o + i] = (below[o + i] as number) * gain(z[o + i] as number, a[o + i] as number);
  }
}

/**
 * ∂L/∂W = Σᵢ δᵢ xᵢᵀ and ∂L/∂b = Σᵢ δᵢ over the batch, written into `grad` (laid out like
 * θ). The sums run over the examples in order, four weights at a time.
 */
export function layerGradient(
  w0: number,
  b0: number,
  nIn: number,
  nOut: number,
  delta: Float64Array,
  x: Float64Array,
  grad: Float64Array,
  B: number,
): void {
  for (let j = 0; j < nOut; j++) {
    const row = w0 + j * nIn;
    const d = j * B;
    let k = 0;
    for (; k + 4 <= nIn; k += 4) {
      const x0 = k * B;
      const x1 = x0 + B;
      const x2 = x1 + B;
      const x3 = x2 + B;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let i = 0; i < B; i++) {
        const di = delta[d + i] as number;
        s0 += di * (x[x0 + i] as number);
        s1 += di * (x[x1 + i] as number);
        s2 += di * (x[x2 + i] as number);
        s3 += di * (x[x3 + i] as number);
      }
      grad[row + k] = s0;
      grad[row + k + 1] = s1;
      grad[row + k + 2] = s2;
      grad[row + k + 3] = s3;
    }
    for (; k < nIn; k++) {
      const x0 = k * B;
      let s0 = 0;
      for (let i = 0; i < B; i++) s0 += (delta[d + i] as number) * (x[x0 + i] as number);
      grad[row + k] = s0;
    }
    let sb = 0;
    for (let i = 0; i < B; i++) sb += delta[d + i] as number;
    grad[b0 + j] = sb;
  }
}
