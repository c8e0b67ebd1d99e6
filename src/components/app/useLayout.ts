import { useEffect, useState } from 'react';
import { useAppState } from '../../store/StoreProvider';
import { layoutFor, type Layout, type Viewport } from './layouts';

// The layout viewport's size (what the stylesheet's media queries see), not innerWidth: on
// a phone, innerWidth is the visual viewport, which grows at once when content overflows,
// so a layout that overflowed would switch the layout within the same commit, and back.
const read = (): Viewport => ({
  width: document.documentElement.clientWidth || window.innerWidth,
  height: document.documentElement.clientHeight || window.innerHeight,
});

/**
 * The viewport's size in CSS pixels, read when the component mounts and again when the
 * window is resized or turned. It is kept, not read at each render: reading clientWidth
 * after a step has changed the diagram forces the browser to lay the whole page out inside
 * the key press (10–16 ms of a → press on the 12 × 64 network).
 *
 * @example const { width } = useViewport();
 */
export function useViewport(): Viewport {
  const [size, setSize] = useState(read);
  useEffect(() => {
    const update = () => {
      const now = read();
      setSize((old) => (now.width === old.width && now.height === old.height ? old : now));
    };
    window.addEventListener('resize', update);
    update(); // a resize between the first render and this effect
    return () => window.removeEventListener('resize', update);
  }, []);
  return size;
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
