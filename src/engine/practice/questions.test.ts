import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../graph/analyze-scenario';
import { GRAPH_PRESETS, graphPresetScenario } from '../graph/presets';
import { buildGraphTrace } from '../graph/trace';
import { LECTURE_SCENARIO } from '../network/lecture';
import { buildNetworkTrace } from '../network/trace';
import { arbitraryNetwork } from '../testing/arbitraryScenario';
import { MAZUR_SCENARIO } from '../training/presets';
import { evaluateFormula } from './formula';
import { NETWORK_PRACTICE_KINDS } from './kinds';
import { practicePlan } from './questions';

const lecture = buildNetworkTrace(LECTURE_SCENARIO);
const graphTrace = (id: (typeof GRAPH_PRESETS)[number]['id']) =>
  buildGraphTrace(analyzeGraph(graphPresetScenario(id)));

describe('what practice asks in the network scene', () => {
  it('asks each kind at its own steps of the lecture network', () => {
    const count = (kind: (typeof NETWORK_PRACTICE_KINDS)[number]) =>
      practicePlan(lecture, [kind]).questions.length;
    expect(count('z')).toBe(6);
    expect(count('a')).toBe(6);
    expect(count('delta')).toBe(6);
    expect(count('grad')).toBe(18); // 12 weights and 6 biases
    expect(count('update')).toBe(18);
    expect(practicePlan(lecture, NETWORK_PRACTICE_KINDS).questions).toHaveLength(54);
    expect(practicePlan(lecture, []).questions).toEqual([]);
    expect(practicePlan(lecture, ['value']).questions).toEqual([]);
  });

  it('names the hooks of the contract, with δ on the neuron and on its op-amp', () => {
    const plan = practicePlan(lecture, NETWORK_PRACTICE_KINDS);
    const byId = new Map(plan.questions.map((q) => [q.id, q]));
    expect(byId.get('z:1:0')).toMatchObject({ target: 'neuron-1-0:z', step: 0, value: 4 });
    expect(byId.get('a:1:1')?.target).toBe('neuron-1-1:a');
    expect(byId.get('delta:2:0')).toMatchObject({
      kind: 'delta',
      target: 'neuron-2-0:delta',
      targets: ['neuron-2-0:delta', 'amp-2-0:delta'],
      symbol: '\\delta_{3}',
    });
    expect(byId.get('dW:0:1:0')).toMatchObject({ kind: 'grad', target: 'edge-0-1-0:grad' });
    expect(byId.get('db:1:1')?.target).toBe('bias-1-1:grad');
    expect(byId.get('wNext:0:0:1')?.target).toBe('edge-0-0-1:w-next');
    expect(byId.get('bNext:1:1')).toMatchObject({ kind: 'update', target: 'bias-1-1:b-next' });
  });

  it('takes each true value from the trace: the lecture numbers', () => {
    const plan = practicePlan(lecture, NETWORK_PRACTICE_KINDS);
    const value = (id: string) => plan.questions.find((q) => q.id === id)?.value ?? NaN;
    expect(value('z:2:0')).toBeCloseTo(1.8448246580537, 12);
    expect(value('z:3:1')).toBeCloseTo(1.57943146267472, 12);
    expect(value('a:3:0')).toBeCloseTo(0.617704777755341, 12);
    expect(value('delta:3:0')).toBeCloseTo(-0.0902773290118988, 14);
    expect(value('delta:1:1')).toBeCloseTo(-0.000986695763572435, 15);
  });

  it('asks the questions in trace order, each once, when its step has run', () => {
    const plan = practicePlan(lecture, NETWORK_PRACTICE_KINDS);
    const steps = plan.questions.map((q) => q.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(new Set(plan.questions.map((q) => q.id)).size).toBe(plan.questions.length);
    for (const q of plan.questions) expect(lecture.revealedAt.get(q.id)).toBe(q.step);
  });

  it('lists the elements each step needs: the inputs, edges and bias of z₃', () => {
    const z3 = practicePlan(lecture, ['z']).questions.find((q) => q.id === 'z:2:0');
    expect(z3?.needs).toEqual(['neuron-1-0', 'edge-1-0-0', 'neuron-1-1', 'edge-1-1-0', 'bias-2-0']);
  });

  it.each([
    ['lecture', LECTURE_SCENARIO],
    ['Mazur', MAZUR_SCENARIO],
  ])('reads every formula of the %s network right: its operands give its value', (_, scenario) => {
    const plan = practicePlan(buildNetworkTrace(scenario), NETWORK_PRACTICE_KINDS);
    for (const q of plan.questions) expect(evaluateFormula(q.formula)).toBe(q.value);
  });

  it('reads every formula right on random networks, with every activation and loss', () => {
    fc.assert(
      fc.property(arbitraryNetwork({ maxSamples: 2 }), (scenario) => {
        const trace = buildNetworkTrace(scenario);
        const plan = practicePlan(trace, NETWORK_PRACTICE_KINDS);
        const finite = [...trace.revealedAt.keys()].filter((k) =>
          /^(z|a|delta|dW|db|wNext|bNext):/.test(k),
        );
        const asked = finite.filter((k) => Number.isFinite(trace.values.get(k)));
        expect(plan.questions.map((q) => q.id).sort()).toEqual(asked.sort());
        for (const q of plan.questions) {
          const got = evaluateFormula(q.formula);
          expect(Math.abs(got - q.value)).toBeLessThanOrEqual(
            1e-12 * Math.max(1, Math.abs(q.value)),
          );
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('what practice asks in the graph scene', () => {
  it('asks each gate value, and each gradient when its last share arrives', () => {
    const plan = practicePlan(graphTrace('cs231n-add-mul'), ['value', 'grad']);
    expect(plan.questions.map((q) => [q.id, q.target, q.step, q.value])).toEqual([
      ['value:g1', 'gate-g1:value', 0, 3],
      ['value:g2', 'gate-g2:value', 1, -12],
      ['grad:g1', 'gate-g1:grad', 3, -4],
      ['grad:z', 'var-z:grad', 3, 3],
      ['grad:x', 'var-x:grad', 4, -4],
      ['grad:y', 'var-y:grad', 4, -4],
    ]);
    expect(plan.questions[1]?.targets).toEqual(['gate-g2:value', 'graph-output:value']);
    expect(plan.questions[3]?.symbol).toBe('\\frac{\\partial f}{\\partial z}');
  });

  it('does not ask the seed ∂f/∂f = 1, nor constants', () => {
    const plan = practicePlan(graphTrace('cs231n-sigmoid-neuron'), ['grad']);
    expect(plan.questions.map((q) => q.id)).not.toContain('grad:g8');
    expect(plan.questions.every((q) => /^grad:(g\d|w\d|x\d)$/.test(q.id))).toBe(true);
    expect(plan.questions).toHaveLength(12); // 7 gates below the output and 5 variables
  });

  it('asks a fan-out gradient as the sum of its branches (staged computation, x used 3 times)', () => {
    const plan = practicePlan(graphTrace('staged'), ['grad']);
    const x = plan.questions.find((q) => q.id === 'grad:x');
    expect(x?.value).toBeCloseTo(2.059569795572165, 14);
    if (x?.formula.form !== 'gate-grad') throw new Error('expected a gate gradient');
    // Branches from (x + y)² and σ(x), both under ∂f/∂(denominator) = −0.79159…:
    const down = -0.7915934472725935;
    const s3 = 1 / (1 + Math.exp(-3));
    expect(x.formula.earlier.map((o) => o.value)).toEqual([
      expect.closeTo(2 * (3 - 4) * down, 14),
      expect.closeTo(s3 * (1 - s3) * down, 14),
    ]);
    expect(x.formula.here).toHaveLength(1);
    expect(x.hides).toEqual(['grad:x', 'contrib:g2:x']);
    // The gates whose branches came earlier are highlighted too.
    expect(x.needs).toEqual(expect.arrayContaining(['gate-g2', 'var-x', 'gate-g4', 'gate-g3']));
  });

  it.each(GRAPH_PRESETS.map((p) => p.id))('reads every formula of %s right', (id) => {
    const trace = graphTrace(id);
    const plan = practicePlan(trace, ['value', 'grad']);
    for (const q of plan.questions) {
      expect(evaluateFormula(q.formula)).toBeCloseTo(q.value, 12);
      expect(trace.revealedAt.get(q.id)).toBe(q.step);
    }
  });

  it('reads a gate that uses its input twice: x·x, then x·x·x', () => {
    const square = buildGraphTrace(
      analyzeGraph({ version: 1, kind: 'graph', expression: 'x * x', inputs: { x: 3 } }),
    );
    const [grad] = practicePlan(square, ['grad']).questions;
    expect(grad?.value).toBe(6);
    expect(grad?.formula).toMatchObject({ form: 'gate-grad', earlier: [] });
    if (grad?.formula.form === 'gate-grad') expect(grad.formula.here).toHaveLength(2);
    const cube = buildGraphTrace(
      analyzeGraph({ version: 1, kind: 'graph', expression: 'x * x * x', inputs: { x: 2 } }),
    );
    const x = practicePlan(cube, ['grad']).questions.find((q) => q.id === 'grad:x');
    expect(x?.value).toBe(12);
    expect(x ? evaluateFormula(x.formula) : NaN).toBe(12);
  });
});
