import { PLANE } from './datasets';
import { featureRows, type FeatureId } from './features';
import { forwardBatch, Workspace, type CompiledNetwork } from './network';
import type { BatchTrainer } from './trainer';

/**
 * What the playground draws over the input plane, computed in batched forward passes.
 *
 * A map of resolution N is N×N values in image order: row r (0 at the top, x₂ = +6) and
 * column c (0 at the left, x₁ = −6), value `map[r·N + c]` at
 * x₁ = −6 + 12·c/(N − 1), x₂ = 6 − 12·r/(N − 1): the corners are the plane's corners.
 * Maps are written as float32, plenty for a colour scale, so that a frame's maps are
 * half the bytes to send to the page.
 */

/** x₁ (or x₂ read from the bottom) of grid line i of n. */
export function gridCoordinate(i: number, n: number): number {
  return n === 1 ? 0 : -PLANE + (2 * PLANE * i) / (n - 1);
}

/** The grid's points as data points (label 0), in image order. */
function gridPoints(n: number): { x1: number; x2: number; label: number }[] {
  const points = [];
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      points.push({ x1: gridCoordinate(c, n), x2: -gridCoordinate(r, n), label: 0 });
  return points;
}

/** How many grid points one forward pass takes: big enough for long inner loops, small enough for the cache. */
export const MAP_CHUNK = 512;

/**
 * The features of an N×N grid, computed once, and the buffers a map pass needs. One plan
 * serves every frame until the features, the resolution or the network's shape change.
 */
export class MapPlan {
  readonly resolution: number;
  readonly points: number;
  private readonly rows: Float64Array;
  private readonly chunk: Float64Array;
  private readonly ws: Workspace;
  private readonly features: number;

  constructor(net: CompiledNetwork, features: readonly FeatureId[], resolution: number) {
    this.resolution = Math.max(1, Math.floor(resolution));
    this.points = this.resolution * this.resolution;
    this.features = features.length;
    this.rows = featureRows(gridPoints(this.resolution), features);
    this.ws = new Workspace(net.shape.layers, Math.min(MAP_CHUNK, this.points));
    this.chunk = new Float64Array(this.features * this.ws.capacity);
  }

  /**
   * Runs the grid forward in chunks; after each chunk of B points starting at `first`,
   * `visit(ws, first, B)` reads the workspace (`ws.a[l][j·B + i]`).
   */
  run(
    net: CompiledNetwork,
    theta: Float64Array,
    visit: (ws: Workspace, first: number, B: number) => void,
  ): void {
    const { points, rows, chunk, ws, features } = this;
    for (let first = 0; first < points; first += ws.capacity) {
      const B = Math.min(ws.capacity, points - first);
      for (let f = 0; f < features; f++)
        chunk.set(rows.subarray(f * points + first, f * points + first + B), f * B);
      forwardBatch(net, theta, chunk, B, ws);
      visit(ws, first, B);
    }
  }
}

/** Hidden and output neurons in order (layer 1 first), as (layer, index) with layer ≥ 1. */
export function mappedNeurons(layers: readonly number[]): { layer: number; index: number }[] {
  const list = [];
  for (let l = 1; l < layers.length; l++)
    for (let j = 0; j < (layers[l] as number); j++) list.push({ layer: l, index: j });
  return list;
}

/**
 * The network's first output over the plane (the decision map), into `out` (N² values):
 * a class score in (−1, 1) for a tanh output, a target for a linear one.
 */
export function decisionMap(
  net: CompiledNetwork,
  theta: Float64Array,
  plan: MapPlan,
  out: Float32Array = new Float32Array(plan.points),
): Float32Array {
  const last = net.shape.layers.length - 2;
  plan.run(net, theta, (ws, first, B) => {
    const a = ws.a[last] as Float64Array;
    for (let i = 0; i < B; i++) out[first + i] = a[i] as number;
  });
  return out;
}

/**
 * Every hidden and output neuron's activation a over the plane, into `out`: the map of
 * neuron m of {@link mappedNeurons} is `out[m·N² … (m + 1)·N²)`.
 */
export function neuronMaps(
  net: CompiledNetwork,
  theta: Float64Array,
  plan: MapPlan,
  out: Float32Array = new Float32Array(mappedNeurons(net.shape.layers).length * plan.points),
): Float32Array {
  const { layers } = net.shape;
  const N2 = plan.points;
  plan.run(net, theta, (ws, first, B) => {
    let m = 0;
    for (let l = 1; l < layers.length; l++) {
      const a = ws.a[l - 1] as Float64Array;
      for (let j = 0; j < (layers[l] as number); j++, m++) {
        const base = m * N2 + first;
        for (let i = 0; i < B; i++) out[base + i] = a[j * B + i] as number;
      }
    }
  });
  return out;
}

/** What one backward pass over the training set tells about every neuron. */
export interface DeltaPass {
  /** δ = ∂Cⁿ/∂z of neuron m of {@link mappedNeurons} on example n: `delta[m·count + n]`. */
  readonly delta: Float32Array;
  /** The largest σ′(z) of any neuron on any training example (0 when every gain is 0). */
  readonly maxGain: number;
  /** The largest σ′(z) of the output neurons on any training example. */
  readonly maxOutputGain: number;
  /** The training cost at θ (reduced as the objective says). */
  readonly loss: number;
  /**
   * The first hidden layer (DOM number, 1 = first hidden) whose every neuron has gain 0 on
   * every training example (a layer of ReLUs all off), or null: no gradient gets past it.
   */
  readonly deadLayer: number | null;
}

/**
 * δ of every neuron on every training example at the trainer's θ (no update), for the
 * "δ over the plane" view: how hard each example pushes each neuron. Also the largest
 * gain, which tells whether the network has saturated.
 */
export function deltaOverExamples(
  trainer: BatchTrainer,
  out: Float32Array = new Float32Array(
    mappedNeurons(trainer.net.shape.layers).length * trainer.data.count,
  ),
): DeltaPass {
  const { count } = trainer.data;
  const loss = trainer.gradient(0, count);
  const ws = trainer.workspace;
  const { layers } = trainer.net.shape;
  let maxGain = 0;
  let maxOutputGain = 0;
  let deadLayer: number | null = null;
  let m = 0;
  for (let l = 1; l < layers.length; l++) {
    const d = ws.delta[l - 1] as Float64Array;
    const z = ws.z[l - 1] as Float64Array;
    const a = ws.a[l - 1] as Float64Array;
    const gain = trainer.net.gain[l - 1] as (z: number, a: number) => number;
    let layerGain = 0;
    for (let j = 0; j < (layers[l] as number); j++, m++) {
      for (let n = 0; n < count; n++) {
        const o = j * count + n;
        out[m * count + n] = d[o] as number;
        const g = Math.abs(gain(z[o] as number, a[o] as number));
        if (g > layerGain) layerGain = g;
      }
    }
    if (layerGain > maxGain) maxGain = layerGain;
    if (l === layers.length - 1) maxOutputGain = layerGain;
    else if (layerGain === 0 && deadLayer === null && count > 0) deadLayer = l;
  }
  return { delta: out, maxGain, maxOutputGain, loss, deadLayer };
}
