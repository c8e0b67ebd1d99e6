import { mulberry32 } from '../random';
import type { Matrix } from './types';

/**
 * Draws weights and biases from a seed, the same every time.
 *
 * Weights: Glorot (Xavier) uniform, w ~ U(−r, r) with r = √(6 / (fan-in + fan-out)), which
 * keeps sigmoid and tanh units away from saturation at the start. Each weight is then
 * rounded to two decimals so that the numbers fit on the diagram and can be checked by
 * hand. Biases start at 0. Layers are drawn in order, row by row (j, then k).
 */
export function initialiseParameters(
  layers: readonly number[],
  seed: number,
): { weights: Matrix[]; biases: Matrix } {
  const random = mulberry32(seed);
  const weights: Matrix[] = [];
  const biases: number[][] = [];
  for (let l = 0; l + 1 < layers.length; l++) {
    const fanIn = layers[l] as number;
    const fanOut = layers[l + 1] as number;
    const r = Math.sqrt(6 / (fanIn + fanOut));
    const matrix: number[][] = [];
    for (let j = 0; j < fanOut; j++) {
      const row: number[] = [];
      for (let k = 0; k < fanIn; k++) {
        const w = Math.round((2 * random() - 1) * r * 100) / 100;
        row.push(w === 0 ? 0 : w); // no −0 on screen
      }
      matrix.push(row);
    }
    weights.push(matrix);
    biases.push(new Array<number>(fanOut).fill(0));
  }
  return { weights, biases };
}
