import { lossValue } from '../network/losses';
import { MAP_CHUNK } from './maps';
import { forwardBatch, Workspace, type CompiledNetwork } from './network';
import type { Objective } from './objective';
import type { TrainingSet } from './trainer';

/**
 * The cost of a whole set at θ (forward passes only, in chunks), reduced as the
 * objective says: the test loss, or the training loss without a backward pass.
 */
export class SetEvaluator {
  private readonly ws: Workspace;
  private readonly chunk: Float64Array;
  private readonly out: Float64Array;
  private readonly y: Float64Array;

  constructor(
    readonly net: CompiledNetwork,
    readonly objective: Objective,
    readonly set: TrainingSet,
  ) {
    this.ws = new Workspace(net.shape.layers, Math.min(MAP_CHUNK, Math.max(1, set.count)));
    this.chunk = new Float64Array((net.shape.layers[0] ?? 0) * this.ws.capacity);
    const outputs = net.shape.layers.at(-1) ?? 0;
    this.out = new Float64Array(outputs);
    this.y = new Float64Array(outputs);
  }

  /** L(θ) over the set; NaN for an empty set. */
  loss(theta: Float64Array): number {
    const { set, ws, chunk, out, y, net } = this;
    const { count, inputs, targets } = set;
    if (count === 0) return NaN;
    const features = net.shape.layers[0] as number;
    const last = net.shape.layers.length - 2;
    const outputs = out.length;
    let total = 0;
    for (let first = 0; first < count; first += ws.capacity) {
      const B = Math.min(ws.capacity, count - first);
      for (let f = 0; f < features; f++)
        chunk.set(inputs.subarray(f * count + first, f * count + first + B), f * B);
      forwardBatch(net, theta, chunk, B, ws);
      const a = ws.a[last] as Float64Array;
      for (let i = 0; i < B; i++) {
        for (let j = 0; j < outputs; j++) {
          out[j] = a[j * B + i] as number;
          y[j] = targets[j * count + first + i] as number;
        }
        total += lossValue(this.objective.loss, out, y);
      }
    }
    return this.objective.reduction === 'mean' ? total / count : total;
  }
}
