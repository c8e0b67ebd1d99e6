import { forwardRef, useState } from 'react';
import { formatCount } from '../../lib/format';
import { PLAYGROUND_LIMITS } from '../../workers/playgroundProtocol';
import { editableNumber, parseParameter, type ParameterProblem } from './parseParameter';
import { usePlaygroundT } from './usePlaygroundT';

interface Props {
  /** θ's value now (shown while the field is not being typed in). */
  readonly value: number;
  /** The field's accessible name ("w from x₁", "bias b"). */
  readonly label: string;
  readonly disabled: boolean;
  readonly testId: string;
  /** A typed value that parsed: set it in the run. */
  onSet(value: number): void;
  /** After a value set with Enter (not by leaving the field): the edge's box closes. */
  onEntered?(): void;
}

/**
 * One weight or bias as a field the user can type into (the gradient panel's, and the
 * box a clicked edge opens, as TensorFlow Playground has). Once something is typed it
 * stays (frames keep coming while training plays); Enter or leaving the field sets it,
 * Escape puts back θ's. It shows θ's value as it could be typed (4 significant digits,
 * "e" for powers of ten). A value that does not parse is named in a bubble under the
 * field (the table does not move) and nothing changes. A plain text keyboard: a phone's
 * decimal pad may have no minus key.
 */
export const ParameterInput = forwardRef<HTMLInputElement, Props>(function ParameterInput(
  { value, label, disabled, testId, onSet, onEntered },
  ref,
) {
  const t = usePlaygroundT();
  const shown = editableNumber(value);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<ParameterProblem | null>(null);
  const errorId = `${testId}-problem`;

  /** Sets what was typed; false when it did not parse (or nothing was typed). */
  const commit = (): boolean => {
    if (draft === null) return false;
    const parsed = parseParameter(draft);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      return false;
    }
    setProblem(null);
    setDraft(null);
    onSet(parsed.value);
    return true;
  };

  return (
    <span className="parameter-cell">
      <input
        ref={ref}
        type="text"
        className="parameter-input"
        data-testid={testId}
        aria-label={label}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? errorId : undefined}
        disabled={disabled}
        value={draft ?? shown}
        onChange={(e) => setDraft(e.target.value)}
        onFocus={(e) => e.target.select()}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            // Enter on the value shown (nothing typed) closes the box too.
            if (commit() || (draft === null && problem === null)) onEntered?.();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setDraft(null);
            setProblem(null);
          }
        }}
      />
      {problem !== null && (
        <span id={errorId} className="field-error" role="alert">
          {problem.code === 'not-a-number'
            ? t('playground.parameter.notANumber', { text: problem.text })
            : t('playground.parameter.tooLarge', {
                limit: formatCount(PLAYGROUND_LIMITS.maxParameter),
              })}
        </span>
      )}
    </span>
  );
});
