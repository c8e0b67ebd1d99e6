import { trainingGradient, type FeatureId, type RunSetup } from '../../engine';
import { formatNumber, subscript } from '../../lib/format';
import type { MapMode } from '../../store/playground/fields';
import type { PlaygroundFrame } from '../../workers/playgroundProtocol';
import type { PlaygroundTranslate } from '../../i18n/playground/translate';
import type { Edge } from './diagramGeometry';
import { FEATURE_LABELS } from './featureLabels';
import { setDataIfChanged, setTextIfChanged } from '../common/writeIfChanged';

/** While training plays, ∂L/∂w (one full backward pass) is recomputed this often. */
const GRADIENT_MS = 250;

type Translate = PlaygroundTranslate;

/** Each edge's name ("Weight from x₁ to neuron 2 of layer 1"), in `edges` order. */
export function edgeNames(
  edges: readonly Edge[],
  inputs: readonly FeatureId[],
  t: Translate,
): string[] {
  return edges.map((e) =>
    t('playground.edgeName', {
      from:
        e.column === 0
          ? FEATURE_LABELS[inputs[e.from] ?? 'x1']
          : `a${subscript(`${e.column},${e.from + 1}`)}`,
      layer: e.column + 1,
      j: e.to + 1,
    }),
  );
}

/**
 * The line under the neuron diagram that says the weight of the edge under the pointer or
 * the keyboard's focus, w from the frame's θ, and in δ mode also ∂L/∂w over the training
 * set (the sum the δ dots make: (1/N) Σₙ δⱼⁿ aₖⁿ). Written into the page directly at
 * each frame; its hook `edge-readout` carries `data-edge` (L-J-K, as the edge's hook),
 * `data-weight` and, in δ mode, `data-grad`.
 */
export class EdgeReadout {
  private gradient: { theta: Float64Array; grad: Float64Array; at: number } | null = null;

  constructor(
    private readonly edges: readonly Edge[],
    private readonly names: readonly string[],
    private readonly layers: readonly number[],
    private readonly mode: MapMode,
    private readonly setup: RunSetup,
    private readonly t: Translate,
  ) {}

  /** Writes edge `active`'s numbers for the frame's θ into `el` (the hint when none is active). */
  show(el: HTMLElement | null, frame: PlaygroundFrame | null, active: number): void {
    if (el === null) return;
    const edge = this.edges[active];
    if (edge === undefined || frame === null || frame.layers.join() !== this.layers.join()) {
      // Unchanged text is not written again (a write lays the line out anew every frame).
      const hint = this.t('playground.edgeHint');
      setTextIfChanged(el, hint);
      delete el.dataset.edge;
      delete el.dataset.weight;
      delete el.dataset.grad;
      return;
    }
    const w = frame.theta[edge.theta] ?? NaN;
    const parts = [
      this.t('playground.edgeWeight', { name: this.names[active] ?? '', w: formatNumber(w, 4) }),
    ];
    setDataIfChanged(el, 'edge', `${edge.column + 1}-${edge.to}-${edge.from}`);
    setDataIfChanged(el, 'weight', String(w));
    if (this.mode === 'delta') {
      const g = this.gradientOf(frame)[edge.theta] ?? NaN;
      parts.push(this.t('playground.edgeGrad', { grad: formatNumber(g, 4) }));
      setDataIfChanged(el, 'grad', String(g));
    } else delete el.dataset.grad;
    setTextIfChanged(el, parts.join(' · '));
  }

  /** ∂L/∂θ at the frame's θ: recomputed for a new θ, at most every GRADIENT_MS while playing. */
  private gradientOf(frame: PlaygroundFrame): Float64Array {
    const { setup } = this;
    if (setup.theta0.length !== frame.theta.length || setup.train.count === 0)
      return new Float64Array(0);
    const now = performance.now();
    const last = this.gradient;
    const fresh =
      last !== null &&
      (last.theta === frame.theta || (frame.playing && now - last.at < GRADIENT_MS));
    if (fresh) return last.grad;
    const grad = trainingGradient(setup, frame.theta).grad;
    this.gradient = { theta: frame.theta, grad, at: now };
    return grad;
  }
}
