/**
 * English strings of the computational-graph scene. Merged into the English dictionary
 * (en.ts); zh.ts's twin must have exactly the same keys.
 */
export const graphEn = {
  'graph.title': 'Computational graph',
} as const;
