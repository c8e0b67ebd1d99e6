import { describe, expect, it } from 'vitest';
import { translate, type Translate } from '../../i18n/translate';
import { inspectGraphNode, inspectorTitle, nodeForDomId } from './graphInspect';
import { presetView } from './testViews';

const t: Translate = (key, params) => translate('en', key, params);

describe('inspectGraphNode', () => {
  it('shows a gate’s value, gradient, local gradients and what it sends back', () => {
    const view = presetView('cs231n-add-mul');
    const gate = nodeForDomId(view, 'gate-g2');
    if (gate === undefined) throw new Error('no gate');
    expect(inspectorTitle(gate, t)).toBe('Gate g2: multiply (×)');
    expect(inspectGraphNode(view, gate, t)).toEqual([
      ['value', -12],
      ['∂f/∂g2', 1],
      ['local ∂g2/∂g1', -4],
      ['sent to g1', -4],
      ['local ∂g2/∂z', 3],
      ['sent to z', 3],
    ]);
  });

  it('names an operation once when its symbol is its name', () => {
    const view = presetView('max-gate');
    const max = nodeForDomId(view, 'gate-g2');
    if (max === undefined) throw new Error('no gate');
    expect(inspectorTitle(max, t)).toBe('Gate g2: max');
    expect(inspectorTitle(max, (key, params) => translate('zh', key, params))).toBe('门 g2：max');
  });

  it('leaves out what the cursor has not reached', () => {
    const view = presetView('cs231n-add-mul', 1);
    const gate = nodeForDomId(view, 'gate-g2');
    if (gate === undefined) throw new Error('no gate');
    expect(inspectGraphNode(view, gate, t).every(([, v]) => v === undefined)).toBe(true);
    const x = nodeForDomId(view, 'var-x');
    if (x === undefined) throw new Error('no x');
    expect(inspectGraphNode(view, x, t)).toEqual([
      ['value', -2],
      ['∂f/∂x', undefined],
    ]);
  });

  it('lists the branches of a value used twice', () => {
    const view = presetView('chain-case-2');
    const s = nodeForDomId(view, 'var-s');
    if (s === undefined) throw new Error('no s');
    const rows = inspectGraphNode(view, s, t);
    expect(rows.map(([label]) => label)).toEqual([
      'value',
      '∂f/∂s',
      'branch via g1',
      'branch via g2',
    ]);
    expect((rows[2]?.[1] ?? 0) + (rows[3]?.[1] ?? 0)).toBeCloseTo(rows[1]?.[1] ?? NaN, 12);
    expect(nodeForDomId(view, 'graph-output')?.id).toBe('g3');
  });
});
