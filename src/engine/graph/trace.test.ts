import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { makeTrace, valueAt, type Trace, type TraceStep } from '../trace';
import { analyzeGraph } from './analyze-scenario';
import { GRAPH_FORMULA_KEYS, GRAPH_NARRATION_KEYS } from './narration';
import { GRAPH_PRESETS, graphPresetScenario } from './presets';
import { printExpression } from './print';
import { anyExpr, variableValues } from './test-support/arbitraries';
import { buildGraphTrace } from './trace';

const traceOf = (expression: string, inputs: Record<string, number>): Trace =>
  buildGraphTrace(analyzeGraph({ version: 1, kind: 'graph', expression, inputs }));

const step = (trace: Trace, i: number): TraceStep => {
  const s = trace.steps[i];
  if (s === undefined) throw new Error(`no step ${i}`);
  return s;
};

describe('buildGraphTrace', () => {
  it('walks (x + y) * z gate by gate: forward, seed, backward', () => {
    const trace = traceOf('(x + y) * z', { x: -2, y: 5, z: -4 });
    expect(trace.steps.map((s) => [s.phase, s.kind, s.reveals])).toEqual([
      ['forward', 'gate-forward', ['value:g1']],
      ['forward', 'gate-forward', ['value:g2']],
      ['backward', 'seed', ['grad:g2']],
      ['backward', 'gate-backward', ['contrib:g2:g1', 'contrib:g2:z', 'grad:g1', 'grad:z']],
      ['backward', 'gate-backward', ['contrib:g1:x', 'contrib:g1:y', 'grad:x', 'grad:y']],
    ]);
    expect(trace.phases).toEqual([
      { phase: 'forward', start: 0, end: 2 },
      { phase: 'backward', start: 2, end: 5 },
    ]);
    expect(step(trace, 1)).toMatchObject({
      reads: ['gate-g1', 'var-z'],
      writes: ['gate-g2', 'graph-output'],
      operands: [
        { symbol: 'g_{1}', value: 3, key: 'value:g1' },
        { symbol: 'z', value: -4, key: 'value:z' },
      ],
      resultSymbol: 'g_{2}',
      result: -12,
      narrationKey: 'graph.forward.mul',
      params: { gate: 'g2', op: 'mul', label: '\u00d7', a: 'g1', b: 'z' },
    });
    expect(step(trace, 2)).toMatchObject({
      writes: ['gate-g2', 'graph-output'],
      result: 1,
      narrationKey: 'graph.seed',
    });
  });

  it('shows a multiply gate swapping its inputs on the way back', () => {
    const backward = step(traceOf('(x + y) * z', { x: -2, y: 5, z: -4 }), 3);
    expect(backward.operands.map((o) => [o.value, o.key])).toEqual([
      [1, 'grad:g2'],
      [-4, undefined],
      [3, undefined],
      [-4, 'contrib:g2:g1'],
      [3, 'contrib:g2:z'],
    ]);
    expect(backward).toMatchObject({
      reads: ['gate-g2', 'gate-g1', 'var-z'],
      writes: ['gate-g1', 'var-z'],
      narrationKey: 'graph.backward.mul',
      result: -4,
      params: { gate: 'g2', op: 'mul', slots: 2 },
    });
  });

  it('hides every computed value until its step has run', () => {
    const trace = traceOf('(x + y) * z', { x: -2, y: 5, z: -4 });
    expect(valueAt(trace, 'value:x', 0)).toBe(-2);
    expect(valueAt(trace, 'value:g1', 0)).toBeUndefined();
    expect(valueAt(trace, 'value:g1', 1)).toBe(3);
    expect(valueAt(trace, 'value:g2', 1)).toBeUndefined();
    expect(valueAt(trace, 'value:g2', 2)).toBe(-12);
    expect(valueAt(trace, 'grad:g2', 2)).toBeUndefined();
    expect(valueAt(trace, 'grad:g2', 3)).toBe(1);
    expect(valueAt(trace, 'grad:z', 3)).toBeUndefined();
    expect(valueAt(trace, 'grad:z', 4)).toBe(3);
    expect(valueAt(trace, 'grad:x', 4)).toBeUndefined();
    expect(valueAt(trace, 'grad:x', 5)).toBe(-4);
  });

  it('marks the step where the two uses of x in x * x add up', () => {
    const trace = traceOf('x * x', { x: 3 });
    expect(trace.steps).toHaveLength(3);
    const last = step(trace, 2);
    expect(last).toMatchObject({
      kind: 'gate-backward',
      narrationKey: 'graph.backward.fanout',
      reveals: ['contrib:g1:x', 'grad:x'],
      resultSymbol: '\\frac{\\partial f}{\\partial x}',
      result: 6,
      params: { fanOut: 2, fanOutNode: 'x', slots: 2 },
    });
    const branches = last.operands.slice(-2);
    expect(branches.map((o) => o.value)).toEqual([3, 3]);
    expect(trace.values.get('contrib:g1:x')).toBe(6);
  });

  it('sums the three branches of x in the staged example', () => {
    const trace = buildGraphTrace(analyzeGraph(graphPresetScenario('staged')));
    const completes = trace.steps.find((s) => s.reveals.includes('grad:x'));
    expect(completes?.narrationKey).toBe('graph.backward.fanout');
    expect(completes?.kind === 'gate-backward' && completes.params.fanOut).toBe(3);
    const branches = completes?.operands.slice(-3) ?? [];
    expect(branches.map((o) => o.key)).toEqual(['contrib:g2:x', 'contrib:g3:x', 'contrib:g4:x']);
    const sum = branches.reduce((total, o) => total + o.value, 0);
    expect(sum).toBeCloseTo(completes?.result ?? NaN, 15);
    expect(completes?.result).toBeCloseTo(2.059569795572165, 14);
  });

  it.each(GRAPH_PRESETS.map((p) => p.id))(
    '%s: 2 × gates + 1 steps, each key revealed once, in order',
    (id) => {
      const analysis = analyzeGraph(graphPresetScenario(id));
      const trace = buildGraphTrace(analysis);
      const gates = analysis.gates.length;
      expect(trace.steps).toHaveLength(2 * gates + 1);
      expect(trace.steps.map((s) => s.kind)).toEqual([
        ...Array<string>(gates).fill('gate-forward'),
        'seed',
        ...Array<string>(gates).fill('gate-backward'),
      ]);
      expect(trace.steps.slice(0, gates).map((s) => s.reveals[0])).toEqual(
        analysis.gates.map((g) => `value:${g}`),
      );
      const backward = trace.steps.slice(gates + 1);
      expect(backward.map((s) => (s.kind === 'gate-backward' ? s.params.gate : s.kind))).toEqual(
        [...analysis.gates].reverse(),
      );

      const revealed = trace.steps.flatMap((s) => s.reveals);
      expect(new Set(revealed).size).toBe(revealed.length);
      for (const key of trace.values.keys()) {
        const leafValue = /^value:/.test(key) && analysis.byId.get(key.slice(6))?.kind !== 'gate';
        expect(trace.revealedAt.has(key)).toBe(!leafValue);
      }
      // A gradient is revealed only once every branch that feeds it has been.
      for (const node of analysis.nodes) {
        const at = trace.revealedAt.get(`grad:${node.id}`);
        if (node.kind === 'const') expect(at).toBeUndefined();
        else
          for (const use of node.uses)
            expect(trace.revealedAt.get(`contrib:${use.gate}:${node.id}`)).toBeLessThanOrEqual(
              at ?? -1,
            );
      }
      for (const name of analysis.variables)
        expect(trace.values.get(`grad:${name}`)).toBe(analysis.gradients[name]);
    },
  );

  it('uses only declared keys and DOM ids', () => {
    for (const preset of GRAPH_PRESETS) {
      const trace = buildGraphTrace(analyzeGraph(graphPresetScenario(preset.id)));
      for (const s of trace.steps) {
        expect(GRAPH_NARRATION_KEYS).toContain(s.narrationKey);
        // The formula a step shows follows from its kind and its gate's operation.
        expect(GRAPH_FORMULA_KEYS).toContain(
          s.kind === 'seed'
            ? 'graph-seed'
            : `graph-${s.params.op}-${s.kind === 'gate-forward' ? 'forward' : 'backward'}`,
        );
        for (const id of [...s.reads, ...s.writes])
          expect(id).toMatch(/^(var-\w+|gate-g\d+|const-c\d+|graph-output)$/);
      }
    }
    expect(new Set(GRAPH_NARRATION_KEYS).size).toBe(GRAPH_NARRATION_KEYS.length);
    expect(GRAPH_NARRATION_KEYS).toHaveLength(17 * 2 + 2);
    expect(GRAPH_NARRATION_KEYS).toContain('graph.backward.sigmoid');
    expect(GRAPH_FORMULA_KEYS).toHaveLength(17 * 2 + 1);
  });

  it('skips gates that carry no gradient, and handles a lone variable', () => {
    const partlyConstant = traceOf('x * (2 * 3)', { x: 5 });
    expect(partlyConstant.steps.map((s) => s.kind)).toEqual([
      'gate-forward',
      'gate-forward',
      'seed',
      'gate-backward',
    ]);
    expect(step(partlyConstant, 3).reveals).toEqual(['contrib:g2:x', 'grad:x']);
    const lone = traceOf('x', { x: 7 });
    expect(lone.steps.map((s) => [s.kind, s.reveals, s.writes])).toEqual([
      ['seed', ['grad:x'], ['var-x', 'graph-output']],
    ]);
    expect(traceOf('2 * 3', {}).steps.map((s) => s.kind)).toEqual(['gate-forward', 'seed']);
  });

  it('knows, before making a step, what makeTrace finds by reading every step', () => {
    // The steps are made on demand; their count, phases and reveals are planned ahead.
    const agrees = (trace: Trace) => {
      const read = makeTrace([...trace.steps], trace.values);
      expect(trace.steps).toHaveLength(read.steps.length);
      expect(trace.phases).toEqual(read.phases);
      expect(new Map(trace.revealedAt)).toEqual(new Map(read.revealedAt));
    };
    for (const preset of GRAPH_PRESETS)
      agrees(buildGraphTrace(analyzeGraph(graphPresetScenario(preset.id))));
    agrees(traceOf('x', { x: 7 }));
    agrees(traceOf('2 * 3', {}));
    agrees(traceOf(Array.from({ length: 1000 }, () => 'x').join('+'), { x: 1 }));
    fc.assert(
      fc.property(anyExpr, variableValues, (tree, inputs) => {
        const expression = printExpression(tree);
        if (expression.length > 2000) return;
        agrees(traceOf(expression, inputs));
      }),
      { seed: 20261203, numRuns: 200 },
    );
  });

  it('reads the last step of a long sum without the ones before it', () => {
    const trace = traceOf(Array.from({ length: 1000 }, () => 'x').join('+'), { x: 1 });
    expect(trace.steps).toHaveLength(1999);
    expect(trace.revealedAt.get('grad:x')).toBe(1998);
    expect(step(trace, 1998)).toMatchObject({
      kind: 'gate-backward',
      reveals: ['contrib:g1:x', 'grad:x'],
    });
  });
});
