/**
 * A student's answer, as the server takes it: the stateless message is validated (size,
 * schema, a recognised mistake code), it must answer the prompt now open (not revealed),
 * and each student answers a prompt once. The server then records it in the teacher's
 * document, where the teacher sees it (and no student does). Rate limits are applied by the caller.
 */
import type * as Y from 'yjs';
import { answersMap, readClassState, SERVER_ORIGIN } from '../src/class/classDoc.ts';
import {
  parseAnswerMessage,
  parseRecordedAnswer,
  type AnswerResult,
  type RecordedAnswer,
} from '../src/class/protocol.ts';

export interface AnswerOutcome {
  readonly result: AnswerResult;
  /** The prompt answered (empty when the message could not be read). */
  readonly prompt: string;
}

/**
 * Validates `text` from the student `key` against the open question of `classDoc`, and
 * records it in `teacherDoc` (which only the teacher reads) when it is accepted.
 */
export function takeAnswer(
  classDoc: Y.Doc,
  teacherDoc: Y.Doc,
  key: string,
  text: string,
): AnswerOutcome {
  const message = parseAnswerMessage(text);
  if (!message.ok) return { result: 'invalid', prompt: '' };
  const { prompt, value, mistake } = message.value;
  const state = readClassState(classDoc);
  if (state?.prompt?.id !== prompt || state.revealed) return { result: 'closed', prompt };
  const earlier = parseRecordedAnswer(answersMap(teacherDoc).get(key));
  if (earlier.ok && earlier.value.prompt === prompt) return { result: 'duplicate', prompt };
  const recorded: RecordedAnswer =
    mistake === undefined ? { prompt, value } : { prompt, value, mistake };
  teacherDoc.transact(() => answersMap(teacherDoc).set(key, recorded), SERVER_ORIGIN);
  return { result: 'recorded', prompt };
}
