/** How a timeline phase shows its name: in full, short ("Back", "反向"), or not at all. */
export type LabelFit = 'full' | 'short' | 'none';

/** A phase's label: the widths (CSS px) of its two names and the room its band gives it. */
export interface LabelRoom {
  readonly full: number;
  readonly short: number;
  readonly room: number;
}

/**
 * The longest name of each phase that fits inside its own band, so that no two labels ever
 * touch (a one-step phase, the cost, gets its symbol C, or nothing on a phone). `gap` is
 * kept clear at the band's end.
 */
export function fitLabels(labels: readonly LabelRoom[], gap = 4): LabelFit[] {
  return labels.map(({ full, short, room }) =>
    full + gap <= room ? 'full' : short + gap <= room ? 'short' : 'none',
  );
}
