import { useSyncExternalStore } from 'react';
import { useAppState } from '../../store/StoreProvider';
import { layoutFor, type Layout, type Viewport } from './layouts';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};

// Snapshots are numbers, which useSyncExternalStore compares by value. They are the layout
// viewport's size (what the stylesheet's media queries see), not innerWidth: on a phone,
// innerWidth is the visual viewport, which grows at once when content overflows, so a
// layout that overflowed would switch the layout within the same commit, and back again.
const width = (): number => document.documentElement.clientWidth || window.innerWidth;
const height = (): number => document.documentElement.clientHeight || window.innerHeight;

/**
 * The viewport's size in CSS pixels, re-read when the window is resized or turned.
 *
 * @example const { width } = useViewport();
 */
export function useViewport(): Viewport {
  return {
    width: useSyncExternalStore(subscribe, width),
    height: useSyncExternalStore(subscribe, height),
  };
}

/**
 * The page's layout (layouts.ts): from the viewport, presenter mode and embedding.
 *
 * @example const phone = useLayout() === 'phone';
 */
export function useLayout(): Layout {
  const { width: w, height: h } = useViewport();
  const presenter = useAppState((s) => s.presenter);
  const embed = useAppState((s) => s.embed);
  return layoutFor({ width: w, height: h }, { presenter, embed });
}
