import type { LayerItem } from './layering';

/**
 * The vertical half of the graph layout: where each item of a column goes, given the
 * order within the column (./ordering) and the room each item needs above and below its
 * centre. Pure.
 *
 * The longest expression a link may hold lays out two thousand items in a thousand
 * columns, and every round visits each column twice: so items are numbered once and the
 * rounds work on typed arrays (no map lookup by id, no allocation per column), which
 * keeps the whole placement within a frame or two.
 */

/** Scratch space for {@link placeRange}, as long as the longest column. */
interface Scratch {
  readonly offset: Float64Array;
  readonly sum: Float64Array;
  readonly weight: Float64Array;
  readonly count: Int32Array;
}

const scratchFor = (n: number): Scratch => ({
  offset: new Float64Array(n),
  sum: new Float64Array(n),
  weight: new Float64Array(n),
  count: new Int32Array(n),
});

/**
 * {@link placeInOrder} on the items `start` … `end − 1` of flat arrays, writing the
 * positions into `out` at the same indices.
 */
function placeRange(
  desired: ArrayLike<number>,
  gaps: ArrayLike<number>,
  weights: ArrayLike<number> | undefined,
  start: number,
  end: number,
  out: Float64Array | number[],
  scratch: Scratch,
): void {
  const n = end - start;
  const { offset, sum, weight, count } = scratch;
  // Offsets of each item from the first when every gap is at its minimum.
  offset[0] = 0;
  for (let i = 1; i < n; i++) offset[i] = (offset[i - 1] ?? 0) + (gaps[start + i] ?? 0);
  // Blocks of items that must move together: their weighted sum of wishes, their weight
  // and how many items they hold.
  let blocks = 0;
  for (let i = 0; i < n; i++) {
    const w = weights?.[start + i] ?? 1;
    sum[blocks] = w * ((desired[start + i] ?? 0) - (offset[i] ?? 0));
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
  let i = 0;
  for (let k = 0; k < blocks; k++) {
    const level = (sum[k] ?? 0) / (weight[k] ?? 1);
    for (let j = 0; j < (count[k] ?? 0); j++, i++) out[start + i] = level + (offset[i] ?? 0);
  }
}

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
  const result = new Array<number>(n);
  placeRange(desired, gaps, weights, 0, n, result, scratchFor(n));
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
 * The links at each item, in the order given (so sums add up in the same order), as
 * flat arrays: item k's are `start[k]` … `start[k + 1] − 1`.
 */
interface Adjacency {
  readonly start: Int32Array;
  /** The item at the other end (−1 when it is in no column: it counts as height 0). */
  readonly other: Int32Array;
  readonly offset: Float64Array;
  readonly weight: Float64Array;
}

function adjacency(
  links: readonly PlacementLink[],
  index: ReadonlyMap<string, number>,
  n: number,
  end: 'to' | 'from',
): Adjacency {
  const far = end === 'to' ? 'from' : 'to';
  const start = new Int32Array(n + 1);
  for (const l of links) {
    const k = index.get(l[end]);
    if (k !== undefined) start[k + 1] = (start[k + 1] ?? 0) + 1;
  }
  for (let k = 0; k < n; k++) start[k + 1] = (start[k + 1] ?? 0) + (start[k] ?? 0);
  const fill = start.slice(0, n);
  const total = start[n] ?? 0;
  const other = new Int32Array(total);
  const offset = new Float64Array(total);
  const weight = new Float64Array(total);
  for (const l of links) {
    const k = index.get(l[end]);
    if (k === undefined) continue;
    const at = fill[k] ?? 0;
    fill[k] = at + 1;
    other[at] = index.get(l[far]) ?? -1;
    offset[at] = l.offset;
    weight[at] = l.weight;
  }
  return { start, other, offset, weight };
}

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
  const index = new Map<string, number>();
  const columnStart = new Int32Array(columns.length + 1);
  let n = 0;
  let longest = 0;
  columns.forEach((items, c) => {
    columnStart[c] = n;
    longest = Math.max(longest, items.length);
    for (const item of items) index.set(item.id, n++);
  });
  columnStart[columns.length] = n;
  const gaps = new Float64Array(n);
  const weights = new Float64Array(n);
  columns.forEach((items, c) => {
    const first = columnStart[c] ?? 0;
    items.forEach((item, i) => {
      gaps[first + i] = i === 0 ? 0 : room(items[i - 1] ?? item)[1] + room(item)[0];
      weights[first + i] = weight(item);
    });
  });
  const scratch = scratchFor(longest);
  const y = new Float64Array(n);
  // At first each column is centred on 0, every gap at its minimum.
  const zeros = new Float64Array(n);
  for (let c = 0; c < columns.length; c++)
    placeRange(zeros, gaps, undefined, columnStart[c] ?? 0, columnStart[c + 1] ?? 0, y, scratch);

  const into = adjacency(links, index, n, 'to');
  const outOf = adjacency(links, index, n, 'from');
  // The weighted mean height the links at item k ask for, or NaN when none pulls.
  const average = (adj: Adjacency, k: number, sign: 1 | -1): number => {
    let sum = 0;
    let total = 0;
    for (let j = adj.start[k] ?? 0; j < (adj.start[k + 1] ?? 0); j++) {
      const other = adj.other[j] ?? -1;
      const w = adj.weight[j] ?? 0;
      sum += w * ((other < 0 ? 0 : (y[other] ?? 0)) + sign * (adj.offset[j] ?? 0));
      total += w;
    }
    return total > 0 ? sum / total : NaN;
  };
  const fromLeft = (k: number) => average(into, k, -1);
  const fromRight = (k: number) => average(outOf, k, 1);
  const wanted = new Float64Array(n);
  const pass = (c: number, desired: (k: number) => number) => {
    const first = columnStart[c] ?? 0;
    const end = columnStart[c + 1] ?? 0;
    for (let k = first; k < end; k++) {
      const d = desired(k);
      wanted[k] = Number.isNaN(d) ? (y[k] ?? 0) : d;
    }
    placeRange(wanted, gaps, weights, first, end, y, scratch);
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (let c = 1; c < columns.length; c++) pass(c, fromLeft);
    for (let c = columns.length - 2; c >= 0; c--) pass(c, fromRight);
  }
  // A last pass that weighs both sides, so a gate sits between its inputs and its consumer.
  for (let c = 0; c < columns.length; c++) {
    pass(c, (k) => {
      const left = fromLeft(k);
      const right = fromRight(k);
      return Number.isNaN(left) ? right : Number.isNaN(right) ? left : (left + right) / 2;
    });
  }
  const placed = new Map<string, number>();
  for (const [id, k] of index) placed.set(id, y[k] ?? 0);
  return placed;
}
