import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeGraph } from '../graph/analyze-scenario';
import { graphPresetScenario } from '../graph/presets';
import { buildGraphTrace } from '../graph/trace';
import { LECTURE_SCENARIO } from '../network/lecture';
import { buildNetworkTrace } from '../network/trace';
import { arbitraryNetwork } from '../testing/arbitraryScenario';
import { NETWORK_PRACTICE_KINDS } from './kinds';
import { maskedKeys, maskStep, openQuestions, practiceCursorLimit, practiceValueAt } from './mask';
import { practicePlan } from './questions';

const lecture = buildNetworkTrace(LECTURE_SCENARIO);
const none = new Set<string>();

describe('the cursor in practice', () => {
  const plan = practicePlan(lecture, ['delta']);

  it('stops at the first unanswered question, so that it is on screen, and runs free after the last', () => {
    expect(practiceCursorLimit(plan, none)).toBe(15); // δ₅ is step 14
    expect(openQuestions(plan, none, 15).map((q) => q.id)).toEqual(['delta:3:0']);
    expect(openQuestions(plan, none, 14)).toEqual([]);
    expect(practiceCursorLimit(plan, new Set(['delta:3:0']))).toBe(17);
    const all = new Set(plan.questions.map((q) => q.id));
    expect(practiceCursorLimit(plan, all)).toBe(lecture.steps.length);
    expect(openQuestions(plan, all, lecture.steps.length)).toEqual([]);
  });

  it('opens every question of a step at once: a graph gate that completes two gradients', () => {
    const trace = buildGraphTrace(analyzeGraph(graphPresetScenario('cs231n-add-mul')));
    const graph = practicePlan(trace, ['grad']);
    expect(openQuestions(graph, none, practiceCursorLimit(graph, none)).map((q) => q.id)).toEqual([
      'grad:g1',
      'grad:z',
    ]);
  });
});

