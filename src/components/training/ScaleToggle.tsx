import { useT } from '../common/hooks';

/** Linear or log: two pressed-state buttons for a chart's value axis. */
export function ScaleToggle({ log, onChange }: { log: boolean; onChange: (log: boolean) => void }) {
  const t = useT();
  return (
    <div className="scale-toggle" role="group" aria-label={t('training.scale')}>
      <button type="button" aria-pressed={!log} onClick={() => onChange(false)}>
        {t('training.linear')}
      </button>
      <button
        type="button"
        aria-pressed={log}
        onClick={() => onChange(true)}
        data-testid="loss-log"
      >
        {t('training.log')}
      </button>
    </div>
  );
}
