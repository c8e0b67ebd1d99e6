import type {
  AnswerAggregate,
  AnswerOutcome,
  ClassPrompt,
  ClassState,
  PromptKind,
  Refusal,
} from '../../class';

/** Who this device is in a live class. */
export type ClassRole = 'teacher' | 'student';

/**
 * Where the class connection is. `checking`: asking whether a class server is here;
 * `unavailable`: there is none (the single-file build, a static host), the rest of the app
 * works as without a class; `offline`: lost, reconnecting with backoff.
 */
export type ClassConnection =
  'checking' | 'unavailable' | 'connecting' | 'connected' | 'offline' | 'refused' | 'ended';

/** This device's live class (the connection itself lives in a component's effect). */
export interface LiveClass {
  readonly role: ClassRole;
  /** The join code (the teacher's once the server has made it). */
  readonly code: string | null;
  readonly connection: ClassConnection;
  /** Why the server refused, when `connection` is `refused`. */
  readonly refusal: Refusal | null;
  /**
   * Student: the app follows the teacher (off: "explore on my own"). Teacher: "follow me",
   * what is on this screen is published to the class.
   */
  readonly following: boolean;
  /** Teacher: how many students are connected. */
  readonly students: number;
  /**
   * Teacher: the length of this screen's link when the class could not be sent it (over
   * the 64 KB a link holds, such as a 12 × 64 network after an update), else null. The
   * students' screens then stay at the last state they were sent.
   */
  readonly unsent: number | null;
  /** Teacher: the answers to the open question (null while none is open). */
  readonly answers: AnswerAggregate | null;
  /** Student: the teacher's last published state (re-applied on "follow the teacher"). */
  readonly teacherState: ClassState | null;
  /** Student: what became of this student's answer to the open question. */
  readonly sent: { readonly prompt: string; readonly outcome: AnswerOutcome | 'sending' } | null;
}

/** The question the teacher's open practice question puts to the class, with its value. */
export interface ClassQuestion {
  /** The practice question's quantity key (`delta:2:0`). */
  readonly question: string;
  readonly target: string;
  readonly kind: PromptKind;
  /** The right answer: kept on the teacher's device until revealed. */
  readonly value: number;
  /** The practice mode's rule for this question (number rule, and the change rule of updates). */
  readonly isRight: (answer: number) => boolean;
}

export interface ClassSliceState {
  /** The live class, or null outside one. Never linked, never stored. */
  readonly liveClass: LiveClass | null;
}

export interface ClassActions {
  /** Opens a class as its teacher (the connection component then creates it). */
  startTeaching(): void;
  /** Joins the class with this (normalised) code as a student. */
  joinAsStudent(code: string): void;
  /** Leaves the class on this device (the teacher's End class also ends it for everyone). */
  leaveLiveClass(): void;
  /** Student: follow the teacher again (catching up at once) or explore on my own. Teacher: follow me. */
  setClassFollowing(following: boolean): void;
  classConnectionChanged(connection: ClassConnection, refusal?: Refusal): void;
  classCodeKnown(code: string): void;
  classStudentsChanged(students: number): void;
  /** Teacher: whether this screen reached the class (null), or the length of its unsendable link. */
  classPublished(unsent: number | null): void;
  classAnswersChanged(answers: AnswerAggregate | null): void;
  /** Student: the teacher published `state`; a following student's app shows it. */
  classStateReceived(state: ClassState | null): void;
  classAnswerSent(prompt: string, outcome: AnswerOutcome | 'sending'): void;
  /** Teacher: the open practice question with its value, for the class (null: none). */
  readClassQuestion(): ClassQuestion | null;
}

export type { ClassPrompt };

/** Outside a class. */
export const CLASS_DEFAULTS: ClassSliceState = { liveClass: null };
