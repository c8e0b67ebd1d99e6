import type { Operand, Trace, TraceStep } from '../../engine';
import { csvRow, toCsv } from './csv';
import { inSlices, type Slicing } from './slices';

export type { Slicing } from './slices';

/** What a step says and shows, in the current language: its narration and formula (TeX lines). */
export interface StepText {
  readonly narration: string;
  readonly formula: readonly string[];
}

/** One step of the trace, as the CSV and JSON exports write it. */
export interface TraceRecord {
  /** 1-based: the step that has run when the cursor is at `step`. */
  readonly step: number;
  readonly phase: TraceStep['phase'];
  readonly kind: string;
  readonly narration: string;
  readonly formula: readonly string[];
  readonly operands: readonly Operand[];
  readonly resultSymbol: string;
  readonly result: number;
}

/** Every step of `trace`, with the words `describe` gives each (step index is 0-based). */
export async function traceRecords(
  trace: Trace,
  describe: (step: TraceStep, index: number) => StepText,
  slicing: Slicing = {},
): Promise<TraceRecord[]> {
  const records: TraceRecord[] = [];
  const { steps } = trace;
  await inSlices(
    steps.length,
    (index) => {
      const step = steps[index];
      if (step === undefined) return;
      const { narration, formula } = describe(step, index);
      records.push({
        step: index + 1,
        phase: step.phase,
        kind: step.kind,
        narration,
        formula,
        operands: step.operands,
        resultSymbol: step.resultSymbol,
        result: step.result,
      });
    },
    slicing,
  );
  return records;
}

export const CSV_HEADER = [
  'step',
  'phase',
  'kind',
  'narration',
  'formula',
  'operands',
  'result_symbol',
  'result',
] as const;

/**
 * The trace as CSV, in parts to join (or to hand to a Blob): one row per step. Numbers in
 * full precision; symbols in TeX; the formula's lines joined by spaces (each continuation
 * line starts with "="); operands as `symbol=value` separated by "; ". Starts with a
 * byte-order mark, so that spreadsheet programs read the Chinese narration as UTF-8.
 */
export async function traceCsv(
  records: readonly TraceRecord[],
  slicing: Slicing = {},
): Promise<string[]> {
  const parts = [`\uFEFF${toCsv(CSV_HEADER, [])}`];
  await inSlices(
    records.length,
    (i) => {
      const r = records[i];
      if (r === undefined) return;
      parts.push(
        csvRow([
          r.step,
          r.phase,
          r.kind,
          r.narration,
          r.formula.join(' '),
          r.operands.map((o) => `${o.symbol}=${String(o.value)}`).join('; '),
          r.resultSymbol,
          String(r.result),
        ]),
      );
    },
    slicing,
  );
  return parts;
}

/** What the JSON export says about where the trace comes from. */
export interface TraceMeta {
  readonly scene: string;
  readonly language: string;
  readonly cursor: number;
  readonly scenario: unknown;
  readonly sample?: number;
}

/**
 * The trace as pretty-printed JSON, in parts to join: the scenario it belongs to and every
 * step. The same text as `JSON.stringify(document, null, 2)`, written a step at a time.
 */
export async function traceJson(
  meta: TraceMeta,
  records: readonly TraceRecord[],
  slicing: Slicing = {},
): Promise<string[]> {
  const head = JSON.stringify({ app: 'Backprop Circuit', ...meta, total: records.length }, null, 2);
  if (records.length === 0) return [`${head.slice(0, -2)},\n  "steps": []\n}\n`];
  const parts = [`${head.slice(0, -2)},\n  "steps": [\n`];
  await inSlices(
    records.length,
    (i) => {
      const r = records[i];
      if (r === undefined) return;
      const step = {
        ...r,
        operands: r.operands.map(({ symbol, value, key }) => ({ symbol, value, key })),
      };
      // Each line of the step, indented as it sits in the document (two levels down).
      const text = JSON.stringify(step, null, 2).replace(/\n/g, '\n    ');
      parts.push(`    ${text}${i + 1 < records.length ? ',' : ''}\n`);
    },
    slicing,
  );
  parts.push('  ]\n}\n');
  return parts;
}
