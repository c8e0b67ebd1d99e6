import {
  DATASETS,
  generateDataset,
  mulberry32,
  PLAYGROUND_OBJECTIVE,
  type DataPoint,
  type Problem,
  type SplitData,
} from '../../engine';
import { shuffleInPlace } from '../../engine/playground/sampling';
import type { PlaygroundConfig } from '../../workers/playgroundProtocol';
import { POINT_DECIMALS, type OwnPoints, type PlaygroundFields } from './fields';

/**
 * Values derived from the playground's fields: the points shown, the kind of problem and
 * the configuration the trainer runs. Each is cached on the identity of the fields it
 * reads, so components and effects can compare results by reference.
 */

type PointFields = Pick<
  PlaygroundFields,
  'trainingData' | 'noise' | 'split' | 'dataSeed' | 'ownPoints'
>;
type ConfigFields = PointFields &
  Pick<
    PlaygroundFields,
    'features' | 'hiddenLayers' | 'dataActivation' | 'dataLog' | 'dataIteration'
  >;

const SCALE = 10 ** POINT_DECIMALS;

/** A coordinate or label as kept for the user's own points (three decimals, no −0). */
export function roundValue(v: number): number {
  const r = Math.round(v * SCALE) / SCALE;
  return r === 0 ? 0 : r;
}

export function roundPoint(p: DataPoint): DataPoint {
  return { x1: roundValue(p.x1), x2: roundValue(p.x2), label: roundValue(p.label) };
}

/**
 * Points read from a file, split as a generated set is: shuffled by the seed, the first
 * ⌊count·split/100⌋ for training, the rest for testing.
 */
export function splitPoints(points: readonly DataPoint[], split: number, seed: number): OwnPoints {
  const shuffled = shuffleInPlace(points.map(roundPoint), mulberry32(Math.trunc(seed)));
  const cut = Math.max(1, Math.floor((shuffled.length * split) / 100));
  return { train: shuffled.slice(0, cut), test: shuffled.slice(cut) };
}

/** Classification when every label is ±1 (the sets' classes; no points yet counts), else regression. */
export function problemOfPoints(points: OwnPoints): Problem {
  const all = [...points.train, ...points.test];
  return all.every((p) => p.label === 1 || p.label === -1) ? 'classification' : 'regression';
}

/** A cache of one result for the last inputs (compared entry by entry, by identity). */
function lastOf<A extends readonly unknown[], R>(build: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args) => {
    if (last !== null && last.args.every((a, i) => a === args[i])) return last.value;
    const value = build(...args);
    last = { args, value };
    return value;
  };
}

export interface PlaygroundDerived {
  /** The training and test points the Data mode shows and trains on. */
  points(state: PointFields): SplitData;
  problem(state: PointFields): Problem;
  /** What the trainer is configured with; a link carries exactly this. */
  config(state: ConfigFields): PlaygroundConfig;
}

/** The playground's derived values, with caches of their own (one set per store). */
export function createPlaygroundDerived(): PlaygroundDerived {
  const generated = lastOf(
    (name: PointFields['trainingData']['source'], noise: number, split: number, seed: number) =>
      name === 'own' ? { train: [], test: [] } : generateDataset({ name, noise, split, seed }),
  );
  const points = (s: PointFields): SplitData =>
    s.trainingData.source === 'own'
      ? s.ownPoints
      : generated(s.trainingData.source, s.noise, s.split, s.dataSeed);
  const problem = (s: PointFields): Problem =>
    s.trainingData.source === 'own'
      ? problemOfPoints(s.ownPoints)
      : DATASETS[s.trainingData.source].problem;
  // The data and the network are cached apart from the log and the iteration, which move
  // as the run goes on (the run is written to the store while it plays): what is built
  // from the network alone (the diagram's setup, the gradient panel's) is not built again.
  const data = lastOf(
    (
      source: PointFields['trainingData']['source'],
      noise: number,
      split: number,
      seed: number,
      own: OwnPoints,
    ): PlaygroundConfig['data'] =>
      source === 'own'
        ? { kind: 'points', train: own.train, test: own.test }
        : { kind: 'generated', request: { name: source, noise, split, seed } },
  );
  const network = lastOf(
    (
      source: PointFields['trainingData']['source'],
      seed: number,
      own: OwnPoints,
      features: ConfigFields['features'],
      hidden: ConfigFields['hiddenLayers'],
      activation: ConfigFields['dataActivation'],
    ): PlaygroundConfig['network'] => ({
      features,
      hidden,
      activation,
      problem: source === 'own' ? problemOfPoints(own) : DATASETS[source].problem,
      seed,
    }),
  );
  const config = lastOf(
    (
      data: PlaygroundConfig['data'],
      network: PlaygroundConfig['network'],
      log: ConfigFields['dataLog'],
      iteration: number,
    ): PlaygroundConfig => ({ data, network, objective: PLAYGROUND_OBJECTIVE, log, iteration }),
  );
  return {
    points,
    problem,
    config: (s) =>
      config(
        data(s.trainingData.source, s.noise, s.split, s.dataSeed, s.ownPoints),
        network(
          s.trainingData.source,
          s.dataSeed,
          s.ownPoints,
          s.features,
          s.hiddenLayers,
          s.dataActivation,
        ),
        s.dataLog,
        s.dataIteration,
      ),
  };
}
