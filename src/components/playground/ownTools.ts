import type { CsvProblem } from '../../engine/playground/csv';
import type { Problem } from '../../engine';
import { assertNever } from '../../lib/assertNever';
import type { PointSet } from '../../store/playground/ownEdits';

/**
 * The own-data tools' choices: what a tap on the plane does, the label a new point gets
 * (a class, or a regression target), and the set it joins. Page state only: none of it
 * is data, so none of it is in links.
 */
export type OwnTool = 'add' | 'erase';
export type LabelChoice = 'neg' | 'pos' | 'value';

export interface OwnTools {
  readonly tool: OwnTool;
  readonly label: LabelChoice;
  /** The regression target used when `label` is `value` (−2 … 2). */
  readonly value: number;
  readonly target: PointSet;
}

export const DEFAULT_TOOLS: OwnTools = { tool: 'add', label: 'pos', value: 0.5, target: 'train' };

/** The range of a regression target a new point can get (as a CSV file's labels). */
export const VALUE_RANGE = { min: -2, max: 2, step: 0.1 } as const;

/** The label a new point gets. */
export function labelOf(tools: OwnTools): number {
  switch (tools.label) {
    case 'neg':
      return -1;
    case 'pos':
      return 1;
    case 'value':
      return tools.value;
    default:
      return assertNever(tools.label);
  }
}

/** What the last file import did, shown under the file buttons (null: nothing yet). */
export type ImportReport =
  | {
      readonly kind: 'imported';
      readonly name: string;
      readonly count: number;
      /** What the labels make of the data: two classes, or regression targets. */
      readonly problem: Problem;
      /** Labels 0 and 1 were read as the classes −1 and 1. */
      readonly zeroOneClasses: boolean;
    }
  | { readonly kind: 'refused'; readonly name: string; readonly problems: readonly CsvProblem[] }
  | { readonly kind: 'unreadable'; readonly name: string };
