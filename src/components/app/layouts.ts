/**
 * The page's layouts and where each puts things. A layout is found from the viewport's size
 * (and presenter or embed mode), never from the user agent: a laptop window made narrow gets
 * the phone layout, a tablet on its side the laptop one. `useLayout` reads it in components;
 * the stylesheet keys its rules on `.app[data-layout=…]`, so these breakpoints are the only
 * ones.
 */

export const LAYOUTS = [
  'phone',
  'phone-landscape',
  'tablet',
  'laptop',
  'desktop',
  'presenter',
  'embed',
] as const;
export type Layout = (typeof LAYOUTS)[number];

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

/** Widths and heights (CSS px) where one layout hands over to the next. */
export const BREAKPOINTS = {
  /** Narrower than this: a phone held upright (390 × 844). */
  phoneWidth: 600,
  /** Lower than this and narrower than `landscapeWidth`: a phone on its side (844 × 390). */
  landscapeHeight: 500,
  landscapeWidth: 1024,
  /** Narrower than this: a tablet (820 × 1180) or a small window. */
  tabletWidth: 1100,
  /** Narrower than this: a laptop (1366 × 768, 1440 × 900); wider: a desktop. */
  laptopWidth: 1600,
} as const;

/**
 * The layout for a viewport. Embedding wins over presenter mode (an iframe cannot go full
 * screen), and both over the size classes.
 */
export function layoutFor(
  viewport: Viewport,
  mode: { readonly presenter: boolean; readonly embed: boolean },
): Layout {
  if (mode.embed) return 'embed';
  if (mode.presenter) return 'presenter';
  const { width, height } = viewport;
  if (width < BREAKPOINTS.phoneWidth) return 'phone';
  if (height < BREAKPOINTS.landscapeHeight && width < BREAKPOINTS.landscapeWidth)
    return 'phone-landscape';
  if (width < BREAKPOINTS.tabletWidth) return 'tablet';
  return width < BREAKPOINTS.laptopWidth ? 'laptop' : 'desktop';
}

/**
 * Where the current step's formula and narration go: in the scene's side panels, on a card
 * pinned above the stepper (it never scrolls away), or in presenter mode's caption bar.
 */
export type StepTextPlace = 'side' | 'card' | 'caption';

export const STEP_TEXT_PLACE: Readonly<Record<Layout, StepTextPlace>> = {
  phone: 'card',
  'phone-landscape': 'card',
  tablet: 'side',
  laptop: 'side',
  desktop: 'side',
  presenter: 'caption',
  embed: 'card',
};

/** True when the page, not the scene, shows the step's formula and narration. */
export function stepTextInShell(layout: Layout): boolean {
  return STEP_TEXT_PLACE[layout] !== 'side';
}

/** The header's parts. Those a layout has no room for go into its menu. */
export const HEADER_ITEMS = [
  'chapter',
  'share',
  'files',
  'export',
  'present',
  'theme',
  'language',
] as const;
export type HeaderItem = (typeof HEADER_ITEMS)[number];

export interface HeaderPlan {
  /** The parts behind the menu button (none: no menu button). */
  readonly menu: readonly HeaderItem[];
  /** Scene tabs with their short names ("Graph" for "Computational graph"). */
  readonly shortScenes: boolean;
}

const EVERYTHING_IN_MENU = HEADER_ITEMS;

/** The header of each layout; presenter and embed views have none. */
export const HEADER_PLAN: Readonly<Record<Layout, HeaderPlan>> = {
  phone: { menu: EVERYTHING_IN_MENU, shortScenes: true },
  'phone-landscape': { menu: EVERYTHING_IN_MENU, shortScenes: true },
  tablet: { menu: ['chapter', 'files', 'export', 'present', 'theme'], shortScenes: true },
  laptop: { menu: ['files', 'present', 'theme'], shortScenes: true },
  desktop: { menu: [], shortScenes: false },
  presenter: { menu: [], shortScenes: false },
  embed: { menu: [], shortScenes: false },
};

/** Layouts where a chapter's introduction starts folded to its one-line title. */
export const INTRO_FOLDED: Readonly<Record<Layout, boolean>> = {
  phone: true,
  'phone-landscape': true,
  tablet: false,
  laptop: false,
  desktop: false,
  presenter: true,
  embed: true,
};

/**
 * Presenter mode magnifies the computational-graph and gradient-descent scenes as a whole
 * (their panels and charts are laid out in CSS pixels): by this factor they are drawn as on
 * a 1150 × 640 screen, and never smaller than 4/3, so that their smallest text (12 px)
 * reaches 20 px at 1920 × 1080 and 16 px at 1024 × 768. The network scene's diagram sizes
 * itself from its box instead, and the caption and controls from the viewport (app.css).
 */
export function presenterZoom(viewport: Viewport): number {
  const fill = Math.min(viewport.width / 1150, viewport.height / 640);
  // Rounded up, so that 12 px never lands a hair under the target.
  return Math.ceil(Math.max(4 / 3, fill) * 1000) / 1000;
}

/** Layouts whose stepper is one tight row: the step count as 19/61, the speed unlabelled. */
export const COMPACT_CONTROLS: Readonly<Record<Layout, boolean>> = {
  phone: true,
  'phone-landscape': true,
  tablet: false,
  laptop: false,
  desktop: false,
  presenter: false,
  embed: true,
};
