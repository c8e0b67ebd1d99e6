import type { MessageKey } from '../../i18n/en';
import type { LiveClass } from '../../store/class/types';
import { useT } from '../common/hooks';

/** The connection's state in words, with why a refused one was refused. */
export function ConnectionLine({ live }: { live: LiveClass }) {
  const t = useT();
  const key: MessageKey =
    live.connection === 'refused' && live.refusal !== null
      ? `class.refusal.${live.refusal}`
      : `class.status.${live.connection}`;
  return (
    <p
      className={`class-status class-status-${live.connection}`}
      role="status"
      data-testid="class-status"
      data-state={live.connection}
    >
      {t(key)}
    </p>
  );
}
