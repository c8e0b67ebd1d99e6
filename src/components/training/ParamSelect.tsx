import type { ParamRef } from '../../engine';
import { paramText } from './paramText';

/** A select of every parameter of the network, by its lecture name. */
export function ParamSelect({
  label,
  layers,
  refs,
  value,
  onChange,
  testId,
}: {
  label: string;
  layers: readonly number[];
  refs: readonly ParamRef[];
  value: ParamRef;
  onChange: (ref: ParamRef) => void;
  testId: string;
}) {
  return (
    <label className="param-select">
      <span>{label}</span>
      <select
        value={value.id}
        data-testid={testId}
        onChange={(e) => {
          const ref = refs.find((r) => r.id === e.target.value);
          if (ref !== undefined) onChange(ref);
        }}
      >
        {refs.map((ref) => (
          <option key={ref.id} value={ref.id}>
            {paramText(layers, ref)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The ref with this id, or `fallback` when the network no longer has it. */
export function findRef(
  refs: readonly ParamRef[],
  id: string | null,
  fallback: ParamRef,
): ParamRef {
  return refs.find((r) => r.id === id) ?? fallback;
}
