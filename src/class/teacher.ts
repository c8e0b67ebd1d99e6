/**
 * The teacher's side of a live class: `startClass` creates a class on the server, connects
 * with the teacher's secret (the only writable connection), and returns a handle that
 * publishes what is on the teacher's screen, asks the class a question, reveals the answer
 * and ends the class; it reports the connected students and the aggregated answers.
 */
import {
  aggregateAnswers,
  withinOnePercent,
  type AnswerAggregate,
  type AnswerJudge,
} from './aggregate';
import {
  answersMap,
  classMap,
  presenceMap,
  readAnswers,
  readClassState,
  readPresence,
  studentsView,
  writeClassState,
  type StudentsView,
} from './classDoc';
import { connectToClass, createChannel, type ClassStatus, type ConnectOptions } from './connection';
import { documentName, normalizeJoinCode, teacherToken } from './credentials';
import {
  CLASS_API_CLASSES,
  CLASS_PROTOCOL_VERSION,
  DOC,
  parseClassState,
  type ClassPrompt,
  type ClassState,
} from './protocol';

/** What the teacher keeps (in the browser only) to come back to the class after a reload. */
export interface ClassCredentials {
  readonly code: string;
  readonly secret: string;
}

/** The part of the screen the teacher publishes; the prompt is set by `ask`. */
export type TeacherView = Pick<ClassState, 'link' | 'scene' | 'step' | 'chapter'>;

export interface TeacherClass {
  readonly code: string;
  readonly credentials: ClassCredentials;
  /**
   * Publishes the teacher's view (an unchanged view is not sent again). False when the view
   * is not valid (a link over 64 KB, say): nothing is sent.
   */
  publish(view: TeacherView): boolean;
  /** Asks `prompt`, whose right answer is `truth` (kept here, never sent before `reveal`). */
  ask(prompt: ClassPrompt, truth: number, isRight?: AnswerJudge): void;
  /** Withdraws the question. */
  ask(prompt: null): void;
  /** Shows every student the right answer of the open question. */
  reveal(): void;
  /** Ends the class for everyone; resolves once the server has closed it (or after 5 s). */
  end(): Promise<void>;
  onStudents(listener: (students: StudentsView) => void): () => void;
  /** The answers to the open question (null while none is open). */
  onAnswers(listener: (answers: AnswerAggregate | null) => void): () => void;
  onStatus(listener: (status: ClassStatus) => void): () => void;
  /** Leaves without ending the class (it ends after 2 hours with nobody connected). */
  leave(): void;
}

/** Why a class could not be started. */
export class ClassStartError extends Error {
  constructor(readonly reason: 'unreachable' | 'rate-limited' | 'unavailable') {
    super(`class not started: ${reason}`);
  }
}

async function createClass(serverUrl: string): Promise<ClassCredentials> {
  let response: Response;
  try {
    response = await fetch(new URL(CLASS_API_CLASSES, serverUrl), {
      method: 'POST',
      cache: 'no-store',
    });
  } catch {
    throw new ClassStartError('unreachable');
  }
  if (response.status === 429) throw new ClassStartError('rate-limited');
  const body: unknown = response.ok ? await response.json().catch(() => null) : null;
  const { code, secret } = (typeof body === 'object' && body !== null ? body : {}) as Record<
    string,
    unknown
  >;
  if (typeof code !== 'string' || normalizeJoinCode(code) !== code || typeof secret !== 'string')
    throw new ClassStartError('unavailable');
  return { code, secret };
}

/**
 * Starts a class at `serverUrl` (or, with `resume`, returns to one after a reload). Rejects
 * with a {@link ClassStartError} when the server cannot be reached or refuses.
 */
