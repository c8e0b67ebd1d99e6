import { useState } from 'react';
import { readTypedNumber, type GraphScenario } from '../../engine';
import { numberProblemText } from '../../i18n/issues/render';
import { useT } from '../common/hooks';
import { MessageText } from '../common/MessageText';

/**
 * One number per variable, read by the app's one number reader (readTypedNumber). Every
 * valid number is applied at once (an undoable edit), and a reinterpreted one says how it
 * was read ("read as 0.5"); text that is not a number stays in the field with a message
 * that says why, and the variable keeps its value.
 * Mount it keyed by the expression, so drafts never outlive the variables they belong to.
 */
export function VariableInputs({
  scenario,
  onChange,
}: {
  scenario: GraphScenario;
  /** `key` names the field, so that typing into one field makes one undo step. */
  onChange: (scenario: GraphScenario, key: string) => void;
}) {
  const t = useT();
  const [drafts, setDrafts] = useState<Readonly<Record<string, string>>>({});
  const names = Object.keys(scenario.inputs);

  const edit = (name: string, text: string) => {
    setDrafts((d) => ({ ...d, [name]: text }));
    const read = readTypedNumber(text);
    if (read.ok && read.value !== scenario.inputs[name])
      onChange(
        { ...scenario, inputs: { ...scenario.inputs, [name]: read.value } },
        `input:${name}`,
      );
  };
  const settle = (name: string) => {
    if (!readTypedNumber(drafts[name] ?? '').ok) return;
    setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k]) => k !== name)));
  };

  return (
    <fieldset className="variable-inputs">
      <legend>{t('graph.inputs')}</legend>
      {names.map((name) => {
        const value = scenario.inputs[name] ?? NaN;
        const text = Object.hasOwn(drafts, name) ? (drafts[name] ?? '') : String(value);
        const read = readTypedNumber(text);
        const invalid = !read.ok;
        const errorId = `graph-input-error-${name}`;
        return (
          <div key={name} className="variable-input">
            <label>
              <span className="var-name">{name}</span>
              <span aria-hidden="true"> = </span>
              <input
                type="text"
                inputMode="decimal"
                data-testid={`input-${name}`}
                value={text}
                spellCheck={false}
                autoComplete="off"
                aria-label={t('graph.inputLabel', { name })}
                aria-invalid={invalid}
                aria-describedby={invalid ? errorId : undefined}
                onChange={(e) => edit(name, e.target.value)}
                onBlur={() => settle(name)}
                size={Math.max(4, Math.min(10, text.length + 1))}
              />
            </label>
            {!read.ok && (
              <span className="input-error" id={errorId} role="status">
                <MessageText
                  text={t('graph.inputRefused', {
                    reason: numberProblemText(t, read),
                    name,
                    value: String(value),
                  })}
                />
              </span>
            )}
            {read.ok && read.understood !== undefined && (
              <span className="input-note" role="status" data-testid={`input-note-${name}`}>
                {t('number.readAs', { value: read.understood })}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
