import { useState } from 'react';
import { formatJoinCode } from '../../class/credentials';
import { joinLink } from '../../class/serverUrls';
import { useActions, useAppState } from '../../store/StoreProvider';
import { MAX_LINK_LENGTH } from '../../store/url/readableLink';
import { useT } from '../common/hooks';
import { ClassAnswers } from './ClassAnswers';
import { ConnectionLine } from './ConnectionLine';
import { QrCode } from '../share/QrCode';
import { useTeacherClass } from './useTeacherClass';

/** A page on this computer only: phones cannot open its join link (npm start prints the LAN address). */
const LOCAL_HOST = /^(localhost|127\.|\[::1\]|0\.0\.0\.0)/;

/**
 * The teacher's class panel: the join code and a QR code of the join link big enough for
 * the back of a lecture hall, how many students are connected, "follow me", End class, and
 * the class's answers to the open question.
 */
export function TeacherPanel() {
  const t = useT();
  const live = useAppState((s) => s.liveClass);
  const { setClassFollowing } = useActions();
  const { reveal, end } = useTeacherClass();
  const [collapsed, setCollapsed] = useState(false);
  if (live === null) return null;
  const code = live.code ?? '';
  const link = code === '' ? '' : joinLink(window.location.href, code);
  const connected = live.connection === 'connected';
  return (
    <aside
      className={`class-panel class-teacher${collapsed ? ' collapsed' : ''}`}
      aria-labelledby="class-title"
      data-testid="class-panel"
      data-role="teacher"
      data-code={code}
      data-connected={String(connected)}
      data-students={live.students}
      data-following={String(live.following)}
    >
      <header className="class-head">
        <h2 id="class-title">{t('class.teacherTitle')}</h2>
        <button type="button" className="class-collapse" onClick={() => setCollapsed(!collapsed)}>
          {collapsed ? t('class.show') : t('class.hide')}
        </button>
      </header>
      {code !== '' && (
        <p className="class-code" data-testid="class-code">
          {formatJoinCode(code)}
        </p>
      )}
      {!collapsed && (
        <>
          <ConnectionLine live={live} />
          {live.unsent !== null && (
            <p className="share-warning small" role="alert" data-testid="class-unsent">
              {live.unsent > MAX_LINK_LENGTH
                ? t('class.unsentTooLarge', { max: Math.floor(MAX_LINK_LENGTH / 1024) })
                : t('class.unsent')}
            </p>
          )}
          {link !== '' && (
            <>
              <QrCode text={link} label={t('class.qr')} testId="class-qr" className="class-qr" />
              <p className="class-join-at muted small">
                {t('class.joinAt', { url: new URL(link).host })}
              </p>
              {LOCAL_HOST.test(window.location.hostname) && (
                <p className="share-warning small">{t('share.local')}</p>
              )}
            </>
          )}
          <p className="class-students" data-testid="class-students">
            {t('class.students', { count: live.students })}
          </p>
          <label className="class-switch">
            <input
              type="checkbox"
              role="switch"
              checked={live.following}
              data-testid="class-follow-me"
              onChange={(e) => setClassFollowing(e.currentTarget.checked)}
            />
            {t('class.followMe')}
          </label>
          {!live.following && <p className="muted small">{t('class.followMeExplain')}</p>}
          <ClassAnswers live={live} onReveal={reveal} />
          <button type="button" className="class-end" data-testid="class-end" onClick={end}>
            {t('class.end')}
          </button>
        </>
      )}
    </aside>
  );
}
