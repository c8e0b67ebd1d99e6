import { keys, valueAt, type NetworkScenario, type Trace } from '../src/engine';

/**
 * What DESIGN.md's DOM hooks must say for a network scenario at `cursor`, computed from the
 * engine's trace: element id → data attribute → String(value); absent when not computed.
 */
export function expectedNetworkHooks(
  scenario: NetworkScenario,
  trace: Trace,
  cursor: number,
): Record<string, Record<string, string>> {
  const hooks: Record<string, Record<string, string>> = {};
  const put = (id: string, attribute: string, key: string) => {
    const value = valueAt(trace, key, cursor);
    hooks[id] ??= {};
    if (value !== undefined) (hooks[id] as Record<string, string>)[attribute] = String(value);
  };
  const { layers } = scenario;
  layers.forEach((n, L) => {
    for (let j = 0; j < n; j++) {
      put(`neuron-${L}-${j}`, 'a', keys.a(L, j));
      if (L === 0) continue;
      put(`neuron-${L}-${j}`, 'z', keys.z(L, j));
      put(`neuron-${L}-${j}`, 'delta', keys.delta(L, j));
      put(`bias-${L}-${j}`, 'b', keys.b(L, j));
      put(`bias-${L}-${j}`, 'grad', keys.db(L, j));
      put(`bias-${L}-${j}`, 'bNext', keys.bNext(L, j));
      put(`amp-${L}-${j}`, 'gain', keys.gain(L, j));
      put(`amp-${L}-${j}`, 'delta', keys.delta(L, j));
      for (let k = 0; k < (layers[L - 1] ?? 0); k++) {
        const id = `edge-${L - 1}-${k}-${j}`;
        put(id, 'w', keys.w(L - 1, k, j));
        put(id, 'grad', keys.dW(L - 1, k, j));
        put(id, 'wNext', keys.wNext(L - 1, k, j));
      }
    }
  });
  put('loss', 'value', keys.loss);
  // The elements the current step writes carry data-current="true" (DESIGN.md).
  for (const id of trace.steps[cursor - 1]?.writes ?? [])
    if (hooks[id] !== undefined) hooks[id].current = 'true';
  return hooks;
}
