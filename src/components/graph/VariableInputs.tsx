import { useState } from 'react';
import type { GraphScenario } from '../../engine';
import { parseNumberInput } from '../../lib/format';
import { useT } from '../common/hooks';

/**
 * One number per variable. Every valid number is applied at once (an undoable edit); text
 * that is not a number stays in the field with a message, and the variable keeps its value.
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
    const value = parseNumberInput(text);
    if (value !== undefined && value !== scenario.inputs[name])
      onChange({ ...scenario, inputs: { ...scenario.inputs, [name]: value } }, `input:${name}`);
  };
  const settle = (name: string) => {
    if (parseNumberInput(drafts[name] ?? '') === undefined) return;
    setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k]) => k !== name)));
  };

  return (
    <fieldset className="variable-inputs">
      <legend>{t('graph.inputs')}</legend>
      {names.map((name) => {
        const value = scenario.inputs[name] ?? NaN;
        const text = Object.hasOwn(drafts, name) ? (drafts[name] ?? '') : String(value);
        const invalid = parseNumberInput(text) === undefined;
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
            {invalid && (
              <span className="input-error" id={errorId} role="status">
                {t('graph.notANumber', { text, name, value: String(value) })}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
