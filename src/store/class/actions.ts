import { isRightFor } from '../../engine';
import type { Selectors } from '../selectors';
import type { PracticeInternals } from '../practice/selectors';
import type { AppState, SourceState } from '../types';
import { createClassLinkReader, followedState } from './follow';
import type { ClassActions, LiveClass } from './types';

type SetState = (update: (state: AppState) => Partial<SourceState>) => void;

/** What the class actions borrow from the store (createAppStore.ts). */
export interface ClassTools {
  readonly select: Selectors;
  readonly internals: PracticeInternals;
  /** A cursor clamped to the trace and to practice's limit. */
  readonly clamp: (state: SourceState, cursor: number) => number;
}

const fresh = (role: LiveClass['role'], code: string | null): LiveClass => ({
  role,
  code,
  connection: 'checking',
  refusal: null,
  following: true,
  students: 0,
  unsent: null,
  answers: null,
  teacherState: null,
  sent: null,
});

/**
 * The live class's actions. The connection (components/class) reports into the store
 * through them; a following student's screen is the teacher's published state applied on
 * top of the student's own language and look.
 */
export function createClassActions(
  set: SetState,
  get: () => AppState,
  { select, internals, clamp }: ClassTools,
): ClassActions {
  /** Changes the live class, if there is one. */
  const update = (change: (live: LiveClass) => Partial<LiveClass>) =>
    set((s) =>
      s.liveClass === null ? {} : { liveClass: { ...s.liveClass, ...change(s.liveClass) } },
    );

  const read = createClassLinkReader();
  /** The student's screen shows the teacher's state. */
  const follow = (state: AppState): Partial<SourceState> => {
    const published = state.liveClass?.teacherState ?? null;
    if (published === null) return {};
    const shown = followedState(state, published, (s) => select.total(s), read);
    if (shown === null) return {};
    const updated = { ...state, ...shown };
    return { ...shown, cursor: clamp(updated, shown.cursor), playing: false, editing: null };
  };

  return {
    startTeaching: () => set(() => ({ liveClass: fresh('teacher', null) })),
    joinAsStudent: (code) => set(() => ({ liveClass: fresh('student', code) })),
    leaveLiveClass: () => set(() => ({ liveClass: null })),
    setClassFollowing: (following) =>
      set((s) => {
        if (s.liveClass === null) return {};
        const liveClass = { ...s.liveClass, following };
        const catchUp = following && liveClass.role === 'student';
        return catchUp ? { liveClass, ...follow({ ...s, liveClass }) } : { liveClass };
      }),
    classConnectionChanged: (connection, refusal) =>
      update(() => ({ connection, refusal: refusal ?? null })),
    classCodeKnown: (code) => update(() => ({ code })),
    classStudentsChanged: (students) => update(() => ({ students })),
    // Called at every publish: an unchanged answer leaves the store (and the page) alone.
    classPublished: (unsent) =>
      set((s) =>
        s.liveClass === null || s.liveClass.unsent === unsent
          ? {}
          : { liveClass: { ...s.liveClass, unsent } },
      ),
    classAnswersChanged: (answers) => update(() => ({ answers })),
    classStateReceived: (teacherState) =>
      set((s) => {
        if (s.liveClass?.role !== 'student') return {};
        const liveClass = { ...s.liveClass, teacherState };
        return liveClass.following ? { liveClass, ...follow({ ...s, liveClass }) } : { liveClass };
      }),
    classAnswerSent: (prompt, outcome) => update(() => ({ sent: { prompt, outcome } })),
    readClassQuestion: () => {
      const state = get();
      if (!select.practiceStatus(state).on) return null;
      const q = internals.openQuestion(state);
      if (q === undefined) return null;
      return {
        question: q.id,
        target: q.target,
        kind: q.kind,
        value: q.value,
        isRight: (answer) => isRightFor(q, answer),
      };
    },
  };
}
