import { mulberry32, type Random } from '../random';
import { clamp, normal, shuffleInPlace, uniform } from './sampling';

/**
 * TensorFlow Playground's data sets: four classification sets (labels ±1) and two
 * regression sets (targets about −1 … 1), on the plane [−6, 6]². Same shapes and ranges as
 * the Playground's; the points themselves come from this project's seeded generator, so
 * (name, noise, split, seed, count) always gives the same points.
 */
export const DATASET_NAMES = [
  'circle',
  'xor',
  'gauss',
  'spiral',
  'reg-plane',
  'reg-gauss',
] as const;
export type DatasetName = (typeof DATASET_NAMES)[number];

export type Problem = 'classification' | 'regression';

/** One example on the plane: inputs x₁, x₂ and its label (±1) or regression target. */
export interface DataPoint {
  readonly x1: number;
  readonly x2: number;
  readonly label: number;
}

/** Half-width of the input plane: every input lies in [−PLANE, PLANE]. */
export const PLANE = 6;

/** The most points of the user's own a set may hold (placed, read from a file or a link). */
export const MAX_USER_POINTS = 2000;

/** Noise (in %) and the share of training examples (in %), as the Playground's sliders. */
export const NOISE_RANGE = { min: 0, max: 50 } as const;
export const SPLIT_RANGE = { min: 10, max: 90 } as const;

interface DatasetSpec {
  readonly problem: Problem;
  /** How many points the Playground draws for this kind of problem. */
  readonly count: number;
  /** `count` points; `noise` is a fraction, 0 … 0.5. */
  readonly generate: (random: Random, count: number, noise: number) => DataPoint[];
}

const sign = (v: number): number => (v >= 0 ? 1 : -1);
const point = (x1: number, x2: number, label: number): DataPoint => ({
  x1: clamp(x1, -PLANE, PLANE),
  x2: clamp(x2, -PLANE, PLANE),
  label,
});

/**
 * Inside a disc of radius 2.5 (label 1) and in a ring from 3.5 to 5 (label −1); noise
 * moves the point that decides the label by up to ±5·noise on each axis, so points near
 * the gap can get the other label.
 */
function circle(random: Random, count: number, noise: number): DataPoint[] {
  const points: DataPoint[] = [];
  const ring = (lo: number, hi: number, n: number) => {
    for (let i = 0; i < n; i++) {
      const r = uniform(random, lo, hi);
      const angle = uniform(random, 0, 2 * Math.PI);
      const x1 = r * Math.sin(angle);
      const x2 = r * Math.cos(angle);
      const n1 = x1 + uniform(random, -5, 5) * noise;
      const n2 = x2 + uniform(random, -5, 5) * noise;
      points.push(point(x1, x2, Math.hypot(n1, n2) < 2.5 ? 1 : -1));
    }
  };
  ring(0, 2.5, Math.ceil(count / 2));
  ring(3.5, 5, Math.floor(count / 2));
  return points;
}

/** Uniform on [−5, 5]² pushed 0.3 away from the axes; the label is the sign of x₁·x₂. */
function xor(random: Random, count: number, noise: number): DataPoint[] {
  const away = (v: number) => v + (v > 0 ? 0.3 : -0.3);
  return Array.from({ length: count }, () => {
    const x1 = away(uniform(random, -5, 5));
    const x2 = away(uniform(random, -5, 5));
    const n1 = x1 + uniform(random, -5, 5) * noise;
    const n2 = x2 + uniform(random, -5, 5) * noise;
    return point(x1, x2, sign(n1 * n2));
  });
}

/** Two Gaussians at (2, 2) (label 1) and (−2, −2) (label −1), variance 0.5 → 4 with noise. */
function gauss(random: Random, count: number, noise: number): DataPoint[] {
  const sd = Math.sqrt(0.5 + (noise / 0.5) * 3.5);
  const blob = (c: number, label: number, n: number) =>
    Array.from({ length: n }, () => point(normal(random, c, sd), normal(random, c, sd), label));
  return [...blob(2, 1, Math.ceil(count / 2)), ...blob(-2, -1, Math.floor(count / 2))];
}

