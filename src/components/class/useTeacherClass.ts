import { useCallback, useEffect, useRef } from 'react';
import type { TeacherClass } from '../../class';
import { useAppStoreApi } from '../../store/StoreProvider';
import type { AppState } from '../../store/types';
import { LIMITS as CLASS_LIMITS } from '../../class/protocol';
import { createClassLinks } from './classLinks';
import { forgetClass, keepClass, keptTeacher } from './classSession';
import { findClassServer, loadClassClient } from './classServer';
import { dataModeShown } from '../../store/dataModeShown';

/** What the teacher's panel can do with the class. */
export interface TeacherCommands {
  /** Shows every student the right answer (and the teacher's screen shows it too). */
  reveal(): void;
  /** Ends the class for everyone. */
  end(): void;
}

/** A prompt id unique within the class: answers to an earlier prompt are never counted. */
const promptId = (question: string) => `${Date.now().toString(36)}.${question}`;

/**
 * The teacher's class connection, owned by the teacher's panel: creates the class (or
 * returns to this tab's class after a reload), reports its status, students and answers
 * into the store, and, while "follow me" is on, publishes every change of scene, scenario,
 * step and chapter and asks the class each practice question that opens on this screen.
 */
export function useTeacherClass(): TeacherCommands {
  const { store, select } = useAppStoreApi();
  const handle = useRef<TeacherClass | null>(null);

  useEffect(() => {
    const actions = store.getState();
    let cancelled = false;
    let stop: (() => void) | null = null;

    // A long link is written in slices: the screen is published once it is ready.
    const links = createClassLinks(
      () => {
        const state = store.getState();
        const live = handle.current;
        if (live !== null && state.liveClass?.following === true) publish(state, live);
      },
      window,
      CLASS_LIMITS.linkLength,
    );
    const publish = (state: AppState, live: TeacherClass) => {
      // The Data mode's run is written to the store every few seconds while it plays, and
      // each student's trainer would replay it from θ⁰ each time, never catching up: the
      // class gets the run when it rests (as it did before it was written while playing).
      if (state.playing && dataModeShown(state)) return;
      const link = links.linkOf(select.linkedState(state));
      // The class keeps the screen before until the link of the new one is written.
      if (link.kind === 'writing') return;
      const sent =
        link.kind === 'ready' &&
        live.publish({
          link: link.link,
          scene: state.scene,
          step: state.cursor,
          chapter: state.chapter,
        });
      // A view the class cannot take (a link over 64 KB) is not sent: the teacher is told.
      // Only a change goes to the store: this runs from the store's own subscription, and
      // any store update (even an empty one) would call it again.
      const unsent = sent ? null : link.kind === 'ready' ? link.link.length : link.atLeast;
      if ((store.getState().liveClass?.unsent ?? null) !== unsent) actions.classPublished(unsent);
    };
    let asked: string | null = null;
    const askIfNew = (state: AppState, live: TeacherClass) => {
      const question = state.readClassQuestion();
      if (question === null) {
        // A settled question stays up (with its answers) until the next one opens.
        if (state.practice === null && asked !== null) {
          asked = null;
          live.ask(null);
        }
        return;
      }
      const key = `${question.question}=${question.value}`;
      if (key === asked) return;
      asked = key;
      const { target, kind } = question;
      live.ask({ id: promptId(question.question), target, kind }, question.value, question.isRight);
    };

    void (async () => {
      const server = await findClassServer();
      if (cancelled) return;
      if (server === null) return actions.classConnectionChanged('unavailable');
      const { startClass, ClassStartError } = await loadClassClient();
      let live: TeacherClass;
      try {
        const resume = keptTeacher();
        live = await startClass(server, resume !== undefined ? { resume } : {});
      } catch (error) {
        if (cancelled) return;
        const reason = error instanceof ClassStartError ? error.reason : 'unavailable';
        if (reason === 'rate-limited') actions.classConnectionChanged('refused', 'rate-limited');
        else actions.classConnectionChanged('unavailable');
        return;
      }
      if (cancelled) return live.leave();
      handle.current = live;
      keepClass({ role: 'teacher', ...live.credentials });
      actions.classCodeKnown(live.code);
      const unsubscribes = [
        live.onStatus((status) => {
          if (status.state === 'refused') {
            // A kept class that is gone: start afresh next time.
            forgetClass();
            actions.classConnectionChanged('refused', status.reason);
          } else actions.classConnectionChanged(status.state);
          if (status.state === 'ended') forgetClass();
        }),
        live.onStudents((students) => actions.classStudentsChanged(students.count)),
        live.onAnswers((answers) => actions.classAnswersChanged(answers)),
        store.subscribe((state) => {
          if (state.liveClass?.following !== true) return;
          publish(state, live);
          askIfNew(state, live);
        }),
      ];
      const state = store.getState();
      if (state.liveClass?.following === true) {
        publish(state, live);
        askIfNew(state, live);
      }
      stop = () => {
        for (const unsubscribe of unsubscribes) unsubscribe();
        live.leave();
      };
    })();

    return () => {
      cancelled = true;
      handle.current = null;
      links.dispose();
      stop?.();
    };
  }, [store, select]);

  const reveal = useCallback(() => {
    handle.current?.reveal();
    store.getState().revealPracticeAnswer();
  }, [store]);
  const end = useCallback(() => {
    const live = handle.current;
    forgetClass();
    if (live === null) return store.getState().leaveLiveClass();
    void live.end().then(() => store.getState().leaveLiveClass());
  }, [store]);
  return { reveal, end };
}
