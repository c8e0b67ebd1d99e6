import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { defaultState } from './initialState';
import { UNDO_ACTIONS, undoCommandOf, undoScope } from './undoRouting';

const key = (name: string, mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>>) => ({
  key: name,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('which undo a key runs', () => {
  it('reads Ctrl/Cmd+Z as undo, with Shift or Y as redo, and nothing else', () => {
    expect(undoCommandOf(key('z', { ctrl: true }))).toBe('undo');
    expect(undoCommandOf(key('z', { meta: true }))).toBe('undo');
    expect(undoCommandOf(key('Z', { ctrl: true, shift: true }))).toBe('redo');
    expect(undoCommandOf(key('y', { ctrl: true }))).toBe('redo');
    expect(undoCommandOf(key('z', {}))).toBeNull();
    expect(undoCommandOf(key('z', { ctrl: true, alt: true }))).toBeNull();
    expect(undoCommandOf(key('x', { ctrl: true }))).toBeNull();
  });

  it('works on the own points only in the Data mode on own data of a scene that has one', () => {
    const own = { mode: 'data', source: 'own' } as const;
    expect(undoScope({ scene: 'training', trainingData: own })).toBe('own-points');
    expect(undoScope({ scene: 'training', trainingData: { mode: 'data', source: 'circle' } })).toBe(
      'scenario',
    );
    expect(
      undoScope({ scene: 'training', trainingData: { mode: 'examples', source: 'own' } }),
    ).toBe('scenario');
    expect(undoScope({ scene: 'network', trainingData: own })).toBe('scenario');
  });

  it('undoes a point edit there and leaves the scenario history as it was', () => {
    const { store } = createAppStore(defaultState());
    const s = () => store.getState();
    s().setScene('training');
    const before = s().network;
    s().editNetwork({ ...before, learningRate: 0.25 });
    const past = s().past;
    expect(past.length).toBeGreaterThan(0);
    s().addOwnPoint('train', { x1: 1, x2: 2, label: 1 });
    s().addOwnPoint('train', { x1: -1, x2: 0, label: -1 });
    UNDO_ACTIONS[undoScope(s())].undo(s());
    expect(s().ownPoints.train).toEqual([{ x1: 1, x2: 2, label: 1 }]);
    expect(s().past).toBe(past);
    expect(s().network.learningRate).toBe(0.25);
    UNDO_ACTIONS[undoScope(s())].redo(s());
    expect(s().ownPoints.train).toHaveLength(2);
    s().setTrainingMode('examples');
    UNDO_ACTIONS[undoScope(s())].undo(s());
    expect(s().network).toBe(before);
    expect(s().ownPoints.train).toHaveLength(2);
  });
});
