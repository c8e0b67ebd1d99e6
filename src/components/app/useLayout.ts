import { useSyncExternalStore } from 'react';
import { useAppState } from '../../store/StoreProvider';
import { layoutFor, type Layout, type Viewport } from './layouts';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
};

// Snapshots are numbers, which useSyncExternalStore compares by value.
const width = (): number => window.innerWidth;
const height = (): number => window.innerHeight;

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
