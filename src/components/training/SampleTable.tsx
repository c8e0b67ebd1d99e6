import { memo, useId, useState } from 'react';
import { LIMITS, parseScenario, readTypedNumber, type NetworkScenario } from '../../engine';
import { issueText, numberProblemText } from '../../i18n/issues/render';
import { formatNumber, subscript } from '../../lib/format';
import { useActions, useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { MessageText } from '../common/MessageText';
import { addSample, removeSample, setSampleValue, type SampleField } from './sampleEdits';

const cellKey = (n: number, field: SampleField, i: number) => `${n}:${field}:${i}`;

/**
 * The training examples (x, y) as an editable table: type a number and press Enter (or
 * leave the field) to apply, Esc to revert. Each change, addition or deletion is one
 * undoable edit of the network, so training starts again from θ⁰. Text that is not a
 * number, or a value the loss cannot take, is refused with a message.
 */
export const SampleTable = memo(function SampleTable() {
  const t = useT();
  const network = useAppState((s) => s.network);
  const { editNetwork } = useActions();
  const [drafts, setDrafts] = useState<Readonly<Record<string, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const titleId = useId();
  const inputs = network.layers[0] ?? 0;
  const outputs = network.layers.at(-1) ?? 0;
  const name = (field: SampleField, i: number) => `${field}${subscript(i + 1)}`;

  const clearDraft = (key: string) =>
    setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k]) => k !== key)));

  const apply = (candidate: NetworkScenario) => {
    const parsed = parseScenario(candidate);
    if (!parsed.ok) {
      const issue = parsed.errors[0];
      const text = issue === undefined ? '' : issueText(t, issue);
      setMessage(t('training.rejected', { message: `${issue?.path ?? ''} ${text}`.trim() }));
      return false;
    }
    setMessage(null);
    editNetwork(candidate);
    return true;
  };

  const commit = (n: number, field: SampleField, i: number) => {
    const key = cellKey(n, field, i);
    const text = drafts[key];
    if (text === undefined) return;
    const current = network.samples[n]?.[field][i] ?? NaN;
    const read = readTypedNumber(text);
    if (!read.ok) {
      setMessage(
        t('number.sampleKept', {
          reason: numberProblemText(t, read),
          name: name(field, i),
          n: n + 1,
          value: formatNumber(current, 4),
        }),
      );
      return;
    }
    const value = read.value;
    if (value === current || apply(setSampleValue(network, n, field, i, value))) clearDraft(key);
  };

  const cell = (n: number, field: SampleField, i: number, value: number) => {
    const key = cellKey(n, field, i);
    const draft = drafts[key];
    return (
      <td key={key}>
        <input
          type="text"
          inputMode="decimal"
          value={draft ?? String(value)}
          aria-label={t('training.sampleCell', { name: name(field, i), n: n + 1 })}
          aria-invalid={draft !== undefined && !readTypedNumber(draft).ok}
          data-testid={`sample-${n}-${field}-${i}`}
          onChange={(e) => setDrafts((d) => ({ ...d, [key]: e.target.value }))}
          onBlur={() => commit(n, field, i)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(n, field, i);
            if (e.key === 'Escape') {
              clearDraft(key);
              setMessage(null);
            }
          }}
        />
      </td>
    );
  };

  return (
    <section className="panel sample-table" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('training.samples')}</h2>
      <p className="chart-note">{t('training.samplesNote')}</p>
      <div className="table-scroll">
        <table className="numbers editable">
          <thead>
            <tr>
              <th scope="col">{t('training.sampleNumber')}</th>
              {Array.from({ length: inputs }, (_, i) => (
                <th scope="col" key={`x${i}`} className="input-col">
                  {name('x', i)}
                </th>
              ))}
              {Array.from({ length: outputs }, (_, i) => (
                <th scope="col" key={`y${i}`} className="target-col">
                  {name('y', i)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('training.removeSample', { n: '' })}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {network.samples.map((sample, n) => (
              <tr key={n} data-testid={`sample-row-${n}`}>
                <th scope="row">{n + 1}</th>
                {sample.x.map((v, i) => cell(n, 'x', i, v))}
                {sample.y.map((v, i) => cell(n, 'y', i, v))}
                <td>
                  <button
                    type="button"
                    className="icon-button"
                    onClick={() => {
                      setDrafts({});
                      apply(removeSample(network, n));
                    }}
                    disabled={network.samples.length <= 1}
                    aria-label={t('training.removeSample', { n: n + 1 })}
                    title={
                      network.samples.length <= 1
                        ? t('training.lastSample')
                        : t('training.removeSample', { n: n + 1 })
                    }
                  >
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        className="add-sample"
        onClick={() => apply(addSample(network))}
        disabled={network.samples.length >= LIMITS.maxSamples}
        data-testid="add-sample"
      >
        {t('training.addSample')}
      </button>
      {message !== null && (
        <p className="field-error" role="alert" data-testid="sample-error">
          <MessageText text={message} />
        </p>
      )}
    </section>
  );
});
