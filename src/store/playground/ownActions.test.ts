import { describe, expect, it } from 'vitest';
import { DEFAULT_HYPERPARAMETERS, MAX_USER_POINTS } from '../../engine';
import { readCsv, writeCsvWithSets } from '../../engine/playground/csv';
import { createAppStore } from '../createAppStore';
import { defaultState } from '../initialState';
import { OWN_UNDO_LIMIT, canRedoOwnEdit, canUndoOwnEdit } from './ownActions';
import { pointAt } from './ownEdits';

const make = () => createAppStore(defaultState());
const blue = (x1: number, x2: number) => ({ x1, x2, label: 1 });
const orange = (x1: number, x2: number) => ({ x1, x2, label: -1 });

describe('edits of the own points', () => {
  it('add points to the chosen set, kept on the plane to three decimals, and show them', () => {
    const { store, select } = make();
    const s = () => store.getState();
    s().addOwnPoint('train', blue(1.23456, -2));
    s().addOwnPoint('test', orange(9, -7.5));
    expect(s().trainingData).toEqual({ mode: 'data', source: 'own' });
    expect(s().ownPoints).toEqual({ train: [blue(1.235, -2)], test: [orange(6, -6)] });
    expect(select.playground.points(s())).toBe(s().ownPoints);
    expect(select.playground.problem(s())).toBe('classification');
    s().addOwnPoint('train', { x1: 0, x2: 0, label: 0.5 });
    expect(select.playground.problem(s())).toBe('regression');
  });

  it('move a point (keeping its label and set) and remove one, by set and index', () => {
    const { store } = make();
    const s = () => store.getState();
    s().setOwnPoints({ train: [blue(0, 0), orange(1, 1)], test: [blue(2, 2)] });
    s().moveOwnPoint({ set: 'train', index: 1 }, -3.3333, 4);
    expect(s().ownPoints.train).toEqual([blue(0, 0), orange(-3.333, 4)]);
    s().moveOwnPoint({ set: 'test', index: 0 }, 100, -100);
    expect(s().ownPoints.test).toEqual([blue(6, -6)]);
    s().removeOwnPoint({ set: 'train', index: 0 });
    expect(s().ownPoints).toEqual({ train: [orange(-3.333, 4)], test: [blue(6, -6)] });
    // A ref that names no point changes nothing.
    const before = s().ownPoints;
    s().removeOwnPoint({ set: 'test', index: 5 });
    s().moveOwnPoint({ set: 'train', index: 3 }, 0, 0);
    expect(s().ownPoints).toBe(before);
  });

  it('restart training from θ⁰ with the settings in force', () => {
    const { store } = make();
    const s = () => store.getState();
    s().setOwnPoints({ train: [blue(0, 0), orange(1, 1)], test: [] });
    const hyper = { ...DEFAULT_HYPERPARAMETERS, learningRate: 0.3 };
    s().syncDataRun(
      [
        { from: 0, hyper: DEFAULT_HYPERPARAMETERS },
        { from: 20, hyper },
      ],
      50,
    );
    s().addOwnPoint('train', blue(-1, -1));
    expect(s()).toMatchObject({ dataIteration: 0, dataLog: [{ from: 0, hyper }] });
    s().syncDataRun([{ from: 0, hyper }], 30);
    s().undoOwnEdit();
    expect(s()).toMatchObject({ dataIteration: 0, dataLog: [{ from: 0, hyper }] });
  });

  it('refuse a point past the limit', () => {
    const { store } = make();
    const s = () => store.getState();
    const many = Array.from({ length: MAX_USER_POINTS }, (_, i) => blue((i % 100) / 10, 0));
    s().setOwnPoints({ train: many, test: [] });
    s().addOwnPoint('test', blue(1, 1));
    expect(s().ownPoints.train).toHaveLength(MAX_USER_POINTS);
    expect(s().ownPoints.test).toHaveLength(0);
  });

  it('undo edit by edit back to the first, and clear all can be undone', () => {
    const { store } = make();
    const s = () => store.getState();
    s().setOwnPoints({ train: [blue(0, 0)], test: [] });
    const first = s().ownPoints;
    s().addOwnPoint('train', orange(1, 1));
    s().moveOwnPoint({ set: 'train', index: 0 }, 2, 2);
    s().clearOwnPoints();
    expect(s().ownPoints).toEqual({ train: [], test: [] });
    s().undoOwnEdit();
    expect(s().ownPoints).toEqual({ train: [blue(2, 2), orange(1, 1)], test: [] });
    s().undoOwnEdit();
    s().undoOwnEdit();
    expect(s().ownPoints).toBe(first);
    s().undoOwnEdit();
    expect(s().ownPoints).toEqual({ train: [], test: [] });
    expect(canUndoOwnEdit(s())).toBe(false);
    s().undoOwnEdit();
    expect(s().ownPoints).toEqual({ train: [], test: [] });
  });

  it('redo the edits undone, in order, until a new edit or a link starts another line', () => {
    const { store } = make();
    const s = () => store.getState();
    s().addOwnPoint('train', blue(0, 0));
    s().addOwnPoint('train', orange(1, 1));
    s().removeOwnPoint({ set: 'train', index: 0 });
    const last = s().ownPoints;
    expect(canRedoOwnEdit(s())).toBe(false);
    s().undoOwnEdit();
    s().undoOwnEdit();
    expect(s().ownPoints.train).toEqual([blue(0, 0)]);
    s().redoOwnEdit();
    expect(s().ownPoints.train).toEqual([blue(0, 0), orange(1, 1)]);
    s().redoOwnEdit();
    expect(s().ownPoints).toBe(last);
    expect(canRedoOwnEdit(s())).toBe(false);
    s().redoOwnEdit();
    expect(s().ownPoints).toBe(last);
    // Undone again, then a new edit: the edit undone cannot be made again.
    s().undoOwnEdit();
    s().addOwnPoint('test', blue(2, 2));
    expect(canRedoOwnEdit(s())).toBe(false);
    s().redoOwnEdit();
    expect(s().ownPoints).toEqual({ train: [blue(0, 0), orange(1, 1)], test: [blue(2, 2)] });
    // Undone, then a link replaces the points: nothing to redo on them.
    s().undoOwnEdit();
    expect(canRedoOwnEdit(s())).toBe(true);
    store.setState({ ownPoints: { train: [orange(3, 3)], test: [] } });
    expect(canRedoOwnEdit(s())).toBe(false);
    s().redoOwnEdit();
    expect(s().ownPoints).toEqual({ train: [orange(3, 3)], test: [] });
  });

  it('forget the undo steps once something else (a link) replaced the points', () => {
    const { store } = make();
    const s = () => store.getState();
    s().addOwnPoint('train', blue(0, 0));
    expect(canUndoOwnEdit(s())).toBe(true);
    store.setState({ ownPoints: { train: [orange(3, 3)], test: [] } });
    expect(canUndoOwnEdit(s())).toBe(false);
    s().undoOwnEdit();
    expect(s().ownPoints).toEqual({ train: [orange(3, 3)], test: [] });
    s().addOwnPoint('train', blue(1, 1));
    expect(s().ownHistory).toHaveLength(1);
  });

  it('remember at most the last hundred edits', () => {
    const { store } = make();
    const s = () => store.getState();
    for (let i = 0; i < OWN_UNDO_LIMIT + 5; i++) s().addOwnPoint('train', blue(i / 100, 0));
    expect(s().ownHistory).toHaveLength(OWN_UNDO_LIMIT);
    for (let i = 0; i < OWN_UNDO_LIMIT + 5; i++) s().undoOwnEdit();
    expect(s().ownPoints.train).toHaveLength(5);
  });

  it('import a file in its own sets, or split by the training share and the seed', () => {
    const { store } = make();
    const s = () => store.getState();
    const data = { train: [blue(1, 2), orange(-1, 0.5)], test: [blue(0.125, -4)] };
    const read = readCsv(writeCsvWithSets(data));
    if (!read.ok) throw new Error('the file was refused');
    s().importOwnPoints(read.points, read.sets);
    expect(s().ownPoints).toEqual(data);
    s().setSplit(80);
    const ten = Array.from({ length: 10 }, (_, i) => blue(i / 2, -i / 3));
    s().importOwnPoints(ten, null);
    expect(s().ownPoints.train).toHaveLength(8);
    expect(s().ownPoints.test).toHaveLength(2);
    const all = [...s().ownPoints.train, ...s().ownPoints.test];
    expect(all.map((p) => p.x1).sort((a, b) => a - b)).toEqual(
      ten.map((p) => Math.round(p.x1 * 1000) / 1000),
    );
    s().undoOwnEdit();
    expect(s().ownPoints).toEqual(data);
  });
});

describe('pointAt', () => {
  const points = { train: [blue(0, 0), orange(0.2, 0)], test: [blue(3, 3)] };
  it('finds the nearest point within the radius, in the sets asked for', () => {
    expect(pointAt(points, 0.15, 0, 0.3)).toEqual({ set: 'train', index: 1 });
    expect(pointAt(points, 0.05, 0, 0.3)).toEqual({ set: 'train', index: 0 });
    expect(pointAt(points, 3.1, 2.9, 0.3)).toEqual({ set: 'test', index: 0 });
    expect(pointAt(points, 3.1, 2.9, 0.3, ['train'])).toBeNull();
    expect(pointAt(points, 1.5, 1.5, 0.3)).toBeNull();
  });
});
