import type { ReactNode } from 'react';
import { ISOLATE_END, ISOLATE_START } from '../../engine';

/**
 * A message whose quoted user text sits between Unicode isolates (U+2068 … U+2069, see
 * i18n/issues/render.ts): each quote is rendered as `<bdi>`, so right-to-left letters or
 * direction controls in what someone typed cannot rearrange the sentence around it. The
 * isolate characters themselves are left out: `<bdi>` isolates, and the text reads clean.
 */
export function MessageText({ text }: { readonly text: string }) {
  const parts: ReactNode[] = [];
  let rest = text;
  for (let i = 0; rest !== ''; i++) {
    const start = rest.indexOf(ISOLATE_START);
    const end = start < 0 ? -1 : rest.indexOf(ISOLATE_END, start + 1);
    if (start < 0 || end < 0) {
      parts.push(rest);
      break;
    }
    if (start > 0) parts.push(rest.slice(0, start));
    parts.push(<bdi key={i}>{rest.slice(start + 1, end)}</bdi>);
    rest = rest.slice(end + 1);
  }
  return <>{parts}</>;
}
