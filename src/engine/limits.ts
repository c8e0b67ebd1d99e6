import { MAX_EXPRESSION_LENGTH, MAX_NESTING } from './graph/errors';
import { MAX_GRAPH_VARIABLES } from './graph/scenario';
import { LIMITS } from './network/types';

/**
 * Every bound on what people, links, files and stored states can hand the app, each
 * defined once (here, or where its reader lives, re-exported here), so that the engine,
 * the link and file readers, the store, the fields and the screens enforce the same
 * number, and every refusal can name it (docs/DESIGN.md, "Limits").
 */
export { LIMITS, MAX_EXPRESSION_LENGTH, MAX_GRAPH_VARIABLES, MAX_NESTING };

/**
 * The furthest a training run goes from θ⁰. A link or stored state names an iteration and
 * θ is replayed up to it, so the bound is what keeps the replay finite (seconds, in slices).
 */
export const MAX_ITERATIONS = 1_000_000;

/** The training scene's speed, in gradient-descent steps per second. */
export const TRAINING_RATE = { min: 1, max: 100_000 } as const;

/**
 * The furthest step a link can name. Every trace is far shorter (the largest network's
 * is under 100,000 steps), and a step past a trace's end opens at its end, as `step=end`.
 */
export const MAX_STEP = 9_999_999;

/** The training example a link can name: below the most examples a network can hold. */
export const MAX_SAMPLE_INDEX = LIMITS.maxSamples - 1;

/**
 * The largest seed: the largest whole number a float64 holds exactly. (The initialiser
 * reads a seed modulo 2³², and seeds past that, which earlier versions accepted, keep
 * drawing the same numbers.)
 */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

/** The lecture's chapters, numbered from 1. */
export const CHAPTER_COUNT = 8;

/** Links longer than this are refused before anything is parsed (in KB of 1,024 characters). */
export const MAX_LINK_KB = 64;

/**
 * Scenario files larger than this are refused before they are read; the state kept in
 * the browser is the same scenario (compressed), so it is held to the same size.
 */
export const MAX_FILE_MB = 5;
