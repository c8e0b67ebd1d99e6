/**
 * A student's answer, as the server takes it: the stateless message is validated (size,
 * schema, a recognised mistake code), it must answer the prompt now open (not revealed),
 * and each student answers a prompt once. The server then records it in the class document,
 * where the teacher sees it. Rate limits are applied by the caller.
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

/** Validates `text` from the student `key` and records it in `doc` when it is accepted. */
export function takeAnswer(doc: Y.Doc, key: string, text: string): AnswerOutcome {
  const message = parseAnswerMessage(text);
  if (!message.ok) return { result: 'invalid', prompt: '' };
  const { prompt, value, mistake } = message.value;
  const state = readClassState(doc);
  if (state?.prompt?.id !== prompt || state.revealed) return { result: 'closed', prompt };
  const earlier = parseRecordedAnswer(answersMap(doc).get(key));
  if (earlier.ok && earlier.value.prompt === prompt) return { result: 'duplicate', prompt };
  const recorded: RecordedAnswer =
    mistake === undefined ? { prompt, value } : { prompt, value, mistake };
  doc.transact(() => answersMap(doc).set(key, recorded), SERVER_ORIGIN);
  return { result: 'recorded', prompt };
}
