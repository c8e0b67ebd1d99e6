import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LECTURE_SCENARIO } from '../network/lecture';
import { trainStep } from '../network/batch';
import type { NetworkScenario } from '../network/types';
import { changeEta, etaAt, firstDifference, isEtaLog, segmentStart } from './etaLog';
import { XOR_SCENARIO, SINE_SCENARIO } from './presets';
import { replay } from './replay';
import { TrainingRun } from './run';

/** θ after `n` trainStep calls, step i taken with η = eta(i). */
function stepped(scenario: NetworkScenario, n: number, eta: (i: number) => number) {
  let theta = scenario;
  for (let i = 0; i < n; i++) theta = trainStep({ ...theta, learningRate: eta(i) });
  return theta;
}

describe('the η log', () => {
  const log = [
    { from: 3, eta: 1 },
    { from: 10, eta: 0.25 },
  ];

  it('gives each step its η: the network’s before the first change', () => {
    expect([0, 2, 3, 9, 10, 99].map((t) => etaAt(0.5, log, t))).toEqual([
      0.5, 0.5, 1, 1, 0.25, 0.25,
    ]);
    expect([0, 3, 12].map((t) => segmentStart(log, t))).toEqual([0, 3, 10]);
  });

  it('records a change from t on, dropping the later ones, and not a change to the same η', () => {
    expect(changeEta(0.5, log, 7, 2)).toEqual([
      { from: 3, eta: 1 },
      { from: 7, eta: 2 },
    ]);
    expect(changeEta(0.5, log, 7, 1)).toEqual([{ from: 3, eta: 1 }]);
    expect(changeEta(0.5, [], 0, 0.5)).toEqual([]);
  });

  it('finds the first step two logs take differently', () => {
    expect(firstDifference(0.5, log, log)).toBe(Infinity);
    expect(firstDifference(0.5, log, changeEta(0.5, log, 7, 2))).toBe(7);
    expect(firstDifference(0.5, [], [{ from: 4, eta: 0.5 }])).toBe(Infinity);
    expect(firstDifference(0.5, [], log)).toBe(3);
  });

  it('accepts increasing whole iterations with η > 0 only', () => {
    expect(isEtaLog(log)).toBe(true);
    expect(
      isEtaLog([
        { from: 3, eta: 1 },
        { from: 3, eta: 2 },
      ]),
    ).toBe(false);
    expect(isEtaLog([{ from: 1.5, eta: 1 }])).toBe(false);
    expect(isEtaLog([{ from: 1, eta: 0 }])).toBe(false);
    expect(isEtaLog([{ from: 1, eta: Infinity }])).toBe(false);
  });
});

