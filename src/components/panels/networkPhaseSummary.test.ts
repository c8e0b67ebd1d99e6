import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNetworkTrace, LECTURE_SCENARIO, lazyNetworkTrace, type Trace } from '../../engine';
import { arbitraryNetwork } from '../../engine/testing/arbitraryScenario';
import { LANGUAGES, translate } from '../../i18n/translate';
import { networkPhaseSummary } from './networkPhaseSummary';

/** The summary at the end of every phase of `trace`, in both languages. */
function summaries(trace: Trace): (string | null)[] {
  return LANGUAGES.flatMap((lang) =>
    trace.phases.map((span) =>
      networkPhaseSummary(trace, span.end, (key, params) => translate(lang, key, params)),
    ),
  );
}

describe('the network phase summary', () => {
  it('says what the lecture example found at the end of each phase', () => {
    const texts = summaries(lazyNetworkTrace(LECTURE_SCENARIO));
    expect(texts).toEqual(summaries(buildNetworkTrace(LECTURE_SCENARIO)));
    // Forward, cost, backward, gradients, update (English): the cost step says it all.
    expect(texts.slice(0, 5).map((text) => text === null)).toEqual([
      false,
      true,
      false,
      false,
      false,
    ]);
  });

  it('weighs a lazy trace by its facts to the same words as the made steps', () => {
    fc.assert(
      fc.property(arbitraryNetwork(), (scenario) => {
        expect(summaries(lazyNetworkTrace(scenario))).toEqual(
          summaries(buildNetworkTrace(scenario)),
        );
      }),
      { seed: 12, numRuns: 40 },
    );
  });

  it('reads the steps of a trace whose steps are not the ones its facts describe', () => {
    const lazy = lazyNetworkTrace(LECTURE_SCENARIO);
    const gradients = lazy.phases.find((p) => p.phase === 'gradients');
    if (gradients === undefined) throw new Error('no gradients phase');
    // As practice does, the largest gradient's result is taken out of a copy of the steps.
    const steps = lazy.steps.map((step, i) =>
      i >= gradients.start && i < gradients.end ? { ...step, result: NaN } : step,
    );
    const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate('en', key, params);
    expect(networkPhaseSummary(lazy, gradients.end, t)).not.toBeNull();
    expect(networkPhaseSummary({ ...lazy, steps }, gradients.end, t)).toBeNull();
  });
});
