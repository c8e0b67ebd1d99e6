import type { TraceStep } from '../../engine';
import { useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { useFrameLater } from '../common/useFrameLater';
import { useAskedHere } from '../practice/useAskedHere';
import { networkStepTex } from './tex';
import { TexLine, useTexRender } from './TexLine';

/**
 * The current step's formula, typeset with KaTeX: symbols, then the numbers plugged in,
 * then the result. While practice asks the step's value, the rule in symbols and then with
 * the known numbers plugged in and a box for the unknown (the hint ladder's TeX). KaTeX
 * (and its fonts) load only when this panel first needs them, so they stay out of the
 * initial bundle; until then the TeX shows as plain text.
 */
export function FormulaPanel({
  toTex = networkStepTex,
}: {
  toTex?: (step: TraceStep) => string[];
}) {
  const t = useT();
  // While playing, typeset two frames after the diagram drew the step, one after the
  // narration (useFrameLater).
  const step = useFrameLater(
    useDerived((select, s) => select.currentStep(s)),
    2,
  );
  const asked = useAskedHere();
  const render = useTexRender();

  const lines =
    asked !== null
      ? [asked.ladder[1].tex, asked.ladder[2].tex]
      : step === undefined
        ? []
        : toTex(step);
  return (
    <section className="panel formula-panel" aria-labelledby="formula-title">
      <h2 id="formula-title">{t('formula.title')}</h2>
      {lines.length === 0 ? (
        <p className="muted">{t('formula.none')}</p>
      ) : (
        // Scrollable when a formula is wider than the panel, so it takes keyboard focus.
        <div className="formula-lines" tabIndex={0} role="group" aria-label={t('formula.title')}>
          {lines.map((line, i) => (
            <TexLine key={`${i}:${line}`} tex={line} render={render} />
          ))}
        </div>
      )}
    </section>
  );
}
