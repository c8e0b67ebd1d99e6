import { formatNumber } from '../../lib/format';
import type { EtaSuggestion } from '../../engine';
import type { ConfigProblem } from '../../workers/playgroundProtocol';
import { usePlaygroundT } from './usePlaygroundT';
import { DivergenceNotice } from '../training/DivergenceNotice';
import type { Suggestion } from '../training/etaSuggester';
import { useDriver, useDriverStatus } from './driverContext';

/** The worker's η search as the divergence notice shows it (shared with the Examples mode). */
function suggestionOf(searching: boolean, found: EtaSuggestion | null): Suggestion | null {
  if (searching) return { searching: true, eta: null, from: 0, trial: null };
  if (found === null) return null;
  const eta = found.learningRate;
  return {
    searching: false,
    eta,
    from: found.from.iteration,
    trial: found.trials.find((trial) => trial.learningRate === eta) ?? null,
  };
}

/** One refused setting, worded (the network keeps its last good run meanwhile). */
function ProblemText({ problem }: { problem: ConfigProblem }) {
  const t = usePlaygroundT();
  const params = { index: (problem.index ?? 0) + 1, limit: problem.limit ?? 0 };
  return <li>{t(`playground.problem.${problem.code}`, params)}</li>;
}

/** Why the run cannot start (a setting refused), and the divergence warning with its η. */
export function RunNotices() {
  const t = usePlaygroundT();
  const driver = useDriver();
  const status = useDriverStatus();
  const result = status.result;
  const warning = status.warning;
  // With regularisation on, the loss the monitor watches includes the penalty.
  const penalised =
    status.hyper !== null &&
    status.hyper.regularization !== 'none' &&
    status.hyper.regularizationRate > 0;
  return (
    <>
      {result !== null && !result.ok && (
        <div className="state-error" role="alert" data-testid="playground-problems">
          <p>{t('playground.problems')}</p>
          <ul>
            {result.problems.map((problem, i) => (
              <ProblemText key={i} problem={problem} />
            ))}
          </ul>
        </div>
      )}
      <DivergenceNotice
        warning={warning}
        eta={status.hyper?.learningRate ?? 0}
        {...(warning?.code === 'dead'
          ? {
              message: t('playground.dead', {
                iteration: warning.iteration,
                value: warning.value,
                loss: formatNumber(warning.loss, 4),
              }),
            }
          : {})}
        {...(penalised && (warning?.code === 'rising' || warning?.code === 'exploding')
          ? { note: t('playground.withPenalty') }
          : {})}
        suggestion={suggestionOf(status.searching, status.suggestion)}
        onApply={() => driver.applySuggestion()}
      />
    </>
  );
}
