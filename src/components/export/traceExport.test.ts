import { describe, expect, it } from 'vitest';
import { graphExportText } from '../graph/exportText';
import { networkExportText } from '../network/exportText';
import { graphSnapshot, networkSnapshot } from './snapshots.testing';
import { CSV_HEADER, traceCsv, traceJson, traceRecords } from './traceExport';

/** A small RFC 4180 reader, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

const joined = async (parts: Promise<string[]>) => (await parts).join('');

describe('trace export (lecture network)', async () => {
  const snap = networkSnapshot(0);
  const records = await traceRecords(snap.trace, networkExportText.describer(snap));

  it('has one record per step, numbered from 1', () => {
    expect(records).toHaveLength(61);
    expect(records.map((r) => r.step)).toEqual(Array.from({ length: 61 }, (_, i) => i + 1));
  });

  it('writes a CSV with a header and 61 rows that read back field by field', async () => {
    const csv = await joined(traceCsv(records));
    expect(csv.startsWith('\uFEFFstep,phase,kind,')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(62);
    expect(rows[0]).toEqual([...CSV_HEADER]);
    for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
    const first = rows[1] ?? [];
    expect(first.slice(0, 3)).toEqual(['1', 'forward', 'z']);
    expect(first[3]).toMatch(/^Forward pass, neuron 1: z₁ = 4 is the weighted sum/);
    expect(first[4]).toContain('z_{1} = w_{1,x1}x_{1} + w_{1,x2}x_{2} + b_{1}');
    expect(first[5]).toBe('w_{1,x1}=1; x_{1}=1; w_{1,x2}=-2; x_{2}=-1; b_{1}=1');
    expect(first[7]).toBe('4');
    const cost = rows.find((r) => r[1] === 'cost') ?? [];
    expect(Number(cost[7])).toBe(0.4167981090280999);
  });

  it('quotes the narration, which holds commas', async () => {
    const csv = await joined(traceCsv(records));
    expect(csv).toContain(
      '"Forward pass, neuron 1: z₁ = 4 is the weighted sum of the values entering it, plus its bias',
    );
  });

  it('writes the narration in the snapshot’s language', async () => {
    const zh = networkSnapshot(0, 'zh');
    const zhRecords = await traceRecords(zh.trace, networkExportText.describer(zh));
    const rows = parseCsv((await joined(traceCsv(zhRecords))).slice(1));
    expect(rows[1]?.[3]).toMatch(/[\u4e00-\u9fff]/);
    expect(rows.slice(1).every((r) => (r[3] ?? '').length > 10)).toBe(true);
  });

  it('writes JSON with the scenario and every step, numbers in full precision', async () => {
    const json = JSON.parse(
      await joined(
        traceJson({ scene: 'network', language: 'en', cursor: 0, scenario: snap.network }, records),
      ),
    ) as {
      app: string;
      total: number;
      scenario: { weights: number[][][] };
      steps: { step: number; phase: string; result: number; operands: { symbol: string }[] }[];
    };
    expect(json.app).toBe('Backprop Circuit');
    expect(json.total).toBe(61);
    expect(json.steps).toHaveLength(61);
    expect(json.scenario.weights[0]).toEqual([
      [1, -2],
      [-1, 1],
    ]);
    expect(json.steps.find((s) => s.phase === 'cost')?.result).toBe(0.4167981090280999);
    expect(json.steps[0]?.operands.map((o) => o.symbol)).toEqual([
      'w_{1,x1}',
      'x_{1}',
      'w_{1,x2}',
      'x_{2}',
      'b_{1}',
    ]);
  });
});

describe('trace export (computational graph)', () => {
  it('describes every gate step with its sentence and formula, without the closing line', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const snap = graphSnapshot(0, lang);
      const records = await traceRecords(snap.trace, graphExportText.describer(snap));
      expect(records.length).toBe(snap.trace.steps.length);
      for (const r of records) {
        expect(r.narration.length).toBeGreaterThan(10);
        expect(r.narration).not.toMatch(/\{\w+\}|undefined/);
        expect(r.formula.length).toBeGreaterThan(0);
      }
      const last = records[records.length - 1];
      expect(last?.narration).not.toContain(lang === 'en' ? 'Done' : '完成');
    }
  });
});

describe('a long trace export', () => {
  const snap = networkSnapshot(0);
  const describe_ = networkExportText.describer(snap);
  const meta = { scene: 'network', language: 'en', cursor: 0, scenario: snap.network };

  it('writes the JSON text JSON.stringify writes, also for no steps', async () => {
    const records = await traceRecords(snap.trace, describe_);
    const document = {
      app: 'Backprop Circuit',
      ...meta,
      total: records.length,
      steps: records.map((r) => ({
        ...r,
        operands: r.operands.map(({ symbol, value, key }) => ({ symbol, value, key })),
      })),
    };
    expect(await joined(traceJson(meta, records))).toBe(`${JSON.stringify(document, null, 2)}\n`);
    const none = { app: 'Backprop Circuit', ...meta, total: 0, steps: [] };
    expect(await joined(traceJson(meta, []))).toBe(`${JSON.stringify(none, null, 2)}\n`);
  });

  it('pauses between slices and reports its progress, and writes the same text', async () => {
    // A clock that moves 5 ms at every reading: a slice ends every few steps.
    let clock = 0;
    let pauses = 0;
    const seen: number[] = [];
    const slicing = {
      now: () => (clock += 5),
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
      progress: (done: number) => seen.push(done),
    };
    const sliced = await traceRecords(snap.trace, describe_, slicing);
    expect(pauses).toBeGreaterThan(10);
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen.every((d, i) => i === 0 || d >= (seen[i - 1] ?? 0))).toBe(true);
    const whole = await traceRecords(snap.trace, describe_);
    expect(sliced).toEqual(whole);
    expect(await joined(traceCsv(sliced, slicing))).toBe(await joined(traceCsv(whole)));
    expect(await joined(traceJson(meta, sliced, slicing))).toBe(
      await joined(traceJson(meta, whole)),
    );
  });
});
