import type { Operand, Trace, TraceStep } from '../../engine';
import { toCsv } from './csv';

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
export function traceRecords(
  trace: Trace,
  describe: (step: TraceStep, index: number) => StepText,
): TraceRecord[] {
  return trace.steps.map((step, index) => {
    const { narration, formula } = describe(step, index);
    return {
      step: index + 1,
      phase: step.phase,
      kind: step.kind,
      narration,
      formula,
      operands: step.operands,
      resultSymbol: step.resultSymbol,
      result: step.result,
    };
  });
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
 * The trace as CSV: one row per step. Numbers in full precision; symbols in TeX; the
 * formula's lines joined by spaces (each continuation line starts with "="); operands as
 * `symbol=value` separated by "; ". Starts with a byte-order mark, so that spreadsheet
 * programs read the Chinese narration as UTF-8.
 */
export function traceCsv(records: readonly TraceRecord[]): string {
  const rows = records.map((r) => [
    r.step,
    r.phase,
    r.kind,
    r.narration,
    r.formula.join(' '),
    r.operands.map((o) => `${o.symbol}=${String(o.value)}`).join('; '),
    r.resultSymbol,
    String(r.result),
  ]);
  return `\uFEFF${toCsv(CSV_HEADER, rows)}`;
}

/** What the JSON export says about where the trace comes from. */
export interface TraceMeta {
  readonly scene: string;
  readonly language: string;
  readonly cursor: number;
  readonly scenario: unknown;
  readonly sample?: number;
}

/** The trace as pretty-printed JSON: the scenario it belongs to and every step. */
export function traceJson(meta: TraceMeta, records: readonly TraceRecord[]): string {
  const document = {
    app: 'Backprop Circuit',
    ...meta,
    total: records.length,
    steps: records.map((r) => ({
      ...r,
      operands: r.operands.map(({ symbol, value, key }) => ({ symbol, value, key })),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
