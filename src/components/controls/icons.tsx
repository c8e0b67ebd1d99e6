/**
 * Stepper icons as inline SVG: glyphs such as ⏮ are missing from many system fonts
 * (projectors, school laptops), and an icon must never render as a box.
 */
const PATHS = {
  start: 'M5 4h2v16H5zM20 4v16L9 12z',
  previous: 'M16 4v16L5 12z',
  play: 'M7 4v16l13-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  next: 'M8 4v16l11-8z',
  end: 'M17 4h2v16h-2zM4 4v16l11-8z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
