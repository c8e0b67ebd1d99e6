import { useEffect, useRef, useState } from 'react';
import type { TraceStep } from '../../engine';
import { useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { networkStepTex } from './tex';

type Render = (tex: string, element: HTMLElement) => void;

/**
 * The current step's formula, typeset with KaTeX: symbols, then the numbers plugged in,
 * then the result. KaTeX (and its fonts) load only when this panel first needs them, so
 * they stay out of the initial bundle; until then the TeX shows as plain text.
 */
export function FormulaPanel({
  toTex = networkStepTex,
}: {
  toTex?: (step: TraceStep) => string[];
}) {
  const t = useT();
  const step = useDerived((select, s) => select.currentStep(s));
  const [render, setRender] = useState<Render | null>(null);

  useEffect(() => {
    let cancelled = false;
    import('./katexRender')
      .then((module) => {
        if (!cancelled) setRender(() => module.renderTex);
      })
      .catch(() => undefined); // plain-text TeX stays readable if the chunk cannot load
    return () => {
      cancelled = true;
    };
  }, []);

  const lines = step === undefined ? [] : toTex(step);
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

function TexLine({ tex, render }: { tex: string; render: Render | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current !== null && render !== null) render(tex, ref.current);
  }, [tex, render]);
  return (
    <div ref={ref} className="formula-line" data-tex={tex}>
      {tex}
    </div>
  );
}
