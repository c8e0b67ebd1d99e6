import { lossGradient, lossValue } from '../network/losses';
import type { Hyperparameters } from './hyperparameters';
import { penalty, penaltySlope } from './hyperparameters';
import { backwardDelta, layerGradient } from './kernels';
import { compileNetwork, forwardBatch, Workspace, type CompiledNetwork } from './network';
import type { NetworkShape } from './layout';
import type { Objective } from './objective';

/**
 * A data set as the loops read it: one row of `count` numbers per input neuron
 * (`inputs[f·count + n]`, the selected features of example n) and per output neuron
 * (`targets[j·count + n]`).
 */
export interface TrainingSet {
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  readonly count: number;
}

/**
 * Mini-batch gradient descent on a fixed training set, batched over the examples: every
 * buffer is allocated once, so a step allocates nothing.
 *
 * A step takes the `batchSize` examples from position `start` on (wrapping round the end
 * of the set), runs them forward and backward together, and updates θ once:
 * w ← w − (η/B)·Σᵢ ∂Cⁱ/∂w − η·λ·R′(w) with the mean reduction (η instead of η/B with the
 * sum), biases without the penalty. Under L1 a weight that the penalty alone would carry
 * across zero stops at zero, as in TensorFlow Playground.
 */
export class BatchTrainer {
  readonly net: CompiledNetwork;
  readonly objective: Objective;
  readonly data: TrainingSet;
  /** θ, laid out as {@link parameterLayout} says; changed in place by {@link step}. */
  readonly theta: Float64Array;
  /** ∇ of the last step's batch cost (the sum over its examples, before any scaling). */
  readonly grad: Float64Array;
  private readonly ws: Workspace;
  private readonly outA: Float64Array;
  private readonly outY: Float64Array;
  private readonly outG: Float64Array;
  /** The current batch's inputs and targets (rows of stride B). */
  private x: Float64Array;
  private y: Float64Array;

  constructor(shape: NetworkShape, objective: Objective, data: TrainingSet, theta0: Float64Array) {
    this.net = compileNetwork(shape);
    this.objective = objective;
    this.data = data;
    this.theta = Float64Array.from(theta0);
    this.grad = new Float64Array(this.theta.length);
    this.ws = new Workspace(shape.layers, data.count);
    const outputs = shape.layers.at(-1) ?? 0;
    this.outA = new Float64Array(outputs);
    this.outY = new Float64Array(outputs);
    this.outG = new Float64Array(outputs);
    this.x = data.inputs;
    this.y = data.targets;
  }

  /** The number of examples a step with this batch size takes (1 … count). */
  batchOf(batchSize: number): number {
    return Math.max(1, Math.min(this.data.count, Math.floor(batchSize)));
  }

  /**
   * One update from the batch at `start`. Returns the batch's cost at θ before the update
   * (averaged or summed over its examples by the objective's reduction).
   */
  step(start: number, hyper: Hyperparameters): number {
    const B = this.batchOf(hyper.batchSize);
    const cost = this.gradient(start, B);
    this.update(B, hyper);
    return cost;
  }

  /**
   * Forward and backward for the batch at `start`: fills {@link grad} with Σᵢ ∇Cⁱ and the
   * workspace with every layer's z, a and δ. Returns the batch cost (reduced).
   */
  gradient(start: number, B: number): number {
    this.batch(start, B);
    const { net, ws, x, y } = this;
    forwardBatch(net, this.theta, x, B, ws);
    const last = net.layout.weights.length - 1;
    let total = this.outputDelta(y, B);
    const { layers } = net.shape;
    const { weights, biases } = net.layout;
    for (let l = last; l >= 0; l--) {
      const delta = ws.delta[l] as Float64Array;
      if (l > 0)
        backwardDelta(
          this.theta,
          weights[l] as number,
          layers[l] as number,
          layers[l + 1] as number,
          delta,
          ws.z[l - 1] as Float64Array,
          ws.a[l - 1] as Float64Array,
          ws.delta[l - 1] as Float64Array,
          B,
          net.gain[l - 1] as (z: number, a: number) => number,
        );
      layerGradient(
        weights[l] as number,
        biases[l] as number,
        layers[l] as number,
        layers[l + 1] as number,
        delta,
        l === 0 ? x : (ws.a[l - 1] as Float64Array),
        this.grad,
        B,
      );
    }
    if (this.objective.reduction === 'mean') total /= B;
    return total;
  }