/** Two interleaved arms of 1.75 turns out to radius 5, jittered by ±noise on each axis. */
function spiral(random: Random, count: number, noise: number): DataPoint[] {
  const points: DataPoint[] = [];
  const arm = (turn: number, label: number, n: number) => {
    for (let i = 0; i < n; i++) {
      const r = (i / n) * 5;
      const t = 1.75 * (i / n) * 2 * Math.PI + turn;
      const x1 = r * Math.sin(t) + uniform(random, -1, 1) * noise;
      const x2 = r * Math.cos(t) + uniform(random, -1, 1) * noise;
      points.push(point(x1, x2, label));
    }
  };
  arm(0, 1, Math.ceil(count / 2));
  arm(Math.PI, -1, Math.floor(count / 2));
  return points;
}

/**
 * Regression: uniform inputs on [−6, 6]², the target read at the point moved by up to
 * ±6·noise on each axis.
 */
function regression(label: (x1: number, x2: number) => number) {
  return (random: Random, count: number, noise: number): DataPoint[] =>
    Array.from({ length: count }, () => {
      const x1 = uniform(random, -PLANE, PLANE);
      const x2 = uniform(random, -PLANE, PLANE);
      const n1 = x1 + uniform(random, -PLANE, PLANE) * noise;
      const n2 = x2 + uniform(random, -PLANE, PLANE) * noise;
      return point(x1, x2, label(n1, n2));
    });
}

/** A tilted plane: (x₁ + x₂)/10, so about −1 … 1 over the input plane. */
const planeLabel = (x1: number, x2: number): number => (x1 + x2) / 10;

/** Six bumps of alternating sign at x₁ ∈ {−4, 0, 4}, x₂ = ±2.5, each 1 − d/2 (≥ 0). */
const BUMPS: readonly (readonly [number, number, number])[] = [
  [-4, 2.5, 1],
  [0, 2.5, -1],
  [4, 2.5, 1],
  [-4, -2.5, -1],
  [0, -2.5, 1],
  [4, -2.5, -1],
];
function bumpsLabel(x1: number, x2: number): number {
  let label = 0;
  for (const [c1, c2, s] of BUMPS) {
    const value = s * clamp(1 - Math.hypot(x1 - c1, x2 - c2) / 2, 0, 1);
    if (Math.abs(value) > Math.abs(label)) label = value;
  }
  return label;
}

export const DATASETS: Readonly<Record<DatasetName, DatasetSpec>> = {
  circle: { problem: 'classification', count: 500, generate: circle },
  xor: { problem: 'classification', count: 500, generate: xor },
  gauss: { problem: 'classification', count: 500, generate: gauss },
  spiral: { problem: 'classification', count: 500, generate: spiral },
  'reg-plane': { problem: 'regression', count: 1200, generate: regression(planeLabel) },
  'reg-gauss': { problem: 'regression', count: 1200, generate: regression(bumpsLabel) },
};

/** What picks a generated data set; the numbers are those of a link. */
export interface DatasetRequest {
  readonly name: DatasetName;
  /** Noise in %, 0 … 50. */
  readonly noise: number;
  /** Share of the points used for training, in %, 10 … 90. */
  readonly split: number;
  /** Any integer; taken modulo 2³². */
  readonly seed: number;
  /** How many points in all (train + test); the Playground's count when left out. */
  readonly count?: number;
}

export interface SplitData {
  readonly train: readonly DataPoint[];
  readonly test: readonly DataPoint[];
}

/** The most points a generated set may have. */
export const MAX_GENERATED_POINTS = 5000;

/**
 * The points of a data set, shuffled by the same seed and split: the first
 * ⌊count·split/100⌋ train, the rest test. Out-of-range numbers are clamped (noise to
 * 0 … 50, split to 10 … 90, count to 10 … {@link MAX_GENERATED_POINTS}), so this never throws.
 */
export function generateDataset(request: DatasetRequest): SplitData {
  const spec = DATASETS[request.name];
  const noise = clamp(finiteOr(request.noise, 0), NOISE_RANGE.min, NOISE_RANGE.max) / 100;
  const split = clamp(finiteOr(request.split, 50), SPLIT_RANGE.min, SPLIT_RANGE.max);
  const count = Math.round(clamp(finiteOr(request.count, spec.count), 10, MAX_GENERATED_POINTS));
  const random = mulberry32(Math.trunc(finiteOr(request.seed, 0)));
  const points = shuffleInPlace(spec.generate(random, count, noise), random);
  const cut = Math.floor((points.length * split) / 100);
  return { train: points.slice(0, cut), test: points.slice(cut) };
}

function finiteOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? value : fallback;
}
