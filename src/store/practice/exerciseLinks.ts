import type { LinkedState } from '../url/linkFields';
import { withVariant } from './variant';

/**
 * The state an exercise link carries for variant `number`: the scene's scenario drawn as
 * that variant (the link holds the numbers themselves, so it opens to them anywhere),
 * or `linked` itself when there is no such variant (a graph without friendly inputs).
 */
export function linkedVariant(linked: LinkedState, number: number): LinkedState {
  return withVariant(linked, number) ?? linked;
}

/** One link state per row of the class: variants 1 … rows. */
export function rowVariants(linked: LinkedState, rows: number): LinkedState[] {
  return Array.from({ length: rows }, (_, i) => linkedVariant(linked, i + 1));
}
