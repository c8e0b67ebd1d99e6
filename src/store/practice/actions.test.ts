import { describe, expect, it } from 'vitest';
import {
  buildNetworkTrace,
  LECTURE_SCENARIO,
  NETWORK_PRACTICE_KINDS,
  networkVariant,
  PRACTICE_KINDS,
} from '../../engine';
import { createAppStore } from '../createAppStore';
import { defaultState } from '../initialState';
import { setWeight } from '../networkEdits';
import { networkQuestionsOf, practisingStore, typedAnswer } from './testing';

const TRACE = buildNetworkTrace(LECTURE_SCENARIO);

describe('practice mode in the store', () => {
  it('opens at the first question and stops every cursor move at the first unanswered one', () => {
    const { store, select } = practisingStore(['delta']);
    const [first] = networkQuestionsOf(store.getState(), ['delta']);
    if (first === undefined) throw new Error('no δ question');
    // δ₅ (amp of output 1) is computed at its step: the cursor stops right after it.
    const limit = first.step + 1;
    expect(store.getState().cursor).toBe(limit);
    expect(select.cursorLimit(store.getState())).toBe(limit);
    const moves = [
      () => store.getState().toEnd(),
      () => store.getState().stepBy(5),
      () => store.getState().setCursor(TRACE.steps.length),
      () => store.getState().jumpPhase(1),
      () => store.getState().load({ cursor: 60 }),
    ];
    for (const move of moves) {
      move();
      expect(store.getState().cursor).toBe(limit);
    }
    // Going back is always allowed.
    store.getState().stepBy(-3);
    expect(store.getState().cursor).toBe(limit - 3);
    // Playback stops at the question.
    store.getState().setPlaying(true);
    store.getState().stepBy(1);
    store.getState().stepBy(1);
    store.getState().stepBy(1);
    expect(store.getState()).toMatchObject({ cursor: limit, playing: false });
  });

  it('clamps the step of the state it starts from, as a link’s step=end gives it', () => {
    const end = TRACE.steps.length;
    const off = practisingStore([], { cursor: end }).store.getState();
    expect(off.cursor).toBe(end);
    const linked = createAppStore({ ...defaultState(), practice: ['z'], cursor: end });
    expect(linked.store.getState().cursor).toBe(1);
  });

  it('moves on after a right answer, stays after a wrong one and names its mistake', () => {
    const { store, select } = practisingStore(['delta']);
    const [delta5] = networkQuestionsOf(store.getState(), ['delta']);
    if (delta5 === undefined) throw new Error('no δ question');
    expect(select.practicePrompt(store.getState())).toMatchObject({
      id: 'delta:3:0',
      target: 'neuron-3-0:delta',
      hints: 0,
    });
    store.getState().checkPracticeAnswer(String(-delta5.value));
    expect(select.practiceFeedback(store.getState())).toMatchObject({
      kind: 'checked',
      verdict: { verdict: 'wrong', mistake: 'sign' },
    });
    store.getState().checkPracticeAnswer('1,000');
    expect(select.practiceFeedback(store.getState())).toMatchObject({
      verdict: { verdict: 'invalid', problem: { code: 'ambiguous-comma' } },
    });
    const at = store.getState().cursor;
    store.getState().checkPracticeAnswer('－０．０９０３');
    expect(select.practiceFeedback(store.getState())).toMatchObject({
      verdict: { verdict: 'correct', answer: -0.0903 },
    });
    expect(store.getState().cursor).toBe(at + 1);
    expect(select.trace(store.getState()).values.get('delta:3:0')).toBe(delta5.value);
    expect(select.practiceScore(store.getState()).total).toMatchObject({
      asked: 1,
      correct: 0,
      retried: 1,
      wrong: 1,
    });
  });

  it('answers a whole pass of the lecture network from the engine’s numbers: all right', () => {
    const { store, select } = practisingStore(PRACTICE_KINDS);
    const questions = networkQuestionsOf(store.getState(), NETWORK_PRACTICE_KINDS);
    expect(questions).toHaveLength(54);
    for (const q of questions) {
      const prompt = select.practicePrompt(store.getState());
      expect(prompt?.id).toBe(q.id);
      store.getState().checkPracticeAnswer(typedAnswer(q));
      expect(select.practiceFeedback(store.getState())).toMatchObject({
        verdict: { verdict: 'correct' },
      });
      // Step on through what is not asked (the cost, ∂C/∂y, the sums Σ w·δ).
      while (
        select.practicePrompt(store.getState()) === null &&
        !select.practiceStatus(store.getState()).finished
      )
        store.getState().stepBy(1);
    }
    const state = store.getState();
    expect(select.practiceStatus(state)).toMatchObject({ finished: true, count: 54, settled: 54 });
    expect(select.practiceScore(state).total).toMatchObject({ asked: 54, correct: 54, wrong: 0 });
    expect(select.practiceHoldsAnswers(state)).toBe(false);
    state.toEnd();
    expect(store.getState().cursor).toBe(TRACE.steps.length);
  });

  it('opens the hint ladder rung by rung, highlights what it needs, and counts a shown answer', () => {
    const { store, select } = practisingStore(['z']);
    expect(select.practiceNeeded(store.getState()).size).toBe(0);
    store.getState().showPracticeHint();
    const prompt = select.practicePrompt(store.getState());
    expect(prompt?.hints).toBe(1);
    expect([...select.practiceNeeded(store.getState())]).toEqual(
      expect.arrayContaining(['neuron-0-0', 'neuron-0-1', 'edge-0-0-0', 'edge-0-1-0', 'bias-1-0']),
    );
    store.getState().showPracticeHint();
    store.getState().showPracticeHint();
    store.getState().showPracticeHint();
    expect(select.practicePrompt(store.getState())?.hints).toBe(3);
    expect(select.practicePrompt(store.getState())?.ladder[2].tex).toBe(
      'z_{1} = 1 \\cdot 1 + (-2) \\cdot (-1) + 1 = \\boxed{?}',
    );
    const at = store.getState().cursor;
    store.getState().revealPracticeAnswer();
    expect(select.practiceFeedback(store.getState())).toEqual({
      kind: 'revealed',
      question: 'z:1:0',
      target: 'neuron-1-0:z',
      form: 'weighted-sum',
      value: 4,
    });
    // Shown: the value appears, the cursor stays on the step, the next question waits ahead.
    expect(store.getState().cursor).toBe(at);
    expect(select.practicePrompt(store.getState())).toBeNull();
    expect(select.practiceScore(store.getState()).total).toMatchObject({ asked: 1, revealed: 1 });
  });

  it('starts afresh on another scenario, and finds the answers again on undo', () => {
    const { store, select } = practisingStore(['z']);
    store.getState().checkPracticeAnswer('4');
    expect(select.practiceStatus(store.getState()).settled).toBe(1);
    store.getState().editNetwork(setWeight(store.getState().network, 0, 0, 0, 0.5));
    expect(select.practiceStatus(store.getState()).settled).toBe(0);
    store.getState().undo();
    expect(select.practiceStatus(store.getState()).settled).toBe(1);
    store.getState().restartPractice();
    expect(select.practiceStatus(store.getState()).settled).toBe(0);
    expect(store.getState().cursor).toBe(1);
  });

  it('draws new numbers as an undoable edit; an edit or an undo ends the variant', () => {
    const { store } = practisingStore(['z']);
    expect(store.getState().drawVariant()).toBe(true);
    expect(store.getState().variant).toEqual({ number: 1, drawn: true });
    expect(store.getState().network).toEqual(networkVariant(LECTURE_SCENARIO, 1));
    expect(store.getState().cursor).toBe(1);
    store.getState().drawVariant();
    expect(store.getState().variant?.number).toBe(2);
    store.getState().undo();
    expect(store.getState().variant).toBeNull();
    expect(store.getState().network).toEqual(networkVariant(LECTURE_SCENARIO, 1));
    store.getState().drawVariant(7);
    store.getState().editNetwork(setWeight(store.getState().network, 0, 0, 0, 0.5));
    expect(store.getState().variant).toBeNull();
  });

  it('holds gradient descent at θ⁰ until the update θ⁰ → θ¹ is computed', () => {
    const { store, select } = practisingStore(['update'], { scene: 'training', iteration: 5 });
    expect(store.getState().iteration).toBe(0);
    store.getState().setPlaying(true);
    store.getState().setIteration(1);
    expect(store.getState()).toMatchObject({ iteration: 0, playing: false });
    const updates = networkQuestionsOf(store.getState(), ['update']);
    expect(updates).toHaveLength(18);
    expect(select.practicePrompt(store.getState())?.target).toBe('edge-0-0-0:w-next');
    for (const q of updates) {
      expect(select.practicePrompt(store.getState())?.id).toBe(q.id);
      store.getState().checkPracticeAnswer(typedAnswer(q));
    }
    expect(select.practiceStatus(store.getState()).finished).toBe(true);
    store.getState().setIteration(3);
    expect(store.getState().iteration).toBe(3);
  });
});
