/**
 * Logistic sigmoid σ(z) = 1 / (1 + e^(−z)), shared by the network's activation and the
 * graph's σ gate. Written so that neither branch overflows: for z ≪ 0, e^(−z) would be
 * Infinity, so we use e^z / (1 + e^z) there instead.
 */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}
