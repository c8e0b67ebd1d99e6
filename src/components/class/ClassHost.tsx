import { useEffect } from 'react';
import { normalizeJoinCode } from '../../class/credentials';
import { useActions, useAppState } from '../../store/StoreProvider';
import { readKeptClass } from './classSession';
import { StudentPanel } from './StudentPanel';
import { TeacherPanel } from './TeacherPanel';
import './class.css';

/** `?class=teach` starts a class; `?class=CODE` joins one. */
export const CLASS_PARAM = 'class';
export const TEACH = 'teach';

/**
 * Opens the live class the page was asked for (`?class=…`, or this tab's class after a
 * reload) and shows its panel, which owns the connection.
 */
export function ClassHost() {
  const role = useAppState((s) => s.liveClass?.role ?? null);
  const code = useAppState((s) => s.liveClass?.code ?? null);
  const { startTeaching, joinAsStudent } = useActions();

  useEffect(() => {
    const asked = new URLSearchParams(window.location.search).get(CLASS_PARAM);
    const kept = readKeptClass();
    // A teacher's reload returns to this tab's class (useTeacherClass resumes it).
    if (asked === TEACH) startTeaching();
    else if (asked !== null) joinAsStudent(normalizeJoinCode(asked) ?? asked);
    else if (kept?.role === 'teacher') startTeaching();
    else if (kept?.role === 'student') joinAsStudent(kept.code);
  }, [startTeaching, joinAsStudent]);

  if (role === 'teacher') return <TeacherPanel />;
  if (role === 'student' && code !== null) return <StudentPanel key={code} code={code} />;
  return null;
}
