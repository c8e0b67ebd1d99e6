import {
  decisionMap,
  MapPlan,
  mappedNeurons,
  neuronMaps,
  type CompiledNetwork,
  type FeatureId,
} from '../engine/playground';
import type { BufferPool } from './bufferPool';

/** One map as a frame carries it. */
interface GridMap {
  readonly resolution: number;
  readonly values: Float32Array;
}

/**
 * The maps of a frame for one network: the grid plans are built once per resolution, and
 * the last maps are kept, so that a frame asked again for the same θ (paused, or between
 * two slices that did not train) is a copy instead of a forward pass over the grid.
 */
export class FrameMaps {
  private readonly plans = new Map<number, MapPlan>();
  private readonly neurons: number;
  private last: { key: string; decision: GridMap | null; neurons: GridMap | null } | null = null;

  constructor(
    private readonly net: CompiledNetwork,
    private readonly features: readonly FeatureId[],
  ) {
    this.neurons = mappedNeurons(net.shape.layers).length;
  }

  /**
   * The decision map at `decisionN` and every neuron's map at `neuronN` (0 for none) for
   * θ, into buffers from the pool. `key` names θ: equal keys mean equal θ.
   */
  build(
    theta: Float64Array,
    key: string,
    decisionN: number,
    neuronN: number,
    pool: BufferPool,
  ): { decision: GridMap | null; neurons: GridMap | null } {
    const cacheKey = `${key}|${decisionN}|${neuronN}`;
    const copy = (m: GridMap | null): GridMap | null => {
      if (m === null) return null;
      const values = pool.float32(m.values.length);
      values.set(m.values);
      return { resolution: m.resolution, values };
    };
    const keep = (m: GridMap | null): GridMap | null =>
      m === null ? null : { resolution: m.resolution, values: m.values.slice() };
    if (this.last?.key !== cacheKey) {
      const decision =
        decisionN > 0
          ? {
              resolution: decisionN,
              values: decisionMap(
                this.net,
                theta,
                this.plan(decisionN),
                pool.float32(decisionN ** 2),
              ),
            }
          : null;
      const neurons =
        neuronN > 0
          ? {
              resolution: neuronN,
              values: neuronMaps(
                this.net,
                theta,
                this.plan(neuronN),
                pool.float32(this.neurons * neuronN ** 2),
              ),
            }
          : null;
      // The frame's arrays are transferred to the page; the cache keeps copies.
      this.last = { key: cacheKey, decision: keep(decision), neurons: keep(neurons) };
      return { decision, neurons };
    }
    return { decision: copy(this.last.decision), neurons: copy(this.last.neurons) };
  }

  private plan(resolution: number): MapPlan {
    let plan = this.plans.get(resolution);
    if (plan === undefined) {
      plan = new MapPlan(this.net, this.features, resolution);
      this.plans.set(resolution, plan);
    }
    return plan;
  }
}
