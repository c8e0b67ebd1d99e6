import { GRAPH_PRESETS, type GraphPresetId, type GraphScenario } from '../../engine';
import { useT } from '../common/hooks';

/** The lecture's and its references' examples, one click each. */
export function PresetBar({
  current,
  onPick,
}: {
  current: GraphScenario;
  onPick: (id: GraphPresetId) => void;
}) {
  const t = useT();
  return (
    <div className="preset-bar" role="group" aria-label={t('graph.presets')}>
      <span className="preset-title">{t('graph.presets')}</span>
      {GRAPH_PRESETS.map((preset) => {
        const selected =
          preset.expression === current.expression &&
          Object.entries(preset.inputs).every(([k, v]) => current.inputs[k] === v);
        return (
          <button
            key={preset.id}
            type="button"
            className="preset"
            data-testid={`preset-${preset.id}`}
            aria-pressed={selected}
            onClick={() => onPick(preset.id)}
          >
            {t(`graph.preset.${preset.id}`)}
          </button>
        );
      })}
    </div>
  );
}
