import { useMemo } from 'react';
import { keys, neuronNumber, valueAt, type Trace } from '../../engine';
import { formatNumber } from '../../lib/format';
import { SCENE_MODELS } from '../../store/scenes';
import { useAppState, useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';

type Row = readonly [label: string, value: number | undefined];

/**
 * Every number of the hovered, focused or tapped element at the current step. Values the
 * current step has not computed yet show as "—".
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
  const [kind, ...rest] = id.split('-');
  const [a = 0, b = 0, c = 0] = rest.map(Number);
  switch (kind) {
    case 'neuron':
      return a === 0
        ? t('inspector.input', { index: b + 1 })
        : t('inspector.neuron', { neuron: neuronNumber(layers, a, b), layer: a });
    case 'amp':
      return t('inspector.amp', { neuron: neuronNumber(layers, a, b) });
    case 'edge':
      return t('inspector.edge', {
        to: neuronNumber(layers, a + 1, c),
        from: a === 0 ? `x${b + 1}` : neuronNumber(layers, a, b),
      });
    case 'bias':
      return t('inspector.bias', { neuron: neuronNumber(layers, a, b) });
    case 'loss':
      return t('inspector.loss');
    default:
      return null;
  }
}

/** The rows of numbers for a network element id at `cursor`. */
export function inspect(id: string, trace: Trace, cursor: number): Row[] {
  const v = (key: string) => valueAt(trace, key, cursor);
  const [kind, ...rest] = id.split('-');
  const [a = 0, b = 0, c = 0] = rest.map(Number);
  switch (kind) {
    case 'neuron':
      if (a === 0) return [['x', v(keys.a(0, b))]];
      return [
        ['z', v(keys.z(a, b))],
        ['a = σ(z)', v(keys.a(a, b))],
        ['σ′(z)', v(keys.gain(a, b))],
        ['∂C/∂a', v(keys.dCda(a, b))],
        ['∂C/∂z', v(keys.delta(a, b))],
      ];
    case 'amp':
      return [
        ['σ′(z)', v(keys.gain(a, b))],
        ['∂C/∂a', v(keys.dCda(a, b))],
        ['∂C/∂z', v(keys.delta(a, b))],
      ];
    case 'edge':
      return [
        ['w', v(keys.w(a, b, c))],
        ['∂z/∂w', v(keys.a(a, b))],
        ['∂C/∂z', v(keys.delta(a + 1, c))],
        ['∂C/∂w', v(keys.dW(a, b, c))],
        ['∂L/∂w', v(keys.dLdW(a, b, c))],
        ['w′ = w − η∂L/∂w', v(keys.wNext(a, b, c))],
      ];
    case 'bias':
      return [
        ['b', v(keys.b(a, b))],
        ['∂C/∂b', v(keys.db(a, b))],
        ['∂L/∂b', v(keys.dLdb(a, b))],
        ['b′ = b − η∂L/∂b', v(keys.bNext(a, b))],
      ];
    case 'loss':
      return [['C', v(keys.loss)]];
    default:
      return [];
  }
}
