import type { GraphProblem } from '../../engine';
import { problemText } from '../../i18n/issues/render';
import { useT } from '../common/hooks';
import { MessageText } from '../common/MessageText';

/**
 * Where a value or a gradient stopped being a finite number (log of a negative number, a
 * division by zero, …), named once at the gate where it started.
 */
export function ProblemList({ problems }: { problems: readonly GraphProblem[] }) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <ul className="graph-problems" role="status" data-testid="graph-problems">
      {problems.map((p, i) => (
        <li key={i}>
          <MessageText text={problemText(t, p)} />
        </li>
      ))}
    </ul>
  );
}
