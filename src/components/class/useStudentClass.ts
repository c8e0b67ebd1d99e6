import { useCallback, useEffect, useRef } from 'react';
import type { StudentClass } from '../../class';
import { isMistakeCode } from '../../class/protocol';
import { useAppStoreApi } from '../../store/StoreProvider';
import type { AppState } from '../../store/types';
import { forgetClass, keepClass, keptStudentId } from './classSession';
import { findClassServer, loadClassClient } from './classServer';

/** The practice question a class prompt asks (its id is `SERIAL.QUESTION`). */
export const questionOfPrompt = (promptId: string): string =>
  promptId.slice(promptId.indexOf('.') + 1);

/**
 * The student's class connection, owned by the student's panel: joins the class with
 * `code` read-only, puts the teacher's state into the store (a following student's screen
 * shows it; the provider reconnects with backoff and catches up), and sends this student's
 * first checked answer to the teacher's open question. Nothing else the student does leaves
 * this device.
 */
export function useStudentClass(code: string): { leave(): void } {
  const { store, select } = useAppStoreApi();
  const handle = useRef<StudentClass | null>(null);

  useEffect(() => {
    const actions = store.getState();
    let cancelled = false;
    let stop: (() => void) | null = null;
    let lastFeedback: unknown = null;

    const sendAnswer = (state: AppState, live: StudentClass) => {
      const feedback = select.practiceFeedback(state);
      if (feedback === lastFeedback) return;
      lastFeedback = feedback;
      const prompt = state.liveClass?.teacherState?.prompt ?? null;
      if (feedback?.kind !== 'checked' || prompt === null) return;
      if (feedback.question !== questionOfPrompt(prompt.id)) return;
      const { verdict } = feedback;
      if (verdict.verdict === 'invalid') return;
      if (state.liveClass?.sent?.prompt === prompt.id) return;
      const mistake =
        verdict.verdict === 'wrong' && isMistakeCode(verdict.mistake) ? verdict.mistake : undefined;
      actions.classAnswerSent(prompt.id, 'sending');
      void live
        .answer(prompt.id, verdict.answer, mistake)
        .then((outcome) => actions.classAnswerSent(prompt.id, outcome));
    };

    void (async () => {
      const server = await findClassServer();
      if (cancelled) return;
      if (server === null) return actions.classConnectionChanged('unavailable');
      const { joinClass } = await loadClassClient();
      if (cancelled) return;
      const studentId = keptStudentId(code);
      const live = joinClass(server, code, studentId !== undefined ? { studentId } : {});
      handle.current = live;
      keepClass({ role: 'student', code: live.code, studentId: live.studentId });
      const unsubscribes = [
        live.onStatus((status) => {
          if (status.state === 'refused') actions.classConnectionChanged('refused', status.reason);
          else actions.classConnectionChanged(status.state);
          if (status.state === 'ended' || status.state === 'refused') forgetClass();
        }),
        live.onState((state) => actions.classStateReceived(state)),
        store.subscribe((state) => sendAnswer(state, live)),
      ];
      stop = () => {
        for (const unsubscribe of unsubscribes) unsubscribe();
        live.leave();
      };
    })();

    return () => {
      cancelled = true;
      handle.current = null;
      stop?.();
    };
  }, [store, select, code]);

  const leave = useCallback(() => {
    forgetClass();
    store.getState().leaveLiveClass();
  }, [store]);
  return { leave };
}
