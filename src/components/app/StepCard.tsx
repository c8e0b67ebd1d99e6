import type { ComponentType } from 'react';
import { useT } from '../common/hooks';

/**
 * The current step's narration and formula on a card pinned above the stepper (phones,
 * embeds): outside the scrolling part of the page, so it never scrolls away from the
 * diagram. A swipe on it steps like a swipe on the diagram (useSwipeSteps). Its height is
 * fixed by the layout (app.css) and a long step scrolls inside it, so the diagram's box
 * keeps its size from step to step.
 */
export function StepCard({ text: Text }: { text: ComponentType }) {
  const t = useT();
  return (
    <section className="step-card" data-testid="step-card" aria-label={t('stepCard.label')}>
      <div className="step-card-body">
        <Text />
      </div>
    </section>
  );
}
