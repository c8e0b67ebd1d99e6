/**
 * TensorFlow Playground's engine (its src/nn.ts) as the benchmark's peer, loaded at run
 * time from a path the user gives (`--peer DIR`): a checkout, or a bare git directory
 * (read with `git show HEAD:src/nn.ts`). Nothing of it is kept in this repository: the
 * file is copied into a temporary directory and imported from there through tsx.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface PeerLink {
  weight: number;
}
interface PeerNode {
  bias: number;
  inputLinks: PeerLink[];
}
type PeerNetwork = PeerNode[][];

/** The part of nn.ts the benchmark calls. */
interface PeerModule {
  buildNetwork(
    shape: number[],
    activation: unknown,
    outputActivation: unknown,
    regularization: null,
    inputIds: string[],
    initZero?: boolean,
  ): PeerNetwork;
  forwardProp(network: PeerNetwork, inputs: number[]): number;
  backProp(network: PeerNetwork, target: number, errorFunc: unknown): void;
  updateWeights(network: PeerNetwork, learningRate: number, regularizationRate: number): void;
  Activations: { TANH: unknown };
  Errors: { SQUARE: { error(output: number, target: number): number } };
}

function isPeerModule(m: unknown): m is PeerModule {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  return ['buildNetwork', 'forwardProp', 'backProp', 'updateWeights'].every(
    (name) => typeof r[name] === 'function',
  );
}

/** Where the peer's nn.ts came from, and the module. */
export interface Peer {
  readonly source: string;
  readonly module: PeerModule;
}

/** Loads nn.ts from a checkout or a bare git directory; a sentence saying why not, otherwise. */
export async function loadPeer(dir: string): Promise<Peer | string> {
  let text: string;
  let source: string;
  const file = path.join(dir, 'src', 'nn.ts');
  try {
    if (existsSync(file)) {
      text = readFileSync(file, 'utf8');
      source = file;
    } else {
      text = execFileSync('git', ['--git-dir', dir, 'show', 'HEAD:src/nn.ts'], {
        encoding: 'utf8',
      });
      const commit = execFileSync('git', ['--git-dir', dir, 'rev-parse', '--short', 'HEAD'], {
        encoding: 'utf8',
      }).trim();
      source = `${dir} (git show ${commit}:src/nn.ts)`;
    }
  } catch {
    return `no src/nn.ts in ${dir} (neither a file nor in its git history)`;
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'playground-peer-'));
  const copy = path.join(tmp, 'nn.ts');
  writeFileSync(copy, text);
  const loaded: unknown = await import(pathToFileURL(copy).href);
  if (!isPeerModule(loaded)) return `${source} does not export buildNetwork, forwardProp, …`;
  return { source, module: loaded };
}

/**
 * The peer's training on the benchmark's work, exactly as the Playground's oneStep does
 * it for one batch: for each example forwardProp then backProp (which accumulates the
 * derivatives per link and node), then one updateWeights (each accumulated derivative ÷
 * the count, times η; no regularisation). Inputs are built once, not per example.
 */
export function peerTrainer(
  peer: PeerModule,
  layers: readonly number[],
  weights: readonly (readonly (readonly number[])[])[],
  biases: readonly (readonly number[])[],
  xs: readonly number[][],
  labels: readonly number[],
  learningRate: number,
): { step: () => number; loss: () => number } {
  const inputIds = Array.from({ length: layers[0] ?? 0 }, (_, i) => `x${i}`);
  const tanh = peer.Activations.TANH;
  const network = peer.buildNetwork(layers.slice(), tanh, tanh, null, inputIds);
  // Same θ⁰ as our engine: overwrite the peer's random initial weights and biases.
  for (let l = 1; l < network.length; l++)
    network[l]?.forEach((node, j) => {
      node.bias = biases[l - 1]?.[j] ?? NaN;
      node.inputLinks.forEach((link, k) => (link.weight = weights[l - 1]?.[j]?.[k] ?? NaN));
    });
  const square = peer.Errors.SQUARE;
  return {
    step: () => {
      for (let i = 0; i < xs.length; i++) {
        peer.forwardProp(network, xs[i] as number[]);
        peer.backProp(network, labels[i] as number, square);
      }
      peer.updateWeights(network, learningRate, 0);
      return 0;
    },
    loss: () => {
      let total = 0;
      for (let i = 0; i < xs.length; i++)
        total += square.error(peer.forwardProp(network, xs[i] as number[]), labels[i] as number);
      return total / xs.length;
    },
  };
}
