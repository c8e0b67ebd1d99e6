import { formatChange, formatNumber, subscript } from '../../lib/format';

/**
 * The text of every label the network diagram draws, in one place: the components write
 * these, and the label placement reserves room for the longest each can become. The
 * notation is the lecture's and reads the same in both languages.
 */

const show = (v: number | undefined, digits?: number) =>
  v === undefined ? '' : ` = ${formatNumber(v, digits)}`;

/** Above an input (x₁) or a neuron (z₃ = 1.84 once computed). */
export function neuronSymbolText(input: boolean, n: number, z?: number): string {
  return input ? `x${subscript(n)}` : `z${subscript(n)}${show(z)}`;
}

/**
 * On a weight: its value, and in the update phase its new value (2 → 1.99), with digits
 * enough to show that it moved (1 → 0.99995).
 */
export function weightText(w: number, next?: number): string {
  return next === undefined ? formatNumber(w) : formatChange(w, next).join(' → ');
}

/** On a weight once the gradients are computed: ∂C/∂w, never ∇ (the whole vector). */
export function weightGradientText(grad: number): string {
  return `∂C/∂w = ${formatNumber(grad, 2)}`;
}

/** Under a neuron: its bias, and in the update phase the new bias (as {@link weightText}). */
export function biasText(n: number, b: number, next?: number): string {
  const value = next === undefined ? formatNumber(b) : formatChange(b, next).join(' → ');
  return `b${subscript(n)} = ${value}`;
}

export function biasGradientText(grad: number): string {
  return `∂C/∂b = ${formatNumber(grad, 2)}`;
}

/** Above an op-amp: its output δ = ∂C/∂z. */
export function deltaText(n: number, delta?: number): string {
  return `δ${subscript(n)}${show(delta)}`;
}

/** The op-amp's input: ∂C/∂a of a hidden neuron, ∂C/∂y of an output (y = a there). */
export function ampInputText(output: boolean, n: number, value: number): string {
  return `∂C/∂${output ? 'y' : 'a'}${subscript(n)} = ${formatNumber(value)}`;
}

/** Inside an op-amp: its gain σ′(z), once known. */
export function gainText(gain?: number): string {
  return gain === undefined ? '×σ′' : `×${formatNumber(gain, 2)}`;
}

/** Beside output j: the target of the current sample. */
export function targetText(j: number, y?: number): string {
  return `ŷ${subscript(j + 1)} = ${y === undefined ? '—' : formatNumber(y)}`;
}

/** The lecture's circled fact on a weight in use: ∂z/∂w is its input. */
export function dzdwText(input: number): string {
  return `∂z/∂w = ${formatNumber(input)}`;
}

/** Inside a neuron: a, once computed (σ before; nothing inside an input without a value). */
export function neuronValueText(input: boolean, a?: number): string {
  return a === undefined ? (input ? '' : 'σ') : formatNumber(a);
}

/** Inside the cost block. */
export function costText(value?: number): string {
  return `C${show(value)}`;
}
