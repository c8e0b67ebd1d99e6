/**
 * Stable ids. DOM ids follow DESIGN.md's test hooks; quantity keys name one number of the
 * trace. Layer numbers are DOM layer numbers: 0 is the input layer.
 */
export const ids = {
  neuron: (layer: number, j: number) => `neuron-${layer}-${j}`,
  edge: (layer: number, k: number, j: number) => `edge-${layer}-${k}-${j}`,
  bias: (layer: number, j: number) => `bias-${layer}-${j}`,
  amp: (layer: number, j: number) => `amp-${layer}-${j}`,
  loss: 'loss',
} as const;

/** Quantity keys of the network trace (see Trace.values). */
export const keys = {
  a: (layer: number, j: number) => `a:${layer}:${j}`,
  z: (layer: number, j: number) => `z:${layer}:${j}`,
  gain: (layer: number, j: number) => `gain:${layer}:${j}`,
  dCda: (layer: number, j: number) => `dCda:${layer}:${j}`,
  delta: (layer: number, j: number) => `delta:${layer}:${j}`,
  y: (j: number) => `y:${j}`,
  w: (layer: number, k: number, j: number) => `w:${layer}:${k}:${j}`,
  b: (layer: number, j: number) => `b:${layer}:${j}`,
  dW: (layer: number, k: number, j: number) => `dW:${layer}:${k}:${j}`,
  db: (layer: number, j: number) => `db:${layer}:${j}`,
  /** ∂L/∂w over all samples, used by the update. */
  dLdW: (layer: number, k: number, j: number) => `dLdW:${layer}:${k}:${j}`,
  dLdb: (layer: number, j: number) => `dLdb:${layer}:${j}`,
  wNext: (layer: number, k: number, j: number) => `wNext:${layer}:${k}:${j}`,
  bNext: (layer: number, j: number) => `bNext:${layer}:${j}`,
  loss: 'loss',
} as const;
