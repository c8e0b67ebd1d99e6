import type { PracticePrompt } from '../../store/practice/prompt';
import { useT } from '../common/hooks';
import { TexLine, type TexRender } from '../formula/TexLine';

/**
 * The rungs of the hint ladder opened so far: which values the step needs (highlighted on
 * the diagram), the rule in symbols, then with the known numbers and a box for the unknown.
 */
export function HintLadder({
  prompt,
  render,
}: {
  prompt: PracticePrompt;
  render: TexRender | null;
}) {
  const t = useT();
  const [, formula, numbers] = prompt.ladder;
  if (prompt.hints === 0) return null;
  return (
    <ol className="practice-hints" data-testid="practice-hints" data-hints={prompt.hints}>
      <li>
        {t('practice.rung.needs')} {t(`practice.form.${prompt.form}`)}
      </li>
      {prompt.hints >= 2 && (
        <li>
          {t('practice.rung.formula')}
          <TexLine tex={formula.tex} render={render} />
        </li>
      )}
      {prompt.hints >= 3 && (
        <li>
          {t('practice.rung.numbers')}
          <TexLine tex={numbers.tex} render={render} />
        </li>
      )}
    </ol>
  );
}
