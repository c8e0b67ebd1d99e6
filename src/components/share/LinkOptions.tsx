import { HIDEABLE, type Hideable } from '../../store/types';
import { useT } from '../common/hooks';
import { PracticeLinkOptions, type PracticeChoices } from './PracticeLinkOptions';

/**
 * What the shared link asks the receiver's page to hide or how to show it, and the
 * exercise it sets (which values to compute, with which numbers).
 */
export interface LinkChoices extends PracticeChoices {
  readonly hidden: readonly Hideable[];
  readonly embed: boolean;
  readonly presenter: boolean;
}

interface Props {
  readonly choices: LinkChoices;
  readonly onChange: (choices: LinkChoices) => void;
  /** The iframe snippet for the embedded view, shown when `embed` is chosen. */
  readonly embedSnippet: string;
}

/**
 * Builds a locked-down exercise link (the values to compute, with the numbers on screen,
 * a variant, or one variant per row of the class; hide the editor, the timeline, …), an
 * embed link for slides or a course page, or a link that opens in presenter mode. Only
 * the link changes; this page stays as it is.
 */
export function LinkOptions({ choices, onChange, embedSnippet }: Props) {
  const t = useT();
  const toggle = (part: Hideable) =>
    onChange({
      ...choices,
      hidden: choices.hidden.includes(part)
        ? choices.hidden.filter((p) => p !== part)
        : HIDEABLE.filter((p) => p === part || choices.hidden.includes(p)),
    });
  return (
    <details className="link-options" data-testid="link-options">
      <summary>{t('share.options')}</summary>
      <PracticeLinkOptions
        choices={choices}
        onChange={(practice) => onChange({ ...choices, ...practice })}
      />
      <fieldset>
        <legend>{t('share.hide')}</legend>
        {HIDEABLE.map((part) => (
          <label key={part}>
            <input
              type="checkbox"
              checked={choices.hidden.includes(part)}
              onChange={() => toggle(part)}
              data-testid={`hide-${part}`}
            />
            {t(`share.part.${part}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('share.view')}</legend>
        <label>
          <input
            type="checkbox"
            checked={choices.embed}
            onChange={() => onChange({ ...choices, embed: !choices.embed })}
            data-testid="link-embed"
          />
          {t('share.embed')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={choices.presenter}
            onChange={() => onChange({ ...choices, presenter: !choices.presenter })}
            data-testid="link-presenter"
          />
          {t('share.presenter')}
        </label>
      </fieldset>
      {choices.embed && (
        <label className="embed-snippet">
          <span>{t('share.snippet')}</span>
          <textarea
            readOnly
            rows={3}
            value={embedSnippet}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="embed-snippet"
          />
        </label>
      )}
    </details>
  );
}
