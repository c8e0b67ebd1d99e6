import type { GraphAnalysis, GraphNodeResult } from '../../engine';
import { formatNumber, MINUS } from '../../lib/format';
import { textWidth } from './textMetrics';

/**
 * The written-out sum under a node that fans out, while its gradient completes: one line
 * per branch gradient, a rule, and the total. A sum of more than {@link SUM_SHOWN} terms
 * cannot be read anyway: it shows its first terms, one line that says how many are left
 * out, and its last term. Pure: the layout reserves the room, the node draws the lines.
 */

/** Most branch lines written out in full. */
export const SUM_SHOWN = 6;
/** Terms shown before the line that counts the left-out ones, in a long sum. */
const HEAD = 3;

/** Font size and line height of the sum (CSS pixels at scale 1). */
export const SUM_FONT = 14;
export const SUM_LINE = 17;
const PADDING = 12;

export type SumLine =
  | { readonly kind: 'term'; readonly text: string }
  | { readonly kind: 'more'; readonly count: number };

/** A branch gradient as a line of the column addition: the first bare, then ± magnitude. */
const termText = (value: number, first: boolean): string =>
  first ? formatNumber(value) : `${value < 0 ? MINUS : '+'} ${formatNumber(Math.abs(value))}`;

/** The lines of the sum of `values` (the total is written separately). */
export function sumLines(values: readonly number[]): SumLine[] {
  if (values.length <= SUM_SHOWN)
    return values.map((v, i) => ({ kind: 'term', text: termText(v, i === 0) }));
  const last = values[values.length - 1] ?? NaN;
  return [
    ...values.slice(0, HEAD).map((v, i): SumLine => ({ kind: 'term', text: termText(v, i === 0) })),
    { kind: 'more', count: values.length - HEAD - 1 },
    { kind: 'term', text: termText(last, false) },
  ];
}

/** What each branch of a node that fans out sends back to it (0 where none flows). */
export function branchValues(analysis: GraphAnalysis, node: GraphNodeResult): number[] {
  return node.uses.map(({ gate, slot }) => analysis.byId.get(gate)?.contributions[slot] ?? 0);
}

/** The total under the rule. */
export const sumTotal = (node: GraphNodeResult): string => `Σ ${formatNumber(node.grad ?? NaN)}`;

/**
 * The widest the "n more" line can be in either language ("+ ⋯ 995 more", "+ ⋯ 另 995 项"),
 * so that the layout, which knows no language, keeps enough room.
 */
export function moreWidth(count: number): number {
  return textWidth(`+ ⋯ ${count} more`, SUM_FONT);
}

/** Size of the sum's box: as wide as its widest line, one line per term plus the total. */
export function sumBoxSize(
  analysis: GraphAnalysis,
  node: GraphNodeResult,
): { width: number; height: number } {
  const lines = sumLines(branchValues(analysis, node));
  let widest = textWidth(sumTotal(node), SUM_FONT);
  for (const line of lines)
    widest = Math.max(
      widest,
      line.kind === 'term' ? textWidth(line.text, SUM_FONT) : moreWidth(line.count),
    );
  return { width: widest + 20, height: (lines.length + 1) * SUM_LINE + PADDING };
}