export async function startClass(
  serverUrl: string,
  options: ConnectOptions & { readonly resume?: ClassCredentials } = {},
): Promise<TeacherClass> {
  const credentials = options.resume ?? (await createClass(serverUrl));
  const { code, secret } = credentials;
  const token = teacherToken(secret);
  // The class document (what every student follows) and the teacher's own document (the
  // answers and who is connected, which no student can open).
  const connection = connectToClass(
    serverUrl,
    documentName(code, 'class'),
    token,
    options,
    () => undefined,
  );
  const own = connectToClass(
    serverUrl,
    documentName(code, 'teacher'),
    token,
    options,
    () => undefined,
  );
  const { doc, provider, status } = connection;
  const ownDoc = own.doc;
  const close = () => {
    connection.close();
    own.close();
  };
  status.subscribe((now) => {
    if (now.state === 'ended' || now.state === 'refused') own.close();
  });
  const students = createChannel<StudentsView>((a, b) => JSON.stringify(a) === JSON.stringify(b));
  const answers = createChannel<AnswerAggregate | null>(
    (a, b) => JSON.stringify(a) === JSON.stringify(b),
  );
  let judge: AnswerJudge | null = null;
  let truth: number | null = null;
  let state: ClassState | null = null;
  let pending: ClassState | null = null;
  let synced = false;

  const write = (next: ClassState): boolean => {
    if (!parseClassState(next).ok) return false;
    state = next;
    // Before the first sync a fresh document would race the server's copy: wait for it.
    if (!synced) pending = next;
    else if (JSON.stringify(readClassState(doc)) !== JSON.stringify(next))
      writeClassState(doc, next);
    return true;
  };
  const refreshAnswers = () => {
    const prompt = state?.prompt ?? null;
    answers.emit(
      prompt === null || judge === null
        ? null
        : aggregateAnswers(readAnswers(ownDoc).values(), prompt.id, judge),
    );
  };
  provider.on('synced', () => {
    synced = true;
    // After a reload, carry on from what the class already shows.
    state ??= readClassState(doc);
    if (pending !== null) write(pending);
    pending = null;
    refreshAnswers();
  });
  presenceMap(ownDoc).observe(() => students.emit(studentsView(readPresence(ownDoc))));
  answersMap(ownDoc).observe(refreshAnswers);
  students.emit(studentsView(readPresence(ownDoc)));

  function ask(prompt: ClassPrompt, answer: number, isRight?: AnswerJudge): void;
  function ask(prompt: null): void;
  function ask(prompt: ClassPrompt | null, answer?: number, isRight?: AnswerJudge): void {
    const { link, scene, step, chapter } = state ?? {
      link: 's=1.',
      scene: 'network',
      step: 0,
      chapter: null,
    };
    truth = prompt === null ? null : (answer ?? null);
    judge = prompt === null || truth === null ? null : (isRight ?? withinOnePercent(truth));
    write({ version: CLASS_PROTOCOL_VERSION, link, scene, step, chapter, prompt, revealed: false });
    // Answers to earlier prompts are never counted; clearing keeps the document small.
    answersMap(ownDoc).clear();
    refreshAnswers();
  }

  return {
    code,
    credentials,
    publish(view) {
      const prompt = state?.prompt ?? null;
      const revealed = state?.revealed ?? false;
      const answer = state?.answer;
      return write({
        version: CLASS_PROTOCOL_VERSION,
        ...view,
        prompt,
        revealed,
        ...(answer !== undefined ? { answer } : {}),
      });
    },
    ask,
    reveal() {
      if (!state?.prompt) return;
      write({ ...state, revealed: true, ...(truth !== null ? { answer: truth } : {}) });
    },
    end() {
      classMap(doc).set(DOC.endedKey, true);
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          close();
          resolve();
        }, 5000);
        status.subscribe((now) => {
          if (now.state !== 'ended') return;
          clearTimeout(timer);
          resolve();
        });
      });
    },
    onStudents: (listener) => students.subscribe(listener),
    onAnswers: (listener) => answers.subscribe(listener),
    onStatus: (listener) => status.subscribe(listener),
    leave: close,
  };
}
