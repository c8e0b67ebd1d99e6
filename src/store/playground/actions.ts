import {
  changeEta,
  generateDataset,
  NOISE_RANGE,
  orderedFeatures,
  SPLIT_RANGE,
  TRAINING_RATE,
  type FeatureId,
  type LogEntry,
} from '../../engine';
import { PLAYGROUND_LIMITS } from '../../workers/playgroundProtocol';
import { setLearningRate } from '../networkEdits';
import type { AppState } from '../types';
import { roundPoint } from './derive';
import type {
  DataSource,
  MapMode,
  PlaygroundActivation,
  PlaygroundFields,
  TrainingMode,
} from './fields';
import { createOwnPointsActions, type OwnPointsActions } from './ownActions';
import { restart } from './restart';

export interface PlaygroundActions extends OwnPointsActions {
  /** Switches the gradient-descent scene between its Examples and Data modes (stops playing). */
  setTrainingMode(mode: TrainingMode): void;
  /**
   * Picks a generated set or the user's own points (opening the Data mode). Own points
   * that are still empty start as a copy of the set shown, to edit.
   */
  setDataSource(source: DataSource): void;
  setNoise(noise: number): void;
  setSplit(split: number): void;
  setDataSeed(seed: number): void;
  setFeatures(features: readonly FeatureId[]): void;
  /** Neurons per hidden layer (at most 6 layers of 1 … 8). */
  setHiddenLayers(hidden: readonly number[]): void;
  setDataActivation(activation: PlaygroundActivation): void;
  setMapMode(mode: MapMode): void;
  setShowTestData(show: boolean): void;
  setDiscretize(discretize: boolean): void;
  /** Steps per second while playing (null: as fast as it goes), within TRAINING_RATE. */
  setDataSpeed(speed: number | null): void;
  /** The Data mode's run as its trainer reports it: the log and the iteration reached. */
  syncDataRun(log: readonly LogEntry[], iteration: number): void;
  /**
   * Examples mode: η from the current iteration on, going on from θᵗ. At θ⁰ it is the
   * network's own η (an undoable edit, as before).
   */
  setEtaFromHere(eta: number): void;
  /** Examples mode: η from iteration `from` on, and the run back there (a suggested η). */
  applyEtaFrom(from: number, eta: number): void;
}

type Set = (partial: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void;

const wholeIn = (v: number, lo: number, hi: number) =>
  Math.max(lo, Math.min(hi, Math.round(Number.isFinite(v) ? v : lo)));

/** The playground's actions, for createAppStore. */
export function createPlaygroundActions(set: Set, get: () => AppState): PlaygroundActions {
  const change = (next: (s: AppState) => Partial<PlaygroundFields>) =>
    set((s) => {
      const fields = next(s);
      return { ...fields, ...restart({ ...s, ...fields }) };
    });
  return {
    ...createOwnPointsActions(set),
    setTrainingMode: (mode) =>
      set((s) =>
        s.trainingData.mode === mode
          ? {}
          : { trainingData: { ...s.trainingData, mode }, playing: false },
      ),
    setDataSource: (source) =>
      change((s) => {
        const trainingData = { mode: 'data' as const, source };
        const empty = s.ownPoints.train.length + s.ownPoints.test.length === 0;
        const from = s.trainingData.source;
        if (source !== 'own' || !empty || from === 'own') return { trainingData };
        const copy = generateDataset({
          name: from,
          noise: s.noise,
          split: s.split,
          seed: s.dataSeed,
        });
        return {
          trainingData,
          ownPoints: { train: copy.train.map(roundPoint), test: copy.test.map(roundPoint) },
        };
      }),
    setNoise: (noise) =>
      change(() => ({ noise: wholeIn(noise, NOISE_RANGE.min, NOISE_RANGE.max) })),
    setSplit: (split) =>
      change(() => ({ split: wholeIn(split, SPLIT_RANGE.min, SPLIT_RANGE.max) })),
    setDataSeed: (seed) => change(() => ({ dataSeed: wholeIn(seed, 0, 0xffffffff) })),
    setFeatures: (features) => change(() => ({ features: orderedFeatures(features) })),
    setHiddenLayers: (hidden) =>
      change(() => ({
        hiddenLayers: hidden
          .slice(0, PLAYGROUND_LIMITS.maxHiddenLayers)
          .map((n) => wholeIn(n, 1, PLAYGROUND_LIMITS.maxNeurons)),
      })),
    setDataActivation: (dataActivation) => change(() => ({ dataActivation })),
    setMapMode: (mapMode) => set({ mapMode }),
    setShowTestData: (showTestData) => set({ showTestData }),
    setDiscretize: (discretize) => set({ discretize }),
    setDataSpeed: (speed) =>
      set({
        dataSpeed:
          speed === null || !Number.isFinite(speed)
            ? null
            : Math.min(TRAINING_RATE.max, Math.max(TRAINING_RATE.min, speed)),
      }),
    syncDataRun: (dataLog, dataIteration) =>
      set((s) =>
        s.dataIteration === dataIteration && sameLog(s.dataLog, dataLog)
          ? {}
          : { dataLog, dataIteration },
      ),
    setEtaFromHere: (eta) => {
      const s = get();
      if (s.iteration === 0) s.editNetwork(setLearningRate(s.network, eta));
      else set({ etaLog: changeEta(s.network.learningRate, s.etaLog, s.iteration, eta) });
    },
    applyEtaFrom: (from, eta) => {
      const s = get();
      if (from === 0) s.editNetwork(setLearningRate(s.network, eta));
      else set({ etaLog: changeEta(s.network.learningRate, s.etaLog, from, eta), iteration: from });
    },
  };
}

/** Two logs with the same entries (the trainer sends a fresh copy with every frame). */
function sameLog(a: readonly LogEntry[], b: readonly LogEntry[]): boolean {
  return a.length === b.length && a.every((e, i) => JSON.stringify(e) === JSON.stringify(b[i]));
}
