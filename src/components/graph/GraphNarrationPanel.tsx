import type { GraphAnalysis } from '../../engine';
import { useAppState, useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { useFrameLater } from '../common/useFrameLater';
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
  // While playing, the sentence changes a frame after the diagram (useFrameLater).
  const text = useFrameLater(asked ?? narrateGraph(step, analysis, cursor, total, t));
  return (
    <section className="panel narration-panel" aria-labelledby="graph-narration-title">
      <h2 id="graph-narration-title">{t('narration.title')}</h2>
      <p aria-live="polite" data-testid="narration">
        {text}
      </p>
    </section>
  );
}
