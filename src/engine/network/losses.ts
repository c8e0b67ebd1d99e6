import { assertNever } from '../../lib/assertNever';
import type { Loss } from './types';

/**
 * Cost of one example and its gradient with respect to the network's outputs a.
 *
 * `softmax-ce` treats the outputs as logits: C = −Σ y log softmax(a)ᵢ, whose gradient
 * with respect to the logits is softmax(a) − y when the targets sum to 1. The output layer is linear there, so this
 * is also ∂C/∂z of the output layer.
 */
export function lossValue(loss: Loss, a: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = a.length;
  let sum = 0;
  switch (loss) {
    case 'half-sse':
    case 'sse':
    case 'mse': {
      for (let i = 0; i < n; i++) {
        const d = (a[i] as number) - (y[i] as number);
        sum += d * d;
      }
      return loss === 'half-sse' ? sum / 2 : loss === 'sse' ? sum : sum / n;
    }
    case 'bce': {
      for (let i = 0; i < n; i++) {
        const ai = a[i] as number;
        const yi = y[i] as number;
        // 0·log 0 is taken as 0, so a perfect prediction costs exactly 0.
        if (yi !== 0) sum -= yi * Math.log(ai);
        if (yi !== 1) sum -= (1 - yi) * Math.log(1 - ai);
      }
      return sum;
    }
    case 'softmax-ce': {
      const lse = logSumExp(a);
      for (let i = 0; i < n; i++) {
        const yi = y[i] as number;
        if (yi !== 0) sum -= yi * ((a[i] as number) - lse);
      }
      return sum;
    }
    default:
      return assertNever(loss);
  }
}

/** Writes ∂C/∂a into `out` (which may be a preallocated buffer). */
export function lossGradient(
  loss: Loss,
  a: ArrayLike<number>,
  y: ArrayLike<number>,
  out: { [i: number]: number; length: number },
): void {
  const n = a.length;
  switch (loss) {
    case 'half-sse':
      for (let i = 0; i < n; i++) out[i] = (a[i] as number) - (y[i] as number);
      return;
    case 'sse':
      for (let i = 0; i < n; i++) out[i] = 2 * ((a[i] as number) - (y[i] as number));
      return;
    case 'mse':
      for (let i = 0; i < n; i++) out[i] = (2 * ((a[i] as number) - (y[i] as number))) / n;
      return;
    case 'bce':
      for (let i = 0; i < n; i++) {
        const ai = a[i] as number;
        out[i] = (ai - (y[i] as number)) / (ai * (1 - ai));
      }
      return;
    case 'softmax-ce': {
      // ∂/∂aᵢ of −Σ yⱼ (aⱼ − lse) is (Σ yⱼ)·pᵢ − yᵢ; for a one-hot y that is pᵢ − yᵢ.
      const lse = logSumExp(a);
      let total = 0;
      for (let i = 0; i < n; i++) total += y[i] as number;
      for (let i = 0; i < n; i++)
        out[i] = total * Math.exp((a[i] as number) - lse) - (y[i] as number);
      return;
    }
    default:
      return assertNever(loss);
  }
}

/** log Σ e^aᵢ, shifted by the maximum so that large logits do not overflow. */
export function logSumExp(a: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < a.length; i++) max = Math.max(max, a[i] as number);
  if (!Number.isFinite(max)) return max;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.exp((a[i] as number) - max);
  return max + Math.log(sum);
}
