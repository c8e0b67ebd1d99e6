import type { GraphAnalysis } from '../../engine';
import { useAppState, useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { usePracticeNarration } from '../practice';
import { narrateGraph } from './graphNarration';

/**
 * What the current graph step does and why. A polite live region: a screen reader reads
 * each step's sentence as the learner steps.
 */
export function GraphNarrationPanel({ analysis }: { analysis: GraphAnalysis }) {
  const t = useT();
  const step = useDerived((select, s) => select.currentStep(s));
  const total = useDerived((select, s) => select.total(s));
  const cursor = useAppState((s) => s.cursor);
  // While practice asks the step's value, what to compute (the sentence would quote it).
  const asked = usePracticeNarration();
  return (
    <section className="panel narration-panel" aria-labelledby="graph-narration-title">
      <h2 id="graph-narration-title">{t('narration.title')}</h2>
      <p aria-live="polite" data-testid="narration">
        {asked ?? narrateGraph(step, analysis, cursor, total, t)}
      </p>
    </section>
  );
}
