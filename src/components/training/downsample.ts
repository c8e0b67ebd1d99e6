/** A point of a plotted series: iteration and value. */
export type SeriesPoint = readonly [iteration: number, value: number];

/**
 * At most about `buckets` × 2 points of a long series, keeping each bucket's lowest and
 * highest value (in order), so that spikes and zig-zags survive thinning. Short series are
 * returned whole. Values `keep` rejects (e.g. non-positive ones on a log axis) are dropped.
 */
export function downsample(
  values: ArrayLike<number>,
  buckets: number,
  keep: (value: number) => boolean = Number.isFinite,
): SeriesPoint[] {
  const n = values.length;
  const points: SeriesPoint[] = [];
  if (n <= buckets * 2) {
    for (let i = 0; i < n; i++)
      if (keep(values[i] as number)) points.push([i, values[i] as number]);
    return points;
  }
  const size = n / buckets;
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size);
    const end = b === buckets - 1 ? n : Math.floor((b + 1) * size);
    let lo = -1;
    let hi = -1;
    for (let i = start; i < end; i++) {
      const v = values[i] as number;
      if (!keep(v)) continue;
      if (lo === -1 || v < (values[lo] as number)) lo = i;
      if (hi === -1 || v > (values[hi] as number)) hi = i;
    }
    if (lo === -1) continue;
    const first = Math.min(lo, hi);
    const second = Math.max(lo, hi);
    points.push([first, values[first] as number]);
    if (second !== first) points.push([second, values[second] as number]);
  }
  // The last value is the current one: always show it exactly.
  const last = n - 1;
  if (keep(values[last] as number) && points.at(-1)?.[0] !== last)
    points.push([last, values[last] as number]);
  return points;
}
