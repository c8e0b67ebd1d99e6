/**
 * The student's side of a live class: `joinClass` connects read-only with an anonymous id
 * (nothing a student's page writes can reach the class) and reports the teacher's state;
 * `answer` sends the one answer to the open question as a small validated message.
 */
import { classMap, readClassState } from './classDoc';
import { connectToClass, createChannel, type ClassStatus, type ConnectOptions } from './connection';
import { newStudentId, normalizeJoinCode, studentToken } from './credentials';
import {
  encodeAnswerMessage,
  parseServerMessage,
  type AnswerResult,
  type ClassState,
  type MistakeCode,
} from './protocol';

/** What became of an answer: the server's word, or `unsent` (no reply within 10 s). */
export type AnswerOutcome = AnswerResult | 'unsent';

export interface StudentClass {
  readonly code: string;
  /** Keep it (per tab) to stay the same student across a reload: one answer per question. */
  readonly studentId: string;
  /** The teacher's state (null until the teacher has published one). */
  onState(listener: (state: ClassState | null) => void): () => void;
  /** Answers the open question once; a second answer to it resolves as `duplicate`. */
  answer(promptId: string, value: number, mistake?: MistakeCode): Promise<AnswerOutcome>;
  onStatus(listener: (status: ClassStatus) => void): () => void;
  leave(): void;
}

const ANSWER_TIMEOUT_MS = 10_000;

/**
 * Joins the class with the typed `code` (case, spaces and dashes do not matter). A code that
 * cannot be one is refused at once, without asking the server.
 */
export function joinClass(
  serverUrl: string,
  typedCode: string,
  options: ConnectOptions & { readonly studentId?: string } = {},
): StudentClass {
  const studentId = options.studentId ?? newStudentId();
  const code = normalizeJoinCode(typedCode);
  const states = createChannel<ClassState | null>(
    (a, b) => JSON.stringify(a) === JSON.stringify(b),
  );
  if (code === null) {
    const status = createChannel<ClassStatus>();
    status.emit({ state: 'refused', reason: 'unknown-class' });
    return {
      code: typedCode,
      studentId,
      onState: (listener) => states.subscribe(listener),
      answer: async () => 'closed',
      onStatus: (listener) => status.subscribe(listener),
      leave: () => undefined,
    };
  }
  const waiting = new Map<string, (result: AnswerResult) => void>();
  const settled = new Map<string, AnswerResult>();
  const connection = connectToClass(
    serverUrl,
    code,
    studentToken(studentId),
    options,
    (payload) => {
      const message = parseServerMessage(payload);
      if (message?.t !== 'ack') return;
      const prompts = message.prompt === '' ? [...waiting.keys()] : [message.prompt];
      for (const prompt of prompts) {
        if (message.result === 'recorded' || message.result === 'duplicate')
          settled.set(prompt, message.result);
        waiting.get(prompt)?.(message.result);
        waiting.delete(prompt);
      }
    },
  );
  const { doc, provider } = connection;
  const refresh = () => states.emit(readClassState(doc));
  classMap(doc).observe(refresh);
  provider.on('synced', refresh);

  return {
    code,
    studentId,
    onState: (listener) => states.subscribe(listener),
    answer(promptId, value, mistake) {
      const known = settled.get(promptId);
      if (known !== undefined) return Promise.resolve('duplicate');
      return new Promise<AnswerOutcome>((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(promptId);
          resolve('unsent');
        }, ANSWER_TIMEOUT_MS);
        waiting.set(promptId, (result) => {
          clearTimeout(timer);
          resolve(result);
        });
        provider.sendStateless(encodeAnswerMessage(promptId, value, mistake));
      });
    },
    onStatus: (listener) => connection.status.subscribe(listener),
    leave: () => connection.close(),
  };
}
