import type { KeyboardEvent } from 'react';
import { useT } from '../common/hooks';
import { expressionErrorText } from '../../i18n/issues/render';
import { MessageText } from '../common/MessageText';
import { caretLines, type ExpressionProblem } from './expressionEdit';

interface Props {
  readonly text: string;
  readonly problem: ExpressionProblem | null;
  /** True when the text is valid and differs from the graph on screen. */
  readonly pending: boolean;
  readonly onChange: (text: string) => void;
  readonly onCommit: () => void;
  readonly onRevert: () => void;
}

/**
 * The expression field. Every keystroke is parsed: a valid expression previews its graph,
 * Enter (or leaving the field) applies it as one undoable edit, Esc reverts. When the text
 * cannot be read, the parser's message shows with a caret under the column it names; the
 * previous graph stays on screen and the text stays in the field.
 */
export function ExpressionEditor({ text, problem, pending, onChange, onCommit, onRevert }: Props) {
  const t = useT();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onCommit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onRevert();
    }
  };
  const message = problem === null ? '' : expressionErrorText(t, problem);
  const caret = problem?.column == null ? null : caretLines(text, problem.column);

  return (
    <div className="expression-editor">
      <label className="expression-label" htmlFor="graph-expression">
        {t('graph.expressionLabel')}
      </label>
      <div className="expression-row">
        <span className="f-equals" aria-hidden="true">
          {t('graph.expression')}
        </span>
        <input
          id="graph-expression"
          data-testid="graph-expression"
          className="expression-input"
          type="text"
          size={1}
          value={text}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? 'graph-expression-error' : 'graph-expression-hint'}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={onCommit}
        />
        <button type="button" className="apply" onClick={onCommit} disabled={!pending}>
          {t('graph.apply')}
        </button>
      </div>
      {problem !== null ? (
        <div
          className="expression-error"
          id="graph-expression-error"
          role="alert"
          data-testid="expression-error"
        >
          {caret !== null && (
            <pre className="caret" aria-hidden="true">
              {caret[0]}
              {'\n'}
              <span className="caret-mark">{caret[1]}</span>
            </pre>
          )}
          <p>
            <MessageText text={message} />
          </p>
        </div>
      ) : (
        <p className={pending ? 'hint' : 'hint help'} id="graph-expression-hint">
          {pending ? t('graph.preview') : t('graph.expressionHint')}
        </p>
      )}
    </div>
  );
}
