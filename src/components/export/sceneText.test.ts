import { describe, expect, it } from 'vitest';
import { graphExportText } from '../graph/exportText';
import { networkExportText } from '../network/exportText';
import { trainingExportText } from '../training/exportText';
import { graphSnapshot, networkSnapshot } from './snapshots.testing';

const captionOf = networkExportText.caption;

describe('export captions', () => {
  it('say the step, its phase and the narration, in English', () => {
    const caption = captionOf(networkSnapshot(1));
    expect(caption.heading).toBe('Step 1 of 61 · Forward pass');
    expect(caption.sentence).toMatch(/^Forward pass, neuron 1: z₁ = 4 is the weighted sum/);
    expect(caption.credit).toBe('Backprop Circuit');
  });

  it('and in Chinese', () => {
    const caption = captionOf(networkSnapshot(13, 'zh'));
    expect(caption.heading).toBe('第 13 步，共 61 步 · 代价');
    expect(caption.sentence).toMatch(/[\u4e00-\u9fff]/);
    expect(caption.credit).toBe('反向传播电路');
  });

  it('at the start, say what will happen; at the end, that all is done', () => {
    expect(captionOf(networkSnapshot(0)).heading).toBe('Step 0 of 61 · Start');
    expect(captionOf(networkSnapshot(0)).sentence).toMatch(/^Nothing is computed yet/);
    expect(captionOf(networkSnapshot(61)).sentence).toMatch(/All steps are done/);
  });

  it('in the graph scene, use the graph narration', () => {
    const snap = graphSnapshot(2);
    const caption = graphExportText.caption(snap);
    expect(caption.heading).toBe(`Step 2 of ${snap.trace.steps.length} · Forward pass`);
    expect(caption.sentence.length).toBeGreaterThan(20);
    expect(caption.sentence).not.toMatch(/\{\w+\}/);
  });

  it('in the training scene, give the iteration', () => {
    const caption = trainingExportText.caption({
      ...networkSnapshot(0),
      scene: 'training',
      iteration: 40,
    });
    expect(caption.heading).toBe('Gradient descent · iteration 40');
    expect(caption.sentence).toBe('');
  });
});

describe('export file names', () => {
  it('name the step or the iteration', () => {
    expect(networkExportText.baseNames({ cursor: 12, iteration: 0 })).toEqual({
      diagram: 'backprop-step-12',
      trace: 'backprop-trace',
    });
    expect(graphExportText.baseNames({ cursor: 3, iteration: 0 })).toEqual({
      diagram: 'backprop-graph-step-3',
      trace: 'backprop-graph-trace',
    });
    expect(trainingExportText.baseNames({ cursor: 0, iteration: 7 })).toEqual({
      diagram: 'backprop-training-7',
      trace: 'backprop-trace',
    });
  });
});