describe('what stays hidden while a value is asked', () => {
  it('hides an asked δ, and shows the op-amp’s gain and input it is computed from', () => {
    const plan = practicePlan(lecture, ['delta']);
    const cursor = practiceCursorLimit(plan, none);
    const masked = maskedKeys(plan, none, cursor);
    expect([...masked]).toEqual(['delta:3:0']);
    expect(practiceValueAt(lecture, masked, 'delta:3:0', cursor)).toBeUndefined();
    expect(practiceValueAt(lecture, masked, 'gain:3:0', cursor)).toBeCloseTo(0.2361, 4);
    expect(practiceValueAt(lecture, masked, 'dCda:3:0', cursor)).toBeCloseTo(-0.3823, 4);
    const step = lecture.steps[cursor - 1];
    if (step === undefined) throw new Error('no step');
    expect(maskStep(plan, step, cursor - 1, masked)).toEqual({
      result: true,
      operands: [false, false, false],
    });
    // Answered, it shows everywhere.
    const answered = new Set(['delta:3:0']);
    expect(maskedKeys(plan, answered, cursor).size).toBe(0);
    expect(practiceValueAt(lecture, new Set(), 'delta:3:0', cursor)).toBe(
      lecture.values.get('delta:3:0'),
    );
  });

  it('hides everything computed from an unanswered δ, were the cursor moved past it', () => {
    const plan = practicePlan(lecture, ['delta']);
    const masked = maskedKeys(plan, none, lecture.steps.length);
    const kinds = new Set([...masked].map((k) => k.split(':')[0]));
    expect([...kinds].sort()).toEqual(
      ['dCda', 'dLdW', 'dLdb', 'dW', 'db', 'delta', 'gain', 'wNext', 'bNext'].sort(),
    );
    // The forward pass, the cost and the output layer's ∂C/∂y do not depend on any δ.
    for (const key of ['z:1:0', 'a:3:1', 'loss', 'dCda:3:0', 'gain:3:1'])
      expect(masked.has(key)).toBe(false);
    expect(masked.has('dCda:2:0')).toBe(true); // Σ w·δ of the layer after
    expect(masked.has('wNext:0:1:1')).toBe(true);
  });

  it('hides an unanswered z’s consequences down to the updates, but not what it does not feed', () => {
    const plan = practicePlan(lecture, ['z']);
    const masked = maskedKeys(
      plan,
      new Set(['z:1:1', 'z:2:0', 'z:2:1', 'z:3:0', 'z:3:1']),
      lecture.steps.length,
    );
    for (const key of [
      'z:1:0',
      'a:1:0',
      'z:2:0',
      'a:3:1',
      'loss',
      'delta:1:1',
      'dW:2:0:0',
      'wNext:2:1:1',
    ])
      expect(masked.has(key)).toBe(true);
    // z₂ and a₂ do not depend on z₁; everything after the cost does (δ₂ too).
    for (const key of ['z:1:1', 'a:1:1']) expect(masked.has(key)).toBe(false);
    expect(masked.has('dW:0:0:1')).toBe(true);
  });

  it('hides a graph gradient and the share that completes it, not the earlier branches', () => {
    const trace = buildGraphTrace(analyzeGraph(graphPresetScenario('staged')));
    const plan = practicePlan(trace, ['grad']);
    const x = plan.questions.find((q) => q.id === 'grad:x');
    if (x === undefined) throw new Error('no question');
    const answered = new Set(plan.questions.filter((q) => q.step < x.step).map((q) => q.id));
    const cursor = practiceCursorLimit(plan, answered);
    expect(cursor).toBe(x.step + 1);
    const masked = maskedKeys(plan, answered, cursor);
    expect([...masked].sort()).toEqual(['contrib:g2:g1', 'contrib:g2:x', 'grad:g1', 'grad:x']);
    expect(practiceValueAt(trace, masked, 'contrib:g4:x', cursor)).toBeCloseTo(1.5832, 4);
    const step = trace.steps[x.step];
    if (step === undefined) throw new Error('no step');
    const mask = maskStep(plan, step, x.step, masked);
    expect(mask.result).toBe(true);
    // Upstream, two locals, two shares, then the three branches of x: only g2's own are hidden.
    expect(step.operands.map((o) => o.key ?? '-')).toEqual([
      'grad:g2',
      '-',
      '-',
      'contrib:g2:x',
      'contrib:g2:g1',
      'contrib:g2:x',
      'contrib:g3:x',
      'contrib:g4:x',
    ]);
    expect(mask.operands).toEqual([false, false, false, true, true, true, false, false]);
  });

  it('hides a gate’s local gradients while its value is unanswered: σ′ = σ(1 − σ) gives σ away', () => {
    const trace = buildGraphTrace(analyzeGraph(graphPresetScenario('staged')));
    const plan = practicePlan(trace, ['value']);
    const answered = new Set(plan.questions.filter((q) => q.id !== 'value:g3').map((q) => q.id));
    const end = trace.steps.length;
    const masked = maskedKeys(plan, answered, end);
    const back = trace.steps.findIndex((s) => s.kind === 'gate-backward' && s.params.gate === 'g3');
    const step = trace.steps[back];
    if (step === undefined) throw new Error('no step');
    expect(maskStep(plan, step, back, masked).operands).toEqual([true, true, true]);
    // Forward values that do not pass through σ(x) stay; what it feeds is hidden, and so,
    // conservatively, is every gradient computed from those values.
    for (const key of ['value:g1', 'value:g2', 'value:g4', 'value:g5'])
      expect(masked.has(key)).toBe(false);
    for (const key of ['value:g6', 'value:g7', 'grad:x', 'grad:y'])
      expect(masked.has(key)).toBe(true);
  });

  it('walks a whole pass: each question hidden while open, nothing hidden at the end', () => {
    const plan = practicePlan(lecture, NETWORK_PRACTICE_KINDS);
    const answered = new Set<string>();
    for (let guard = 0; guard <= plan.questions.length; guard++) {
      const cursor = practiceCursorLimit(plan, answered);
      const open = openQuestions(plan, answered, cursor);
      if (open.length === 0) break;
      const masked = maskedKeys(plan, answered, cursor);
      for (const q of open) {
        expect(q.step).toBe(cursor - 1);
        for (const key of q.hides) expect(masked.has(key)).toBe(true);
        expect(practiceValueAt(lecture, masked, q.id, cursor)).toBeUndefined();
      }
      // Only the open questions' own keys: nothing computed before is hidden with them.
      expect([...masked].sort()).toEqual(open.flatMap((q) => q.hides).sort());
      for (const q of open) answered.add(q.id);
    }
    expect(answered.size).toBe(54);
    expect(practiceCursorLimit(plan, answered)).toBe(lecture.steps.length);
    expect(maskedKeys(plan, answered, lecture.steps.length).size).toBe(0);
  });

  it('keeps the mask closed: a step run from a hidden value hides all it reveals (random networks)', () => {
    fc.assert(
      fc.property(
        arbitraryNetwork({ maxSamples: 2 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (scenario, share, where) => {
          const trace = buildNetworkTrace(scenario);
          const plan = practicePlan(trace, NETWORK_PRACTICE_KINDS);
          const answered = new Set(
            plan.questions.filter((_, i) => i / plan.questions.length < share).map((q) => q.id),
          );
          const cursor = Math.round(where * trace.steps.length);
          const masked = maskedKeys(plan, answered, cursor);
          for (const q of openQuestions(plan, answered, cursor))
            expect(masked.has(q.id)).toBe(true);
          for (const key of masked)
            expect(trace.revealedAt.get(key) ?? Infinity).toBeLessThan(cursor);
          plan.steps.slice(0, cursor).forEach((step, t) => {
            if (t < (openQuestions(plan, answered, cursor)[0]?.step ?? Infinity)) return;
            if (step.deps.some((k) => masked.has(k)))
              for (const k of step.reveals) expect(masked.has(k)).toBe(true);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
