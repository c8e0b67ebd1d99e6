import type { Phase, PhaseSpan } from '../trace';

/**
 * Where each step of a network trace falls, without making the steps: the trace is a run
 * of units (one neuron's forward steps, the cost, one op-amp's backward steps, one
 * neuron's gradients, one neuron's update), and a unit's steps are made together. A
 * network of 12 layers of 64 neurons has 94,337 steps in 3,073 units.
 */
export interface TraceUnit {
  readonly phase: Phase;
  /** The neuron's layer (the output layer for the cost). */
  readonly layer: number;
  readonly neuron: number;
  /** The index of the unit's first step. */
  readonly start: number;
  readonly count: number;
}

export interface TraceUnits {
  readonly units: readonly TraceUnit[];
  readonly total: number;
  readonly phases: readonly PhaseSpan[];
  /** The unit holding step `index` (0 ≤ index < total). */
  unitOf(index: number): TraceUnit | undefined;
  /** The unit of a phase's neuron, if the network has it. */
  find(phase: Phase, layer: number, neuron: number): TraceUnit | undefined;
}

/** The units of the trace of a network with these layer sizes, in the trace's order. */
export function traceUnits(layers: readonly number[]): TraceUnits {
  const L = layers.length - 1;
  const units: TraceUnit[] = [];
  const byKey = new Map<string, TraceUnit>();
  let start = 0;
  const add = (phase: Phase, layer: number, neuron: number, count: number) => {
    const unit = { phase, layer, neuron, start, count };
    units.push(unit);
    byKey.set(`${phase}:${layer}:${neuron}`, unit);
    start += count;
  };
  const eachNeuron = (order: 'up' | 'down', visit: (l: number, j: number) => void) => {
    for (let step = 0; step < L; step++) {
      const l = order === 'up' ? step + 1 : L - step;
      for (let j = 0; j < (layers[l] ?? 0); j++) visit(l, j);
    }
  };
  const fanIn = (l: number) => (layers[l - 1] ?? 0) + 1;
  eachNeuron('up', (l, j) => add('forward', l, j, 2));
  add('cost', L, 0, 1);
  eachNeuron('down', (l, j) => add('backward', l, j, 2));
  eachNeuron('up', (l, j) => add('gradients', l, j, fanIn(l)));
  eachNeuron('up', (l, j) => add('update', l, j, fanIn(l)));

  const phases: PhaseSpan[] = [];
  for (const unit of units) {
    const last = phases[phases.length - 1];
    const end = unit.start + unit.count;
    if (last !== undefined && last.phase === unit.phase)
      phases[phases.length - 1] = { ...last, end };
    else phases.push({ phase: unit.phase, start: unit.start, end });
  }
  return {
    units,
    total: start,
    phases,
    unitOf: (index) => {
      let lo = 0;
      let hi = units.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const unit = units[mid];
        if (unit === undefined) return undefined;
        if (index < unit.start) hi = mid - 1;
        else if (index >= unit.start + unit.count) lo = mid + 1;
        else return unit;
      }
      return undefined;
    },
    find: (phase, layer, neuron) => byKey.get(`${phase}:${layer}:${neuron}`),
  };
}
