/**
 * Reading and writing the class document (its shape is in protocol.ts). Everything read is
 * validated: a malformed value reads as absent, never as a crash. Shared by the server, the
 * teacher's handle and the student's handle.
 */
import type * as Y from 'yjs';
import {
  DOC,
  parseClassState,
  parsePresence,
  parseRecordedAnswer,
  type ClassState,
  type PresenceEntry,
  type RecordedAnswer,
} from './protocol';

/** The origin of the server's own writes, so that they can be told from a client's. */
export const SERVER_ORIGIN = 'class-server';

export const classMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(DOC.classMap);
export const answersMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(DOC.answersMap);
export const presenceMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(DOC.presenceMap);

/** The teacher's published state, or null before the first (or if it is malformed). */
export function readClassState(doc: Y.Doc): ClassState | null {
  const value = classMap(doc).get(DOC.stateKey);
  if (value === undefined) return null;
  const parsed = parseClassState(value);
  return parsed.ok ? parsed.value : null;
}

/** Replaces the published state (the teacher's handle only: students are read-only). */
export function writeClassState(doc: Y.Doc, state: ClassState): void {
  classMap(doc).set(DOC.stateKey, { ...state });
}

/** Whether the teacher has ended the class. */
export function isEnded(doc: Y.Doc): boolean {
  return classMap(doc).get(DOC.endedKey) === true;
}

/** Every well-formed recorded answer, with its anonymous student key. */
export function readAnswers(doc: Y.Doc): Map<string, RecordedAnswer> {
  const answers = new Map<string, RecordedAnswer>();
  answersMap(doc).forEach((value, key) => {
    const parsed = parseRecordedAnswer(value);
    if (parsed.ok) answers.set(key, parsed.value);
  });
  return answers;
}

/** Every well-formed presence entry, keyed by connection. */
export function readPresence(doc: Y.Doc): Map<string, PresenceEntry> {
  const entries = new Map<string, PresenceEntry>();
  presenceMap(doc).forEach((value, key) => {
    const entry = parsePresence(value);
    if (entry !== null) entries.set(key, entry);
  });
  return entries;
}

/** Who is connected, as the teacher sees it. */
export interface StudentsView {
  /** Distinct students connected (a student with two tabs counts once). */
  readonly count: number;
  /** Their anonymous keys, sorted. */
  readonly students: readonly string[];
  /** Whether a teacher connection is open (from this or another device). */
  readonly teacherConnected: boolean;
}

/** Derives {@link StudentsView} from the presence entries. */
export function studentsView(presence: ReadonlyMap<string, PresenceEntry>): StudentsView {
  const students = new Set<string>();
  let teacherConnected = false;
  for (const entry of presence.values()) {
    if (entry.role === 'teacher') teacherConnected = true;
    else if (entry.student !== undefined) students.add(entry.student);
  }
  return { count: students.size, students: [...students].sort(), teacherConnected };
}
