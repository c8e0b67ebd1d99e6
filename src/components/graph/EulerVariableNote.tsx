import { eulerIsVariable } from '../../engine';
import { useT } from '../common/hooks';

/**
 * Says once that `e` is a variable in this graph, not Euler's number: its inputs give it
 * a value, as graphs written before `e` meant 2.718… did (their links keep their numbers).
 */
export function EulerVariableNote({ inputs }: { inputs: Readonly<Record<string, number>> }) {
  const t = useT();
  if (!eulerIsVariable(inputs)) return null;
  return (
    <p className="muted small" role="note" data-testid="euler-variable-note">
      {t('note.eulerVariable')}
    </p>
  );
}
