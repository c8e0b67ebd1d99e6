import { ids, parseId, type TraceStep } from '../../engine';
import { assertNever } from '../../lib/assertNever';
import { labelKey, type LabelPart } from './labelKeys';

/**
 * The labels a moment of the lesson must show: those of the values the current step
 * writes and reads (z₃ and the weights into it while z₃ is computed, δ₃ while its op-amp
 * runs, ∂C/∂w on the weight whose gradient is computed, …) and those of the element the
 * pointer or the keyboard is on. Pure, so the choice is tested without a browser.
 */
export interface Demand {
  /** Label ids (see `labelKey`), most important first. */
  readonly labels: readonly string[];
  /** The weights whose ∂z/∂w tag the step shows: [layer, k, j]. */
  readonly dzdw: readonly (readonly [number, number, number])[];
}

export const NO_DEMAND: Demand = { labels: [], dzdw: [] };

/** Every label part an element carries, for the element under the pointer or in focus. */
function partsOf(id: string): string[] {
  const element = parseId(id);
  if (element === null) return [];
  const parts = (p: LabelPart[]) => p.map((part) => labelKey(id, part));
  switch (element.kind) {
    case 'neuron':
      return parts(['symbol']);
    case 'edge':
      return parts(['w', 'grad', 'rw']);
    case 'bias':
      return parts(['b', 'bgrad']);
    case 'amp':
      return parts(['delta', 'input']);
    case 'target':
      return parts(['y']);
    case 'loss':
      return [];
    default:
      return assertNever(element);
  }
}

const edgesRead = (step: TraceStep) =>
  step.reads.flatMap((id) => {
    const e = parseId(id);
    return e?.kind === 'edge' ? [e] : [];
  });

/** What step `step` shows (none before the first step, or for a graph's steps). */
function stepDemand(step: TraceStep): Demand {
  const [written = ''] = step.writes;
  switch (step.kind) {
    case 'z':
      return {
        labels: [
          labelKey(written, 'symbol'),
          ...edgesRead(step).map((e) => labelKey(ids.edge(e.layer, e.k, e.j), 'w')),
          ...step.reads.filter((id) => id.startsWith('bias-')).map((id) => labelKey(id, 'b')),
        ],
        dzdw: edgesRead(step).map((e) => [e.layer, e.k, e.j] as const),
      };
    case 'a':
      return { labels: [labelKey(written, 'symbol')], dzdw: [] };
    case 'cost':
      return { labels: [], dzdw: [] };
    case 'dCdy': {
      const amp = parseId(written);
      const target = amp?.kind === 'amp' ? [labelKey(ids.target(amp.j), 'y')] : [];
      return { labels: [labelKey(written, 'input'), ...target], dzdw: [] };
    }
    case 'sum':
      return {
        labels: [
          labelKey(written, 'input'),
          ...step.reads.filter((id) => id.startsWith('amp-')).map((id) => labelKey(id, 'delta')),
          ...edgesRead(step).map((e) => labelKey(ids.edge(e.layer, e.k, e.j), 'rw')),
        ],
        dzdw: [],
      };
    case 'amp':
      return { labels: [labelKey(written, 'delta'), labelKey(written, 'input')], dzdw: [] };
    case 'dW': {
      const edge = parseId(written);
      return {
        labels: [
          labelKey(written, 'grad'),
          ...step.reads.filter((id) => id.startsWith('amp-')).map((id) => labelKey(id, 'delta')),
        ],
        dzdw: edge?.kind === 'edge' ? [[edge.layer, edge.k, edge.j]] : [],
      };
    }
    case 'db':
      return { labels: [labelKey(written, 'bgrad')], dzdw: [] };
    case 'update-w':
      return { labels: [labelKey(written, 'w')], dzdw: [] };
    case 'update-b':
      return { labels: [labelKey(written, 'b')], dzdw: [] };
    case 'gate-forward':
    case 'seed':
    case 'gate-backward':
      return NO_DEMAND;
    default:
      return assertNever(step);
  }
}

/** The labels to show for this step and this focus: the focus first, then the step's. */
export function demandFor(step: TraceStep | undefined, focus: string | null): Demand {
  const fromStep = step === undefined ? NO_DEMAND : stepDemand(step);
  if (focus === null) return fromStep;
  const focused = partsOf(focus);
  return {
    labels: [...focused, ...fromStep.labels.filter((id) => !focused.includes(id))],
    dzdw: fromStep.dzdw,
  };
}
