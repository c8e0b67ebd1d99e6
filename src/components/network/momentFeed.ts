import { valueAt, type Trace, type TraceStep } from '../../engine';
import type { Selectors } from '../../store/selectors';
import type { AppState } from '../../store/types';
import { withNeeded, type Involvement } from '../common/hooks';
import { labelKey, type LabelPart } from './labelKeys';
import type { LabelModel } from './labelModel';
import type { Overlay, PlacedLabel } from './labelPlacement';

/**
 * What a diagram element draws differently from one moment of the lesson to the next:
 * how the step involves it, whether it (or its twin in the other network) is in focus,
 * whether the gradients phase runs, and where its labels are (up to three, in the order
 * asked).
 */
export interface Moment {
  readonly involvement: Involvement;
  readonly focused: boolean;
  readonly gradients: boolean;
  readonly first: PlacedLabel | null;
  readonly second: PlacedLabel | null;
  readonly third: PlacedLabel | null;
}

/** The values of up to three quantities, by position; undefined while not computed yet. */
/** An edge's weight, as the network holds it. */
export interface Weight {
  readonly w: number;
}

export interface Values {
  readonly first: number | undefined;
  readonly second: number | undefined;
  readonly third: number | undefined;
}

/** What one element reads from the feed: React's `useSyncExternalStore` pair. */
export interface Channel<T> {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => T;
}

/** How `step` involves element `id`: it writes it, reads it, or neither. */
export function involvementOf(step: TraceStep | undefined, id: string): 'write' | 'read' | null {
  if (step === undefined) return null;
  if (step.writes.includes(id)) return 'write';
  return step.reads.includes(id) ? 'read' : null;
}

function shallowEqual<T extends object>(a: T, b: T): boolean {
  const ka = Object.keys(a) as (keyof T)[];
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
}

/** Re-rendered elements per task at most: more wait for the next one (see {@link MomentFeed}). */
export const NOTIFY_PER_TASK = 150;
/** The fewest: a slice always makes progress. */
const NOTIFY_PER_TASK_MIN = 16;
/**
 * What a slice's re-render aims to take. The slice is sized from how long the last one
 * took per element: 150 elements took 12–18 ms of 12 × 64's End on an idle machine here
 * and 40–70 ms on a busy one, where a fixed count made tasks of 100 ms.
 */
const SLICE_TARGET_MS = 16;
/** A move of more steps than this re-reads every channel instead of the steps' own. */
const MAX_WALK = 256;

interface Entry<T extends object> {
  readonly compute: (state: AppState) => T;
  value: T;
  readonly listeners: Set<() => void>;
  readonly indexKeys: readonly string[];
  readonly kind: 'moment' | 'values';
  /** Made once, so that React keeps its subscription while the element re-renders. */
  channel: Channel<T> | null;
}

/**
 * The moments and values of a diagram's elements, from one subscription to the store
 * instead of two per element. A large network draws thousands of elements, and each of
 * React's store subscriptions runs its selector at every change; here a step re-reads only
 * the elements that step can change: those its old and new steps write or read, those
 * whose values the steps in between reveal, those whose labels the two moments place or
 * hide, and the old and new focus. Anything else (a new trace, entering or leaving the
 * gradients phase, a change of what practice points at, a long jump) re-reads every
 * element.
 *
 * Only {@link NOTIFY_PER_TASK} changed elements re-render in one task; the rest follow
 * in later tasks (the current step's own first), so that Home or End on a network of
 * thousands of elements never holds the page. Until an element is told, it keeps the
 * value it drew.
 */
