/**
 * What this tab keeps of its live class, in sessionStorage (per tab, never in a link): the
 * teacher's credentials, so that a reload returns to the same class, and the student's
 * anonymous id, so that a reloaded student stays one student with one answer per question.
 * The address bar soon shows the state link instead of `?class=`, so a reload finds the
 * class here. Storage that fails (private mode, quota) only means a reload leaves the class.
 */
import type { ClassCredentials } from '../../class';

const KEY = 'backprop-circuit.class';

export type KeptClass =
  | { readonly role: 'teacher'; readonly code: string; readonly secret: string }
  | { readonly role: 'student'; readonly code: string; readonly studentId: string };

const storage = (): Storage | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
};

/** The class this tab was in, if any (anything malformed reads as none). */
export function readKeptClass(): KeptClass | null {
  try {
    const value: unknown = JSON.parse(storage()?.getItem(KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { role, code, secret, studentId } = value as Record<string, unknown>;
    if (typeof code !== 'string') return null;
    if (role === 'teacher' && typeof secret === 'string') return { role, code, secret };
    if (role === 'student' && typeof studentId === 'string') return { role, code, studentId };
    return null;
  } catch {
    return null;
  }
}

/** Keeps this tab's class. */
export function keepClass(kept: KeptClass): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(kept));
  } catch {
    // Not kept: a reload leaves the class, nothing else changes.
  }
}

/** Forgets this tab's class (ended, or left). */
export function forgetClass(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing was kept.
  }
}

/** The teacher's credentials kept for this tab, to resume that class. */
export function keptTeacher(): ClassCredentials | undefined {
  const kept = readKeptClass();
  return kept?.role === 'teacher' ? { code: kept.code, secret: kept.secret } : undefined;
}

/** The student id kept for class `code` in this tab. */
export function keptStudentId(code: string): string | undefined {
  const kept = readKeptClass();
  return kept?.role === 'student' && kept.code === code ? kept.studentId : undefined;
}
