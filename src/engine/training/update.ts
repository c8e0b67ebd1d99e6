import type { NetworkScenario } from '../network/types';
import { paramRefs, paramValue, type ParamRef } from './params';

/** One row of the step table: θᵗ, the change −η·∂L/∂θ and θᵗ⁺¹ of one parameter. */
export interface UpdateRow {
  readonly ref: ParamRef;
  readonly value: number;
  readonly gradient: number;
  readonly change: number;
  /** θ − η·∂L/∂θ, computed as the trainer computes it (so it is θᵗ⁺¹ exactly). */
  readonly next: number;
}

/** The update θᵗ⁺¹ = θᵗ − η∇L(θᵗ), parameter by parameter, in {@link paramRefs} order. */
export function updateRows(
  theta: NetworkScenario,
  gradient: {
    readonly dW: readonly (readonly (readonly number[])[])[];
    readonly db: readonly (readonly number[])[];
  },
): UpdateRow[] {
  const eta = theta.learningRate;
  return paramRefs(theta.layers).map((ref) => {
    const value = paramValue(theta, ref);
    const g =
      ref.kind === 'w'
        ? (gradient.dW[ref.layer]?.[ref.j]?.[ref.k] ?? NaN)
        : (gradient.db[ref.layer]?.[ref.j] ?? NaN);
    return { ref, value, gradient: g, change: -eta * g, next: value - eta * g };
  });
}
