import { useEffect, useRef, useState } from 'react';

/** Typesets TeX into an element (KaTeX, loaded on first use). */
export type TexRender = (tex: string, element: HTMLElement) => void;

/**
 * KaTeX's renderer, once its chunk has loaded: null until then (and for good if it cannot
 * load), when TeX shows as plain text. KaTeX and its fonts stay out of the initial bundle.
 */
export function useTexRender(): TexRender | null {
  const [render, setRender] = useState<TexRender | null>(null);
  useEffect(() => {
    let cancelled = false;
    import('./katexRender')
      .then((module) => {
        module.warmUp();
        if (!cancelled) setRender(() => module.renderTex);
      })
      .catch(() => undefined); // plain-text TeX stays readable if the chunk cannot load
    return () => {
      cancelled = true;
    };
  }, []);
  return render;
}

/** One display formula: typeset once KaTeX has loaded, plain TeX before. */
export function TexLine({
  tex,
  render,
  className = 'formula-line',
}: {
  tex: string;
  render: TexRender | null;
  className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current !== null && render !== null) render(tex, ref.current);
  }, [tex, render]);
  return (
    <div ref={ref} className={className} data-tex={tex}>
      {tex}
    </div>
  );
}