export class MomentFeed {
  private readonly entries = new Map<string, Entry<object>>();
  /** Element id or value key → the entries that depend on it. */
  private readonly index = new Map<string, Set<Entry<object>>>();
  private readonly dirty = new Set<Entry<object>>();
  private overlay: Overlay | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly store: {
      getState: () => AppState;
      subscribe: (listener: (state: AppState, previous: AppState) => void) => () => void;
    },
    private readonly select: Selectors,
    /**
     * The label model of a trace (where the labels go depends on the values' widths). The
     * feed builds it when the trace changes, so that a new trace of the same network (Apply
     * update, an edited weight) reaches the elements through the feed, a slice at a time,
     * and not as a new feed that every element of the diagram re-renders for at once.
     */
    private readonly modelFor: (trace: Trace) => LabelModel | null,
  ) {}

  private modelTrace: Trace | null = null;
  private model: LabelModel | null = null;

  /** The label model of the trace of `s`, built once per trace. */
  private modelAt(s: AppState): LabelModel | null {
    const trace = this.select.trace(s);
    if (trace !== this.modelTrace) {
      this.model = this.modelFor(trace);
      this.modelTrace = trace;
    }
    return this.model;
  }

  /** Follows the store (from mount; entries read the state whenever they are asked). */
  start(): void {
    if (this.unsubscribe !== null) return;
    this.unsubscribe = this.store.subscribe((s, previous) => this.changed(s, previous));
    // The state may have moved between render and mount.
    for (const entry of this.entries.values()) this.dirty.add(entry);
    this.flush();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** The moment of element `id` with labels `parts` (and a twin that shares its focus). */
  moment(id: string, parts: readonly LabelPart[], twin?: string): Channel<Moment> {
    const [p1, p2, p3] = parts;
    const select = this.select;
    return this.channel(`m:${id}:${parts.join(',')}:${twin ?? ''}`, 'moment', [id, twin], (s) => {
      const step = select.currentStep(s);
      const model = this.modelAt(s);
      const slot = (part: LabelPart | undefined) =>
        part === undefined || model === null ? null : model.slot(labelKey(id, part), step, s.focus);
      return {
        // Practice's first hint also marks what the asked step needs.
        involvement: withNeeded(involvementOf(step, id), select.practiceNeeded(s).has(id)),
        focused: s.focus !== null && (s.focus === id || s.focus === twin),
        gradients: step?.phase === 'gradients',
        first: slot(p1),
        second: slot(p2),
        third: slot(p3),
      };
    });
  }

  /** The values of up to three quantity keys, at the cursor. */
  values(first: string, second?: string, third?: string): Channel<Values> {
    const select = this.select;
    return this.channel(
      `v:${first}:${second ?? ''}:${third ?? ''}`,
      'values',
      [first, second, third],
      (s) => {
        const trace = select.trace(s);
        const at = (key: string | undefined) =>
          key === undefined ? undefined : valueAt(trace, key, s.cursor);
        return { first: at(first), second: at(second), third: at(third) };
      },
    );
  }

  /**
   * The weight of the edge from neuron k of layer l to neuron j of layer l + 1. An edit
   * (Apply update, a typed weight) changes the trace too, so every weight is re-read with
   * the rest, a slice at a time; no step changes one.
   */
  weight(l: number, k: number, j: number): Channel<Weight> {
    return this.channel(`w:${l}:${k}:${j}`, 'values', [], (s) => ({
      w: s.network.weights[l]?.[j]?.[k] ?? NaN,
    }));
  }

  private channel<T extends object>(
    key: string,
    kind: Entry<T>['kind'],
    indexKeys: readonly (string | undefined)[],
    compute: (state: AppState) => T,
  ): Channel<T> {
    const existing = this.entries.get(key) as Entry<T> | undefined;
    if (existing?.channel) return existing.channel;
    const entry: Entry<T> = {
      compute,
      value: compute(this.store.getState()),
      listeners: new Set(),
      indexKeys: indexKeys.filter((k): k is string => k !== undefined),
      kind,
      channel: null,
    };
    const stored = entry as unknown as Entry<object>;
    this.add(key, stored, false);
    entry.channel = {
      subscribe: (listener) => {
        if (this.entries.get(key) !== stored) this.add(key, stored, true);
        entry.listeners.add(listener);
        return () => {
          entry.listeners.delete(listener);
          // An element that leaves the diagram (a coarse drawing's step edges come and go)
          // leaves the feed, so that a long walk does not gather entries.
          if (entry.listeners.size === 0) this.remove(key, stored);
        };
      },
      getSnapshot: () => entry.value,
    };
    return entry.channel;
  }

  private add(key: string, entry: Entry<object>, reread: boolean): void {
    if (reread) entry.value = entry.compute(this.store.getState());
    this.entries.set(key, entry);
    for (const k of entry.indexKeys) {
      let set = this.index.get(k);
      if (set === undefined) this.index.set(k, (set = new Set()));
      set.add(entry);
    }
  }

  private remove(key: string, entry: Entry<object>): void {
    if (this.entries.get(key) !== entry) return;
    this.entries.delete(key);
    this.dirty.delete(entry);
    for (const k of entry.indexKeys) {
      const set = this.index.get(k);
      set?.delete(entry);
      if (set?.size === 0) this.index.delete(k);
    }
  }

  private changed(s: AppState, previous: AppState): void {
    const select = this.select;
    const trace = select.trace(s);
    const before = select.trace(previous);
    const step = select.currentStep(s);
    const stepBefore = select.currentStep(previous);
    const needed = select.practiceNeeded(s);
    const neededBefore = select.practiceNeeded(previous);
    if (
      trace !== before ||
      (step?.phase === 'gradients') !== (stepBefore?.phase === 'gradients') ||
      !sameSet(needed, neededBefore) ||
      Math.abs(s.cursor - previous.cursor) > MAX_WALK
    ) {
      this.overlay = this.overlayAt(s, step);
      for (const entry of this.entries.values()) this.dirty.add(entry);
      this.flush(step);
      return;
    }
    // The same trace, so the same label model, before and after.
    const overlayBefore = this.overlay ?? this.overlayAt(previous, stepBefore);
    const overlay = this.overlayAt(s, step);
    this.overlay = overlay;
    if (step === stepBefore && s.focus === previous.focus && s.cursor === previous.cursor) return;
    const touched: string[] = [];
    for (const st of [stepBefore, step])
      if (st !== undefined) touched.push(...st.writes, ...st.reads);
    if (s.focus !== previous.focus) {
      if (s.focus !== null) touched.push(s.focus);
      if (previous.focus !== null) touched.push(previous.focus);
    }
    for (const o of [overlayBefore, overlay]) {
      for (const label of o.added.keys()) touched.push(elementOf(label));
      for (const label of o.hidden) touched.push(elementOf(label));
    }
    for (const id of touched) this.markMoments(id);
    // The values the steps between the two cursors reveal (or hide, walking back).
    const from = Math.min(s.cursor, previous.cursor);
    const to = Math.max(s.cursor, previous.cursor);
    for (let i = from; i < to; i++) {
      const revealed = trace.steps[i]?.reveals ?? [];
      for (const key of revealed) this.markValues(key);
    }
    this.flush(step);
  }

  private overlayAt(s: AppState, step: TraceStep | undefined): Overlay {
    const model = this.modelAt(s);
    return model === null ? NO_CHANGE : model.moment(step, s.focus);
  }

  private markMoments(id: string): void {
    for (const entry of this.index.get(id) ?? [])
      if (entry.kind === 'moment') this.dirty.add(entry);
  }

  private markValues(key: string): void {
    for (const entry of this.index.get(key) ?? [])
      if (entry.kind === 'values') this.dirty.add(entry);
  }

  /**
   * Re-reads the dirty entries (those of `step`'s own elements first) and tells the ones
   * that changed, up to {@link NOTIFY_PER_TASK}; the rest wait for the next task.
   */
  private flush(step?: TraceStep): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    // Two changes in one task (an edit, then its cursor) share the task's slice.
    const room = this.perTask - this.spent;
    const state = this.store.getState();
    const told: Entry<object>[] = [];
    const visit = (entry: Entry<object>) => {
      this.dirty.delete(entry);
      const next = entry.compute(state);
      if (shallowEqual(entry.value, next)) return;
      entry.value = next;
      told.push(entry);
    };
    if (step !== undefined)
      for (const id of [...step.writes, ...step.reads])
        for (const entry of this.index.get(id) ?? []) if (this.dirty.has(entry)) visit(entry);
    for (const entry of this.dirty) {
      if (told.length >= room) break;
      visit(entry);
    }
    const started = performance.now();
    const first = this.spent === 0 && told.length > 0;
    this.spent += told.length;
    for (const entry of told) for (const listener of entry.listeners) listener();
    if (first)
      // Queued after React's render of what the listeners changed (React renders in a
      // microtask it queues at the first of them), so this runs once that is done.
      queueMicrotask(() => {
        this.fit(this.spent, performance.now() - started);
        this.spent = 0;
      });
    if (this.dirty.size > 0 && this.unsubscribe !== null)
      this.timer = setTimeout(() => {
        this.spent = 0; // a task of its own
        this.flush();
      }, 0);
  }

  /** How many elements this task has told already (reset when the task ends). */
  private spent = 0;
  /** How many elements a task may tell: fitted to how long they take here (see fit). */
  private perTask = NOTIFY_PER_TASK;

  /** Sizes the next slices from `count` elements having taken `ms` to tell and render. */
  private fit(count: number, ms: number): void {
    // A slice too small to time says nothing of the rest.
    if (count < NOTIFY_PER_TASK_MIN || ms < 1) return;
    const fitted = Math.round((count * SLICE_TARGET_MS) / ms);
    this.perTask = Math.max(NOTIFY_PER_TASK_MIN, Math.min(NOTIFY_PER_TASK, fitted));
  }
}

const NO_CHANGE: Overlay = { added: new Map(), hidden: new Set() };

/** The element a label belongs to (see {@link labelKey}). */
const elementOf = (label: string): string => label.slice(0, label.indexOf('|'));

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const v of a) if (!b.has(v)) return false;
  return true;
}
