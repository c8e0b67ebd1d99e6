import type { Box } from './layout';

/**
 * The kinds of screen the network diagram chooses its sizes for: a projector (presenter
 * mode), a narrow panel (a phone, a small embed, a split screen), or a regular one.
 */
export type LayoutType = 'presenter' | 'narrow' | 'regular';

/** Panels narrower than this get the narrow layout: smaller type, margins and gaps. */
export const NARROW_BELOW = 640;

export function layoutType(box: Box, presenter: boolean): LayoutType {
  if (presenter) return 'presenter';
  return box.width < NARROW_BELOW ? 'narrow' : 'regular';
}
