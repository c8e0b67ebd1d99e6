import { useState } from 'react';
import { MAX_USER_POINTS, groupDigits } from '../../engine';
import { formatNumber } from '../../lib/format';
import { canUndoOwnEdit } from '../../store/playground/ownActions';
import { linkOverflow } from '../../store/playground/ownLink';
import { hasRoom, POINT_SETS } from '../../store/playground/ownEdits';
import { useActions, useAppState, useDerived } from '../../store/StoreProvider';
import { cx } from '../common/classNames';
import { usePlaygroundT } from './usePlaygroundT';
import { CSS_NEGATIVE, CSS_POSITIVE } from './colors';
import { useOwnData } from './ownDataContext';
import { VALUE_RANGE, type LabelChoice, type OwnTool } from './ownTools';

const TOOLS: readonly OwnTool[] = ['add', 'erase'];

/** A row of buttons of which one is chosen (a radio group). */
function Choice<V extends string>({
  label,
  options,
  value,
  onChange,
  text,
  id,
}: {
  label: string;
  options: readonly V[];
  value: V;
  onChange: (value: V) => void;
  text: (value: V) => string;
  id: (value: V) => string;
}) {
  return (
    <div className="own-choice" role="radiogroup" aria-label={label}>
      <span className="own-choice-label">{label}</span>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          role="radio"
          aria-checked={value === option}
          className={cx('own-option', value === option && 'selected')}
          onClick={() => onChange(option)}
          data-testid={id(option)}
        >
          {text(option)}
        </button>
      ))}
    </div>
  );
}

/**
 * The own-data toolbar over the decision map: the label of new points (the two classes
 * in the map's colours, or a regression value), the tool (add and move, or erase), the
 * set new points join, undo, and clear all (asked again first). Says how many points
 * there are, when no more fit, and when the share link could not carry them.
 */
export function OwnDataTools() {
  const t = usePlaygroundT();
  const { tools, setTools, pressRemoved } = useOwnData();
  const { undoOwnEdit, clearOwnPoints } = useActions();
  const points = useAppState((s) => s.ownPoints);
  const canUndo = useAppState(canUndoOwnEdit);
  const problem = useDerived((select, s) => select.playground.problem(s));
  const overflow = linkOverflow(useDerived((select, s) => select.fullAppLink(s).length));
  const [confirming, setConfirming] = useState(false);
  const count = points.train.length + points.test.length;
  const swatch = (label: LabelChoice) =>
    label === 'value' ? null : (
      <span
        className="swatch"
        style={{ background: label === 'neg' ? CSS_NEGATIVE : CSS_POSITIVE }}
      />
    );
  return (
    <div className="own-tools" data-testid="own-tools">
      <div className="own-choice" role="radiogroup" aria-label={t('playground.own.label')}>
        <span className="own-choice-label">{t('playground.own.label')}</span>
        {(['neg', 'pos', 'value'] as const).map((label) => (
          <button
            key={label}
            type="button"
            role="radio"
            aria-checked={tools.label === label}
            aria-label={label === 'value' ? undefined : t(`playground.own.class.${label}`)}
            className={cx('own-option', tools.label === label && 'selected')}
            onClick={() => setTools({ label })}
            data-testid={`own-label-${label}`}
          >
            {swatch(label)}
            {label === 'neg' ? '−1' : label === 'pos' ? '+1' : t('playground.own.value')}
          </button>
        ))}
        {tools.label === 'value' && (
          <label className="own-value">
            <input
              type="range"
              min={VALUE_RANGE.min}
              max={VALUE_RANGE.max}
              step={VALUE_RANGE.step}
              value={tools.value}
              aria-label={t('playground.own.valueAria')}
              onChange={(e) => setTools({ value: Number(e.target.value) })}
              data-testid="own-value"
            />
            <output>{formatNumber(tools.value, 2)}</output>
          </label>
        )}
      </div>
      <div className="own-row">
        <Choice
          label={t('playground.own.tool')}
          options={TOOLS}
          value={tools.tool}
          onChange={(tool) => setTools({ tool })}
          text={(tool) => t(`playground.own.tool.${tool}`)}
          id={(tool) => `own-tool-${tool}`}
        />
        <Choice
          label={t('playground.own.addTo')}
          options={POINT_SETS}
          value={tools.target}
          onChange={(target) => setTools({ target })}
          text={(set) => t(`playground.own.addTo.${set}`)}
          id={(set) => `own-target-${set}`}
        />
      </div>
      <div className="own-row">
        <button type="button" disabled={!canUndo} onClick={undoOwnEdit} data-testid="own-undo">
          {t('playground.own.undo')}
        </button>
        {confirming ? (
          <span className="own-confirm" role="group">
            <span>{t('playground.own.clearConfirm', { count: groupDigits(count) })}</span>
            <button
              type="button"
              className="own-danger"
              onClick={() => {
                clearOwnPoints();
                setConfirming(false);
              }}
              data-testid="own-clear-confirm"
            >
              {t('playground.own.clearYes')}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              data-testid="own-clear-cancel"
            >
              {t('playground.own.clearNo')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            disabled={count === 0}
            onClick={() => setConfirming(true)}
            data-testid="own-clear"
          >
            {t('playground.own.clear')}
          </button>
        )}
      </div>
      <p
        className="muted small"
        aria-live="polite"
        data-testid="own-count"
        data-train={points.train.length}
        data-test={points.test.length}
      >
        {t('playground.own.count', {
          train: groupDigits(points.train.length),
          test: groupDigits(points.test.length),
          limit: groupDigits(MAX_USER_POINTS),
        })}
        <br />
        {t(`playground.own.problem.${problem}`)}
      </p>
      {pressRemoved !== null && pressRemoved === points && (
        <p className="own-notice small" role="status" data-testid="own-press-removed">
          {t('playground.own.pressRemoved')}
        </p>
      )}
      <p className="muted small own-help">{t('playground.own.help')}</p>
      <details className="own-keys">
        <summary>{t('playground.own.keysTitle')}</summary>
        <p className="muted small" id="own-keys">
          {t('playground.own.keys')}
        </p>
      </details>
      {!hasRoom(points) && (
        <p className="own-warning" role="status" data-testid="own-full">
          {t('playground.own.full', { limit: groupDigits(MAX_USER_POINTS) })}
        </p>
      )}
      {overflow !== null && (
        <p className="own-warning" role="status" data-testid="own-link-too-long">
          {t('playground.own.linkTooLong', {
            size: groupDigits(overflow.size),
            limit: overflow.limit,
          })}
        </p>
      )}
    </div>
  );
}
