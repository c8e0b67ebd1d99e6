import type { TraceStep } from '../../engine';
import { dzdwRequest, labelRequests, requestFor } from './diagramLabels';
import type { LabelSource } from './labelKeys';
import { placementScene } from './placementScene';
import {
  indexScene,
  NO_OVERLAY,
  overlayOn,
  placeLabels,
  type LabelRequest,
  type Overlay,
  type PlacedLabel,
  type Placement,
} from './labelPlacement';
import { demandFor } from './stepLabels';

/**
 * The labels of one drawing of the diagram (one layout, one scenario, one language): the
 * standing placement, computed once, and for each moment (step and focus) the labels that
 * moment adds on top of it. Components ask for their own label's place with {@link slot}.
 */
export interface LabelModel {
  readonly base: Placement;
  /** Where label `id` is drawn at this moment, or null when it is left out. */
  slot(id: string, step: TraceStep | undefined, focus: string | null): PlacedLabel | null;
  /** What this moment adds to the standing placement, and hides of it. */
  moment(step: TraceStep | undefined, focus: string | null): Overlay;
  /** Every label place in use at this moment (whether or not its value is known yet). */
  visible(step: TraceStep | undefined, focus: string | null): PlacedLabel[];
}

export function createLabelModel(src: LabelSource): LabelModel {
  const indexed = indexScene(placementScene(src));
  const requests = labelRequests(src);
  const byId = new Map(requests.map((r) => [r.id, r]));
  const lookup = (id: string) => byId.get(id) ?? requestFor(src, id);
  const base = placeLabels(indexed, requests);
  const overlay = overlayOn(indexed, base);
  // One moment at a time: every component asks about the same (step, focus) in a render.
  let memo: { step: TraceStep | undefined; focus: string | null; overlay: Overlay } | null = null;
  const overlayFor = (step: TraceStep | undefined, focus: string | null): Overlay => {
    if (memo !== null && memo.step === step && memo.focus === focus) return memo.overlay;
    const demand = demandFor(step, focus);
    const demanded: LabelRequest[] = [];
    for (const id of demand.labels) {
      const r = lookup(id);
      if (r !== undefined) demanded.push({ ...r, wires: 'allow' });
    }
    for (const [l, k, j] of demand.dzdw) demanded.push(dzdwRequest(src, l, k, j));
    const result = demanded.length === 0 ? NO_OVERLAY : overlay(demanded);
    memo = { step, focus, overlay: result };
    return result;
  };
  return {
    base,
    slot(id, step, focus) {
      const moment = overlayFor(step, focus);
      if (moment.hidden.has(id)) return null;
      return moment.added.get(id) ?? base.placed.get(id) ?? null;
    },
    moment: overlayFor,
    visible(step, focus) {
      const moment = overlayFor(step, focus);
      const standing = [...base.placed.values()].filter((p) => !moment.hidden.has(p.id));
      return [...standing, ...moment.added.values()];
    },
  };
}
