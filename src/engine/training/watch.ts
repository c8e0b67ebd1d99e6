import type { NetworkScenario } from '../network/types';
import {
  DivergenceMonitor,
  type DivergenceWarning,
  type MonitorSettings,
} from '../playground/divergence';
import {
  compileNetwork,
  forwardBatch,
  Workspace,
  type CompiledNetwork,
} from '../playground/network';

/**
 * Divergence caught early in the gradient-descent scene: the data playground's monitor
 * (rising loss, a loss far above its start, a saturated output) over one stretch of a
 * {@link TrainingRun}, from where the η in force took effect. Full-batch descent makes
 * one window one step.
 */
export class RunWatch {
  private readonly monitor: DivergenceMonitor;
  private alert: DivergenceWarning | null = null;

  constructor(settings?: MonitorSettings) {
    this.monitor = new DivergenceMonitor(settings);
    this.monitor.restart(1);
  }

  /**
   * The first warning of the stretch being watched, or null (a rise the loss has fallen
   * back from is withdrawn, as in the playground's run).
   */
  get warning(): DivergenceWarning | null {
    return this.alert;
  }

  /** Starts a new stretch (a new η took effect). */
  restart(): void {
    this.monitor.restart(1);
    this.alert = null;
  }

  /** Feeds L(θᵗ) (the loss the step t → t + 1 starts from). */
  observe(t: number, loss: number): void {
    if (!this.watching) return;
    const seen = this.monitor.observeLoss(t, loss);
    if (this.alert === null) this.alert = seen;
    if (this.monitor.riseUndone() && this.alert?.code === 'rising') this.alert = null;
  }

  /** Only a rising loss can still be taken back; every other warning is final. */
  private get watching(): boolean {
    return this.alert === null || this.alert.code === 'rising';
  }

  /** Feeds the output's largest gain σ′ over the examples at θᵗ, with L(θᵗ). */
  observeGain(t: number, gain: number, loss: number): void {
    if (this.alert !== null) return;
    this.alert = this.monitor.observeGain(t, gain, loss);
  }

  /** Watches a stretch afresh from its losses `losses[from … to]`. */
  rebuild(losses: ArrayLike<number>, from: number, to: number): void {
    this.restart();
    for (let i = from; i <= to && this.watching; i++) this.observe(i, losses[i] as number);
  }
}

/**
 * The output layer's largest gain σ′(z) over a scenario's examples, for a θ in
 * `paramRefs` order: one batched forward pass (the playground's loops), so a frame can
 * afford it.
 */
export class OutputGainProbe {
  private readonly net: CompiledNetwork;
  private readonly inputs: Float64Array;
  private readonly ws: Workspace;
  private readonly count: number;

  constructor(scenario: NetworkScenario) {
    this.net = compileNetwork({ layers: scenario.layers, activations: scenario.activation });
    this.count = scenario.samples.length;
    const features = scenario.layers[0] ?? 0;
    this.inputs = new Float64Array(features * this.count);
    scenario.samples.forEach((s, n) =>
      s.x.forEach((v, f) => (this.inputs[f * this.count + n] = v)),
    );
    this.ws = new Workspace(scenario.layers, this.count);
  }

  /** max |σ′(z)| of the output neurons over every example at θ. */
  maxGain(theta: Float64Array): number {
    const { net, ws, count } = this;
    forwardBatch(net, theta, this.inputs, count, ws);
    const last = net.shape.layers.length - 2;
    const z = ws.z[last] as Float64Array;
    const a = ws.a[last] as Float64Array;
    const gain = net.gain[last] as (z: number, a: number) => number;
    const outputs = (net.shape.layers[last + 1] ?? 0) * count;
    let max = 0;
    for (let i = 0; i < outputs; i++) {
      const g = Math.abs(gain(z[i] as number, a[i] as number));
      if (g > max) max = g;
    }
    return max;
  }
}
