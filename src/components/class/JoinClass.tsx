import { useState } from 'react';
import { normalizeJoinCode } from '../../class/credentials';
import { useActions, useAppState } from '../../store/StoreProvider';
import { useT } from '../common/hooks';

/**
 * The Share dialog's class part: "Start a class" for the teacher, and a field to type a
 * class code for a student. The panel that opens says when there is no class server.
 */
export function ClassShareSection({ onDone }: { onDone: () => void }) {
  const t = useT();
  const inClass = useAppState((s) => s.liveClass !== null);
  const { startTeaching, joinAsStudent } = useActions();
  const [typed, setTyped] = useState('');
  const [bad, setBad] = useState(false);
  if (inClass) return null;
  return (
    <section className="class-share" aria-labelledby="class-share-title">
      <h3 id="class-share-title">{t('class.teacherTitle')}</h3>
      <p className="muted small">{t('class.startExplain')}</p>
      <button
        type="button"
        className="primary"
        data-testid="class-start"
        onClick={() => {
          startTeaching();
          onDone();
        }}
      >
        {t('class.start')}
      </button>
      <form
        className="class-join"
        onSubmit={(e) => {
          e.preventDefault();
          const code = normalizeJoinCode(typed);
          setBad(code === null);
          if (code === null) return;
          joinAsStudent(code);
          onDone();
        }}
      >
        <label>
          {t('class.codeLabel')}{' '}
          <input
            value={typed}
            autoCapitalize="characters"
            autoComplete="off"
            maxLength={32}
            data-testid="class-code-input"
            aria-invalid={bad}
            onChange={(e) => setTyped(e.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit" data-testid="class-join">
          {t('class.joinButton')}
        </button>
        {bad && (
          <p className="share-warning" role="alert">
            {t('class.badCode')}
          </p>
        )}
      </form>
    </section>
  );
}
