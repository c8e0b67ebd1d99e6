import { useState } from 'react';
import { formatJoinCode } from '../../class/credentials';
import { useActions, useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';
import { ClassQuestionForm } from './ClassQuestionForm';
import { ConnectionLine } from './ConnectionLine';
import { useStudentClass } from './useStudentClass';

/**
 * The student's class panel: the class, whether the app follows the teacher, one tap to
 * explore on my own or follow again, and the teacher's question when one is asked.
 */
export function StudentPanel({ code }: { code: string }) {
  const t = useT();
  const live = useAppState((s) => s.liveClass);
  const { setClassFollowing } = useActions();
  const { leave } = useStudentClass(code);
  const [collapsed, setCollapsed] = useState(false);
  if (live === null) return null;
  const over = live.connection === 'ended' || live.connection === 'refused';
  return (
    <aside
      className={`class-panel class-student${collapsed ? ' collapsed' : ''}`}
      aria-labelledby="class-title"
      data-testid="class-panel"
      data-role="student"
      data-code={code}
      data-connected={String(live.connection === 'connected')}
      data-following={String(live.following)}
    >
      <header className="class-head">
        <h2 id="class-title">{t('class.studentTitle', { code: formatJoinCode(code) })}</h2>
        <button type="button" className="class-collapse" onClick={() => setCollapsed(!collapsed)}>
          {collapsed ? t('class.show') : t('class.hide')}
        </button>
      </header>
      <ConnectionLine live={live} />
      {!over && (
        <p className="class-follow">
          <span className="muted">
            {live.following ? t('class.following') : t('class.exploring')}
          </span>
          <button
            type="button"
            className="primary"
            data-testid="class-follow"
            onClick={() => setClassFollowing(!live.following)}
          >
            {live.following ? t('class.explore') : t('class.followTeacher')}
          </button>
        </p>
      )}
      {!collapsed && !over && <ClassQuestionForm live={live} />}
      {(over || !collapsed) && (
        <button type="button" className="class-leave" onClick={leave}>
          {t('class.leave')}
        </button>
      )}
    </aside>
  );
}
