import { useState } from 'react';
import type { DivergenceWarning } from '../../engine';
import type { MessageKey } from '../../i18n/en';
import { formatCount, formatNumber, sentenceGap } from '../../lib/format';
import { useT } from '../common/hooks';
import type { Suggestion } from './etaSuggester';

/** The smallest loss that is not a rounding artefact (DivergenceMonitor's `roundingLoss`). */
const ROUNDING_LOSS = 1e-12;

/** Warnings where the loss is not growing but has stopped falling: "stuck", not "diverging". */
const STUCK: ReadonlySet<DivergenceWarning['code']> = new Set(['saturated', 'dead', 'stalled']);

/** The sentence of a warning: which test fired, at which iteration, with its numbers. */
function warningKey(warning: DivergenceWarning): MessageKey {
  if (warning.code === 'saturated' && warning.loss < ROUNDING_LOSS) return 'diverge.rounding';
  return `diverge.${warning.code}`;
}

/**
 * Says that training is diverging and why (the loss rising k times in a row, far above
 * its start, or the output saturated while the loss is not small), in both modes of the
 * gradient-descent scene, and offers the η the background search found. Training goes on
 * meanwhile; "Hide" puts the notice away until the next warning.
 */
export function DivergenceNotice({
  warning,
  eta,
  title,
  message,
  note,
  suggestion,
  onApply,
}: {
  warning: DivergenceWarning | null;
  eta: number;
  /** The Data mode's own words (from its dictionary, loaded with it) instead of the shared. */
  title?: string;
  message?: string;
  /** A sentence after the message (the Data mode: that the loss includes the penalty). */
  note?: string;
  suggestion: Suggestion | null;
  onApply: (from: number, eta: number) => void;
}) {
  const t = useT();
  const [hidden, setHidden] = useState<string | null>(null);
  if (warning === null) return null;
  const key = `${warning.code}:${warning.iteration}:${eta}`;
  if (hidden === key) return null;
  const lead = title ?? t(STUCK.has(warning.code) ? 'diverge.stuckTitle' : 'diverge.title');
  return (
    <div
      className="divergence divergence-warning"
      role="alert"
      data-testid="divergence-warning"
      data-code={warning.code}
      data-iteration={warning.iteration}
    >
      <p>
        {/* The full stop is the dictionary's: 。 in Chinese. */}
        <strong>{lead}</strong>
        {sentenceGap(lead)}
        {message ??
          t(warningKey(warning), {
            iteration: formatCount(warning.iteration),
            loss: formatNumber(warning.loss, 4),
            start: formatNumber(warning.startLoss, 4),
            value: formatNumber(warning.value, 3),
            eta: formatNumber(eta, 4),
            low: formatNumber(warning.range?.[0] ?? warning.loss, 4),
            high: formatNumber(warning.range?.[1] ?? warning.loss, 4),
          })}
        {note === undefined ? '' : ` ${note}`}
      </p>
      <SuggestionPart suggestion={suggestion} onApply={onApply} />
      <button type="button" className="dismiss" onClick={() => setHidden(key)}>
        {t('diverge.dismiss')}
      </button>
    </div>
  );
}

/** The η search's state: under way, an η that trained (with a button), or none found. */
export function SuggestionPart({
  suggestion,
  onApply,
}: {
  suggestion: Suggestion | null;
  onApply: (from: number, eta: number) => void;
}) {
  const t = useT();
  if (suggestion === null) return null;
  const { searching, eta, from, trial } = suggestion;
  if (searching)
    return (
      <p className="muted" role="status" data-testid="eta-searching">
        {t('diverge.searching', { from: formatCount(from) })}
      </p>
    );
  if (eta === null) return <p data-testid="eta-none">{t('diverge.none')}</p>;
  return (
    <div className="suggestion">
      {trial !== null && (
        <p>
          {t('diverge.found', {
            eta: formatNumber(eta, 3),
            from: formatCount(from),
            steps: formatCount(trial.steps),
            before: formatNumber(trial.lossBefore, 4),
            after: formatNumber(trial.lossAfter, 4),
          })}
        </p>
      )}
      <button
        type="button"
        className="primary"
        data-testid="apply-suggested-eta"
        data-eta={eta}
        data-from={from}
        onClick={() => onApply(from, eta)}
      >
        {from === 0
          ? t('diverge.applyAtStart', { eta: formatNumber(eta, 3) })
          : t('diverge.apply', { from: formatCount(from), eta: formatNumber(eta, 3) })}
      </button>
    </div>
  );
}
