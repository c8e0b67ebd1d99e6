import { PRACTICE_KINDS, VARIANT_MAX, type PracticeKind } from '../../engine';
import { SCENE_MODELS } from '../../store/scenes';
import { useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';

/** Which numbers an exercise link carries: those on screen, one variant, or one per row. */
export type LinkNumbers =
  | { readonly kind: 'same' }
  | { readonly kind: 'variant'; readonly number: number }
  | { readonly kind: 'rows'; readonly rows: number };

/** The most rows a teacher can make links for at once. */
export const MAX_ROWS = 60;

export interface PracticeChoices {
  /** The kinds the receiver computes (null: no exercise). */
  readonly practice: readonly PracticeKind[] | null;
  readonly numbers: LinkNumbers;
}

interface Props {
  readonly choices: PracticeChoices;
  readonly onChange: (choices: PracticeChoices) => void;
}

const whole = (text: string, min: number, max: number, fallback: number) => {
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
};

/**
 * The exercise part of a link: which values the receiver computes (the scene's kinds; the
 * others are shown as usual) and which numbers: those on screen, variant N (fresh friendly
 * numbers of the same shape, the same for everyone with N), or one link per row of the
 * class (variants 1 … rows), so that each row has its own numbers and the teacher can
 * still check them.
 */
export function PracticeLinkOptions({ choices, onChange }: Props) {
  const t = useT();
  const kinds = useAppState((s) => SCENE_MODELS[s.scene].practice);
  const asked = choices.practice ?? [];
  const toggle = (kind: PracticeKind) => {
    const next = asked.includes(kind) ? asked.filter((k) => k !== kind) : [...asked, kind];
    // Every kind of this scene is written as practice=1, so the link reads the same anywhere.
    const all = kinds.every((k) => next.includes(k));
    const practice = all ? PRACTICE_KINDS : PRACTICE_KINDS.filter((k) => next.includes(k));
    onChange({ ...choices, practice: practice.length === 0 ? null : practice });
  };
  const { numbers } = choices;
  const setNumbers = (next: LinkNumbers) => onChange({ ...choices, numbers: next });
  return (
    <fieldset className="practice-link" data-testid="link-practice">
      <legend>{t('share.practice')}</legend>
      <div className="link-kinds" role="group" aria-label={t('share.practiceKinds')}>
        {kinds.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={asked.includes(kind)}
              onChange={() => toggle(kind)}
              data-testid={`link-practice-${kind}`}
            />
            {t(`practice.kind.${kind}`)}
          </label>
        ))}
      </div>
      <div className="link-numbers" role="radiogroup" aria-label={t('share.variant')}>
        <label>
          <input
            type="radio"
            name="link-numbers"
            checked={numbers.kind === 'same'}
            onChange={() => setNumbers({ kind: 'same' })}
            data-testid="link-numbers-same"
          />
          {t('share.variantSame')}
        </label>
        <label>
          <input
            type="radio"
            name="link-numbers"
            checked={numbers.kind === 'variant'}
            onChange={() => setNumbers({ kind: 'variant', number: 1 })}
            data-testid="link-numbers-variant"
          />
          {t('share.variantOne')}
        </label>
        {numbers.kind === 'variant' && (
          <input
            type="number"
            min={0}
            max={VARIANT_MAX}
            value={numbers.number}
            aria-label={t('share.variantNumber')}
            data-testid="link-variant"
            onChange={(e) =>
              setNumbers({
                kind: 'variant',
                number: whole(e.target.value, 0, VARIANT_MAX, numbers.number),
              })
            }
          />
        )}
        <label>
          <input
            type="radio"
            name="link-numbers"
            checked={numbers.kind === 'rows'}
            onChange={() => setNumbers({ kind: 'rows', rows: 6 })}
            data-testid="link-numbers-rows"
          />
          {t('share.variantRows')}
        </label>
        {numbers.kind === 'rows' && (
          <input
            type="number"
            min={1}
            max={MAX_ROWS}
            value={numbers.rows}
            aria-label={t('share.rows')}
            data-testid="link-rows"
            onChange={(e) =>
              setNumbers({ kind: 'rows', rows: whole(e.target.value, 1, MAX_ROWS, numbers.rows) })
            }
          />
        )}
      </div>
    </fieldset>
  );
}