describe('TrainingRun with an η log', () => {
  it('is trainStep with each step’s η, bit for bit', () => {
    const log = [
      { from: 4, eta: 5 },
      { from: 9, eta: 0.5 },
    ];
    const run = new TrainingRun(XOR_SCENARIO, 512, log);
    run.goTo(15);
    const expected = stepped(XOR_SCENARIO, 15, (i) => etaAt(XOR_SCENARIO.learningRate, log, i));
    expect(run.theta().weights).toEqual(expected.weights);
    expect(run.theta().biases).toEqual(expected.biases);
  });

  it('goes on from θᵗ when η changes at t, and equals a fresh run of the same log', () => {
    const run = new TrainingRun(SINE_SCENARIO);
    run.goTo(40);
    const at40 = run.theta();
    const log = [{ from: 40, eta: 0.05 }];
    run.setLog(log);
    expect(run.iteration).toBe(40);
    expect(run.theta()).toEqual(at40);
    expect(run.eta).toBe(0.05);
    run.goTo(80);
    const fresh = new TrainingRun(SINE_SCENARIO, 512, log);
    fresh.goTo(80);
    expect(run.theta()).toEqual(fresh.theta());
    expect(Array.from(run.lossHistory())).toEqual(Array.from(fresh.lossHistory()));
  });

  it('goes back to an earlier change and replays the new log from there', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.double({ min: 0.1, max: 4, noNaN: true }),
        (from, reached, eta) => {
          const run = new TrainingRun(XOR_SCENARIO, 4);
          run.goTo(reached);
          const log = [{ from, eta }];
          run.setLog(log);
          expect(run.iteration).toBe(Math.min(reached, from));
          run.goTo(70);
          const expected = replayWith(XOR_SCENARIO, log, 70);
          expect(run.theta().weights).toEqual(expected.weights);
          expect(run.theta().biases).toEqual(expected.biases);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps θ where the η in force took effect, for the η search', () => {
    const run = new TrainingRun(XOR_SCENARIO, 4);
    expect(run.segmentOrigin?.iteration).toBe(0);
    run.goTo(30);
    run.setLog([{ from: 30, eta: 3 }]);
    run.goTo(100);
    run.goTo(70);
    const origin = run.segmentOrigin;
    expect(origin?.iteration).toBe(30);
    const theta30 = replay(XOR_SCENARIO, 30).scenario;
    const flat = theta30.weights.flatMap((w, l) => [...w.flat(), ...(theta30.biases[l] ?? [])]);
    expect(Array.from(origin?.theta ?? [])).toEqual(flat);
  });

  it('forgets a divergence that came after the change', () => {
    const run = new TrainingRun({ ...SINE_SCENARIO, learningRate: 1e6 });
    run.goTo(1000);
    expect(run.divergence).not.toBeNull();
    run.setLog([{ from: 0, eta: 0.01 }]);
    expect(run.divergence).toBeNull();
    expect(run.goTo(200)).toBe(200);
  });
});

describe('divergence caught early', () => {
  it('sees the lecture network at η = 10⁶ saturate with a loss of exactly 0', () => {
    const run = new TrainingRun({ ...LECTURE_SCENARIO, learningRate: 1e6 });
    run.goTo(5);
    expect(run.loss).toBe(0);
    expect(run.divergence).toBeNull();
    run.inspect();
    expect(run.warning).toMatchObject({ code: 'saturated', loss: 0, value: 0 });
  });

  it.each([50, 300])(
    'sees XOR stuck at loss 1 at η = %d, where the output’s σ′ stays over 10⁻⁶ (it was said nothing)',
    (eta) => {
      const run = new TrainingRun({ ...XOR_SCENARIO, learningRate: eta });
      run.goTo(40);
      run.inspect();
      expect(run.warning?.code).toBe('saturated');
      expect(run.warning?.value).toBeGreaterThan(1e-6);
      expect(run.loss).toBeGreaterThan(0.99);
    },
  );

  it('sees XOR stuck at loss 1 at a huge η', () => {
    const run = new TrainingRun({ ...XOR_SCENARIO, learningRate: 1e4 });
    run.goTo(20);
    run.inspect();
    expect(run.warning?.code).toBe('saturated');
    expect(run.loss).toBeCloseTo(1, 6);
  });

  it('warns of sin x at η = 1 … 50 within a few steps, long before float overflow', () => {
    for (const eta of [1, 5, 10, 50]) {
      const run = new TrainingRun({ ...SINE_SCENARIO, learningRate: eta });
      run.goTo(10);
      expect(run.warning?.code, `η = ${eta}`).toBe('exploding');
      expect(run.warning?.iteration).toBeLessThanOrEqual(4);
    }
  });

  it('watches each stretch afresh from where η changed, also after going back', () => {
    const run = new TrainingRun({ ...SINE_SCENARIO, learningRate: 5 });
    run.goTo(10);
    expect(run.warning?.code).toBe('exploding');
    run.goTo(0);
    expect(run.warning).toBeNull();
    run.setLog([{ from: 0, eta: 0.01 }]);
    run.goTo(500);
    expect(run.warning).toBeNull();
  });
});

function replayWith(
  scenario: NetworkScenario,
  log: readonly { from: number; eta: number }[],
  n: number,
) {
  return stepped(scenario, n, (i) => etaAt(scenario.learningRate, log, i));
}
