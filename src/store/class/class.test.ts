import { describe, expect, it } from 'vitest';
import { CLASS_PROTOCOL_VERSION, type ClassState } from '../../class/protocol';
import { createAppStore, type AppStore } from '../createAppStore';
import { defaultState } from '../initialState';
import { networkQuestionsOf, practisingStore, typedAnswer } from '../practice/testing';
import { createClassLinkReader } from './follow';

/** What a teacher's store publishes (as the teacher's connection does). */
function published(teacher: AppStore): ClassState {
  const state = teacher.store.getState();
  return {
    version: CLASS_PROTOCOL_VERSION,
    link: teacher.select.fullAppLink(state).replace(/^\?/, ''),
    scene: state.scene,
    step: state.cursor,
    chapter: state.chapter,
    prompt: null,
    revealed: false,
  };
}

function student(): AppStore {
  const app = createAppStore({ ...defaultState('zh'), theme: 'dark', speed: 2 });
  app.store.getState().joinAsStudent('ABCD2345');
  return app;
}

describe('the live class slice', () => {
  it('tells the teacher when the class could not be sent this screen, once, until it can', () => {
    const teacher = createAppStore(defaultState('en'));
    teacher.store.getState().startTeaching();
    expect(teacher.store.getState().liveClass?.unsent).toBeNull();
    teacher.store.getState().classPublished(493_000);
    const refused = teacher.store.getState().liveClass;
    expect(refused?.unsent).toBe(493_000);
    // The same answer at the next step changes nothing, so nothing re-renders.
    teacher.store.getState().classPublished(493_000);
    expect(teacher.store.getState().liveClass).toBe(refused);
    teacher.store.getState().classPublished(null);
    expect(teacher.store.getState().liveClass?.unsent).toBeNull();
  });

  it('shows a following student the teacher’s scene, scenario and step in her own language and theme', () => {
    const teacher = createAppStore({ ...defaultState('en'), presenter: true });
    teacher.store.getState().setScene('graph');
    teacher.store.getState().stepBy(3);
    const app = student();
    app.store.getState().classStateReceived(published(teacher));
    const s = app.store.getState();
    expect(s.scene).toBe('graph');
    expect(s.cursor).toBe(3);
    expect(s.graph).toEqual(teacher.store.getState().graph);
    expect([s.lang, s.theme, s.speed, s.presenter]).toEqual(['zh', 'dark', 2, false]);
    expect(s.liveClass?.teacherState?.step).toBe(3);
  });

  it('follows an edited scenario, and returns to the default one when the teacher does', () => {
    const teacher = createAppStore(defaultState());
    const network = teacher.store.getState().network;
    const edited = { ...network, learningRate: 0.25 };
    teacher.store.getState().editNetwork(edited);
    const app = student();
    app.store.getState().classStateReceived(published(teacher));
    expect(app.store.getState().network.learningRate).toBe(0.25);
    teacher.store.getState().undo();
    app.store.getState().classStateReceived(published(teacher));
    expect(app.store.getState().network).toEqual(network);
  });

  it('keeps the student’s scenario object when the numbers are the same, so her practice answers stay', () => {
    const teacher = createAppStore(defaultState());
    const app = student();
    const before = app.store.getState().network;
    teacher.store.getState().stepBy(4);
    app.store.getState().classStateReceived(published(teacher));
    expect(app.store.getState().network).toBe(before);
    expect(app.store.getState().cursor).toBe(4);
  });

  it('reads an edited network once: the teacher’s steps on it keep the same scenario object', () => {
    const teacher = createAppStore(defaultState());
    const network = teacher.store.getState().network;
    teacher.store.getState().editNetwork({ ...network, learningRate: 0.25 });
    const app = student();
    const sent = published(teacher);
    app.store.getState().classStateReceived(sent);
    const read = app.store.getState().network;
    expect(read.learningRate).toBe(0.25);
    for (const step of [1, 2, 3]) {
      app.store.getState().classStateReceived({ ...sent, step });
      expect(app.store.getState().network).toBe(read);
      expect(app.store.getState().cursor).toBe(step);
    }
  });

  it('reads a published link once while it stays the same', () => {
    const read = createClassLinkReader();
    const { link } = published(createAppStore(defaultState()));
    const first = read(link);
    expect(first.ok).toBe(true);
    expect(read(link)).toBe(first);
    expect(read('s=9.xyz')).not.toBe(first);
  });

  it('leaves an exploring student where she is, and catches her up when she follows again', () => {
    const teacher = createAppStore(defaultState());
    const app = student();
    app.store.getState().setClassFollowing(false);
    app.store.getState().stepBy(2);
    teacher.store.getState().stepBy(7);
    app.store.getState().classStateReceived(published(teacher));
    expect(app.store.getState().cursor).toBe(2);
    app.store.getState().setClassFollowing(true);
    expect(app.store.getState().cursor).toBe(7);
    expect(app.store.getState().liveClass?.following).toBe(true);
  });

  it('leaves the screen as it is when the published link cannot be read', () => {
    const app = student();
    app.store.getState().stepBy(2);
    const broken: ClassState = { ...published(createAppStore(defaultState())), link: 's=9.xyz' };
    app.store.getState().classStateReceived(broken);
    expect(app.store.getState().cursor).toBe(2);
    expect(app.store.getState().scene).toBe('network');
  });

  it('gives the teacher’s connection the open practice question with its value and the practice rule', () => {
    const teacher = practisingStore(['delta']);
    const [first] = networkQuestionsOf(teacher.store.getState(), ['delta']);
    if (first === undefined) throw new Error('no δ question');
    const question = teacher.store.getState().readClassQuestion();
    expect(question).toMatchObject({
      question: first.id,
      target: first.target,
      kind: 'delta',
      value: first.value,
    });
    expect(question?.isRight(Number(typedAnswer(first)))).toBe(true);
    expect(question?.isRight(first.value * 2 + 1)).toBe(false);
    teacher.store.getState().setPractice(null);
    expect(teacher.store.getState().readClassQuestion()).toBeNull();
  });

  it('reports the connection into the class, and nothing outside one', () => {
    const app = createAppStore(defaultState());
    app.store.getState().classStudentsChanged(3);
    expect(app.store.getState().liveClass).toBeNull();
    app.store.getState().startTeaching();
    app.store.getState().classCodeKnown('ABCD2345');
    app.store.getState().classConnectionChanged('refused', 'rate-limited');
    app.store.getState().classStudentsChanged(3);
    expect(app.store.getState().liveClass).toMatchObject({
      role: 'teacher',
      code: 'ABCD2345',
      connection: 'refused',
      refusal: 'rate-limited',
      students: 3,
    });
    // A teacher never applies a published state to her own screen.
    app.store.getState().classStateReceived(published(createAppStore(defaultState())));
    expect(app.store.getState().liveClass?.teacherState).toBeNull();
    app.store.getState().leaveLiveClass();
    expect(app.store.getState().liveClass).toBeNull();
  });
});
