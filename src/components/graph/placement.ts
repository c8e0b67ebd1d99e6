import type { LayerItem } from './layering';

/**
 * The vertical half of the graph layout: where each item of a column goes, given the
 * order within the column (./ordering) and the room each item needs above and below its
 * centre. Pure.
 */

/**
 * Least-squares positions for an ordered column: as close as possible to `desired`, in
 * order, each at least `gaps[i]` below the previous one (pool-adjacent-violators). With
 * `weights`, an item of weight w counts w times: a heavy item moves less.
 */
export function placeInOrder(
  desired: readonly number[],
  gaps: readonly number[],
  weights?: readonly number[],
): number[] {
  const n = desired.length;
  // Offsets of each item from the first when every gap is at its minimum.
  const offset = new Float64Array(n);
  for (let i = 1; i < n; i++) offset[i] = (offset[i - 1] ?? 0) + (gaps[i] ?? 0);
  // Blocks of items that must move together: their weighted sum of wishes, their weight
  // and how many items they hold.
  const sum = new Float64Array(n);
  const weight = new Float64Array(n);
  const count = new Int32Array(n);
  let blocks = 0;
  for (let i = 0; i < n; i++) {
    const w = weights?.[i] ?? 1;
    sum[blocks] = w * ((desired[i] ?? 0) - (offset[i] ?? 0));
    weight[blocks] = w;
    count[blocks] = 1;
    blocks++;
    while (blocks > 1) {
      const a = blocks - 2;
      const b = blocks - 1;
      if ((sum[a] ?? 0) / (weight[a] ?? 1) <= (sum[b] ?? 0) / (weight[b] ?? 1)) break;
      sum[a] = (sum[a] ?? 0) + (sum[b] ?? 0);
      weight[a] = (weight[a] ?? 0) + (weight[b] ?? 0);
      count[a] = (count[a] ?? 0) + (count[b] ?? 0);
      blocks--;
    }
  }
  const result = new Array<number>(n);
  let i = 0;
  for (let k = 0; k < blocks; k++) {
    const level = (sum[k] ?? 0) / (weight[k] ?? 1);
    for (let j = 0; j < (count[k] ?? 0); j++, i++) result[i] = level + (offset[i] ?? 0);
  }
  return result;
}

/**
 * A wire between items of adjacent columns: `offset` is that of the port it ends in (the
 * two ends want to be that far apart), `weight` how hard the ends pull on each other.
 */
export interface PlacementLink {
  readonly from: string;
  readonly to: string;
  readonly offset: number;
  readonly weight: number;
}

/** Rounds of left-to-right and right-to-left passes: enough for the wires to settle. */
const ROUNDS = 6;

/**
 * Centre heights for every item: each column keeps its order and its gaps and moves
 * towards the wires that reach it, from the left, then from the right, then both.
 */
export function placeVertically(
  columns: readonly (readonly LayerItem[])[],
  links: readonly PlacementLink[],
  room: (item: LayerItem) => readonly [above: number, below: number],
  /** How firmly an item holds its wished-for place (see {@link placeInOrder}). */
  weight: (item: LayerItem) => number = () => 1,
): Map<string, number> {
  const y = new Map<string, number>();
  const gaps = columns.map((items) =>
    items.map((item, i) => (i === 0 ? 0 : room(items[i - 1] ?? item)[1] + room(item)[0])),
  );
  const weights = columns.map((items) => items.map(weight));
  columns.forEach((items, c) => {
    placeInOrder(
      items.map(() => 0),
      gaps[c] ?? [],
    ).forEach((v, i) => y.set(items[i]?.id ?? '', v));
  });
  const into = new Map<string, PlacementLink[]>();
  const outOf = new Map<string, PlacementLink[]>();
  for (const l of links) {
    const a = into.get(l.to);
    if (a === undefined) into.set(l.to, [l]);
    else a.push(l);
    const b = outOf.get(l.from);
    if (b === undefined) outOf.set(l.from, [l]);
    else b.push(l);
  }
  const average = (
    list: readonly PlacementLink[] | undefined,
    at: (l: PlacementLink) => number,
  ) => {
    if (list === undefined || list.length === 0) return undefined;
    let sum = 0;
    let weights = 0;
    for (const l of list) {
      sum += l.weight * at(l);
      weights += l.weight;
    }
    return weights > 0 ? sum / weights : undefined;
  };
  const fromLeft = (item: LayerItem) =>
    average(into.get(item.id), (l) => (y.get(l.from) ?? 0) - l.offset);
  const fromRight = (item: LayerItem) =>
    average(outOf.get(item.id), (l) => (y.get(l.to) ?? 0) + l.offset);
  const pass = (c: number, desired: (item: LayerItem) => number | undefined) => {
    const items = columns[c] ?? [];
    const wanted = new Array<number>(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      wanted[i] = item === undefined ? 0 : (desired(item) ?? y.get(item.id) ?? 0);
    }
    const placed = placeInOrder(wanted, gaps[c] ?? [], weights[c]);
    for (let i = 0; i < items.length; i++) y.set(items[i]?.id ?? '', placed[i] ?? 0);
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (let c = 1; c < columns.length; c++) pass(c, fromLeft);
    for (let c = columns.length - 2; c >= 0; c--) pass(c, fromRight);
  }
  // A last pass that weighs both sides, so a gate sits between its inputs and its consumer.
  for (let c = 0; c < columns.length; c++) {
    pass(c, (item) => {
      const left = fromLeft(item);
      const right = fromRight(item);
      return left === undefined ? right : right === undefined ? left : (left + right) / 2;
    });
  }
  return y;
}
