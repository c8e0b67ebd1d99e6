/**
 * English strings that load with the computational-graph scene, not with the first
 * screen (see ./translate). zh.ts's twin must have exactly the same keys.
 */
export const graphSceneEn = {
  'graph.drawing.pending': 'Laying out the circuit: {nodes} nodes and {wires} wires…',
  'graph.drawing.pendingNote':
    'A large circuit is laid out in the background. The steps, the formula and the inputs work already.',
} as const;
