/**
 * The name of the error a diagram export rejects with when the diagram keeps changing
 * while it is read (standaloneSvg.ts), in a module of its own so that the Export menu can
 * recognise it without loading the exporters.
 */
export const DIAGRAM_CHANGED = 'DiagramChangedError';
