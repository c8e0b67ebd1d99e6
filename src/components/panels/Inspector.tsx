import { useMemo } from 'react';
import { keys, neuronNumber, parseId, valueAt, type Trace } from '../../engine';
import { assertNever } from '../../lib/assertNever';
import { formatNumber } from '../../lib/format';
import { SCENE_MODELS } from '../../store/scenes';
import { useActions, useAppState, useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { editTarget } from '../network/editTargets';

type Row = readonly [label: string, value: number | undefined];

/**
 * Every number of the hovered, focused or tapped element at the current step. Values the
 * current step has not computed yet show as "—". A weight, bias, input or target gets an
 * Edit button: tapping an element only inspects it, editing is this explicit action.
 */
export function Inspector() {
  const t = useT();
  const focus = useAppState((s) => s.focus);
  const layers = useAppState((s) => s.network.layers);
  // The focus names a network element only while the trace is a network's.
  const overNetwork = useAppState((s) => SCENE_MODELS[s.scene].scenario === 'network');
  const trace = useDerived((select, s) => select.trace(s));
  const cursor = useAppState((s) => s.cursor);
  const rows = useMemo(
    () => (focus === null ? [] : inspect(focus, trace, cursor)),
    [focus, trace, cursor],
  );
  const title = focus === null || !overNetwork ? null : titleFor(focus, layers, t);
  const { startEditing } = useActions();
  const editable = useAppState(
    (s) =>
      s.focus !== null &&
      !s.hidden.includes('editor') &&
      SCENE_MODELS[s.scene].scenario === 'network' &&
      editTarget(s.focus, s.network, s.sample) !== null,
  );

  return (
    <section className="panel inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">{t('inspector.title')}</h2>
      {title === null || rows.length === 0 ? (
        <p className="muted">{t('inspector.hint')}</p>
      ) : (
        <>
          <h3>{title}</h3>
          <dl>
            {rows.map(([label, value]) => (
              <div key={label} className="row">
                <dt>{label}</dt>
                <dd title={value === undefined ? undefined : String(value)}>
                  {value === undefined ? '—' : formatNumber(value, 6)}
                </dd>
              </div>
            ))}
          </dl>
          {editable && focus !== null && (
            <button
              type="button"
              className="inspector-edit"
              data-testid="inspector-edit"
              title={t('netDiagram.editHint')}
              onClick={() => startEditing(focus)}
            >
              {t('netDiagram.edit')}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function titleFor(
  id: string,
  layers: readonly number[],
  t: ReturnType<typeof useT>,
): string | null {
  const element = parseId(id);
  if (element === null) return null;
  switch (element.kind) {
    case 'neuron': {
      const { layer, j } = element;
      return layer === 0
        ? t('inspector.input', { index: j + 1 })
        : t('inspector.neuron', { neuron: neuronNumber(layers, layer, j), layer });
    }
    case 'amp':
      return t('inspector.amp', { neuron: neuronNumber(layers, element.layer, element.j) });
    case 'edge': {
      const { layer, k, j } = element;
      return t('inspector.edge', {
        to: neuronNumber(layers, layer + 1, j),
        from: layer === 0 ? `x${k + 1}` : neuronNumber(layers, layer, k),
      });
    }
    case 'bias':
      return t('inspector.bias', { neuron: neuronNumber(layers, element.layer, element.j) });
    case 'loss':
      return t('inspector.loss');
    case 'target':
      return t('netDiagram.inspectTarget', { index: element.j + 1 });
    default:
      return assertNever(element);
  }
}

/** The rows of numbers for a network element id at `cursor`. */
export function inspect(id: string, trace: Trace, cursor: number): Row[] {
  const v = (key: string) => valueAt(trace, key, cursor);
  const element = parseId(id);
  if (element === null) return [];
  switch (element.kind) {
    case 'neuron': {
      const { layer, j } = element;
      if (layer === 0) return [['x', v(keys.a(0, j))]];
      return [
        ['z', v(keys.z(layer, j))],
        ['a = σ(z)', v(keys.a(layer, j))],
        ['σ′(z)', v(keys.gain(layer, j))],
        ['∂C/∂a', v(keys.dCda(layer, j))],
        ['∂C/∂z', v(keys.delta(layer, j))],
      ];
    }
    case 'amp': {
      const { layer, j } = element;
      return [
        ['σ′(z)', v(keys.gain(layer, j))],
        ['∂C/∂a', v(keys.dCda(layer, j))],
        ['∂C/∂z', v(keys.delta(layer, j))],
      ];
    }
    case 'edge': {
      const { layer, k, j } = element;
      return [
        ['w', v(keys.w(layer, k, j))],
        ['∂z/∂w', v(keys.a(layer, k))],
        ['∂C/∂z', v(keys.delta(layer + 1, j))],
        ['∂C/∂w', v(keys.dW(layer, k, j))],
        ['∂L/∂w', v(keys.dLdW(layer, k, j))],
        ['w′ = w − η∂L/∂w', v(keys.wNext(layer, k, j))],
      ];
    }
    case 'bias': {
      const { layer, j } = element;
      return [
        ['b', v(keys.b(layer, j))],
        ['∂C/∂b', v(keys.db(layer, j))],
        ['∂L/∂b', v(keys.dLdb(layer, j))],
        ['b′ = b − η∂L/∂b', v(keys.bNext(layer, j))],
      ];
    }
    case 'loss':
      return [['C', v(keys.loss)]];
    case 'target':
      return [['ŷ', v(keys.y(element.j))]];
    default:
      return assertNever(element);
  }
}
