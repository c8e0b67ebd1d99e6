import { useEffect, useRef } from 'react';

/** A short piece of TeX (a question's symbol, `\delta_{5}`), typeset by KaTeX (loaded lazily). */
export function TexSymbol({ tex }: { tex: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let current = true;
    void import('../formula/katexRender').then(({ renderTex }) => {
      if (current && ref.current !== null) renderTex(tex, ref.current);
    });
    return () => {
      current = false;
    };
  }, [tex]);
  return <span className="class-tex" ref={ref} />;
}