  /** The workspace of the last forward and backward pass (z, a, δ per layer, stride B). */
  get workspace(): Workspace {
    return this.ws;
  }

  /**
   * Points {@link x} and {@link y} at the batch at `start`: the set itself for a full
   * batch from 0, else a copy gathered into the workspace (no allocation either way).
   */
  private batch(start: number, B: number): void {
    const { inputs, targets, count } = this.data;
    const s = ((Math.floor(start) % count) + count) % count;
    if (s === 0 && B === count) {
      this.x = inputs;
      this.y = targets;
      return;
    }
    gather(inputs, this.ws.inputs, this.net.shape.layers[0] as number, count, s, B);
    gather(targets, this.ws.targets, this.net.shape.layers.at(-1) as number, count, s, B);
    this.x = this.ws.inputs;
    this.y = this.ws.targets;
  }

  /**
   * δ of the output layer for every example, δ = σ′(z)·∂C/∂a, and the summed cost. For a
   * sigmoid output under cross-entropy the product is a − y exactly: it is written so, as
   * σ′ and 1/(a(1 − a)) would give 0·∞ once the output saturates.
   */
  private outputDelta(y: Float64Array, B: number): number {
    const { ws, net, objective, outA, outY, outG } = this;
    const last = net.layout.weights.length - 1;
    const z = ws.z[last] as Float64Array;
    const a = ws.a[last] as Float64Array;
    const delta = ws.delta[last] as Float64Array;
    const gain = net.gain[last] as (z: number, a: number) => number;
    const outputs = outA.length;
    const fused = objective.loss === 'bce' && net.shape.activations.at(-1) === 'sigmoid';
    let total = 0;
    for (let i = 0; i < B; i++) {
      for (let j = 0; j < outputs; j++) {
        outA[j] = a[j * B + i] as number;
        outY[j] = y[j * B + i] as number;
      }
      total += lossValue(objective.loss, outA, outY);
      lossGradient(objective.loss, outA, outY, outG);
      for (let j = 0; j < outputs; j++) {
        const o = j * B + i;
        delta[o] = fused
          ? (outA[j] as number) - (outY[j] as number)
          : (outG[j] as number) * gain(z[o] as number, a[o] as number);
      }
    }
    return total;
  }

  /**
   * λ·Σ R(w) over the weights of `theta` (biases carry no penalty): what the regulariser
   * adds to the cost that the steps descend. 0 without regularisation.
   */
  penaltyOf(theta: Float64Array, hyper: Hyperparameters): number {
    const reg = hyper.regularization;
    if (reg === 'none' || hyper.regularizationRate === 0) return 0;
    const { weights, biases } = this.net.layout;
    let sum = 0;
    for (let l = 0; l < weights.length; l++)
      for (let i = weights[l] as number; i < (biases[l] as number); i++)
        sum += penalty(reg, theta[i] as number);
    return hyper.regularizationRate * sum;
  }

  /** θ ← θ − η·(scaled ∇) − η·λ·R′(w), in the order TensorFlow Playground applies them. */
  private update(B: number, hyper: Hyperparameters): void {
    const { theta, grad } = this;
    const { layers } = this.net.shape;
    const { weights, biases } = this.net.layout;
    const eta = hyper.learningRate;
    const scale = this.objective.reduction === 'mean' ? B : 1;
    const step = eta / scale;
    const shrink = eta * hyper.regularizationRate;
    const reg = hyper.regularization;
    for (let l = 0; l < weights.length; l++) {
      const w0 = weights[l] as number;
      const b0 = biases[l] as number;
      for (let i = w0; i < b0; i++) {
        const w = theta[i] as number;
        const moved = w - step * (grad[i] as number);
        if (reg === 'none') {
          theta[i] = moved;
          continue;
        }
        const next = moved - shrink * penaltySlope(reg, w);
        theta[i] = reg === 'l1' && moved * next < 0 ? 0 : next;
      }
      const end = b0 + (layers[l + 1] as number);
      for (let i = b0; i < end; i++)
        theta[i] = (theta[i] as number) - (eta * (grad[i] as number)) / scale;
    }
  }
}

/** Copies B columns from position s on (wrapping) of `rows` rows of stride `count`. */
function gather(
  from: Float64Array,
  to: Float64Array,
  rows: number,
  count: number,
  s: number,
  B: number,
): void {
  for (let r = 0; r < rows; r++)
    for (let i = 0, n = s; i < B; i++, n = n + 1 === count ? 0 : n + 1)
      to[r * B + i] = from[r * count + n] as number;
}
