/** The parts of a node (from the DAG or from an analysis) that naming needs. */
export interface NamedNode {
  readonly kind: 'var' | 'const' | 'gate';
  /** A variable's id is its name. */
  readonly id: string;
  /** A constant's value. */
  readonly value?: number;
}

/**
 * How nodes are named outside the engine: DOM ids for the diagram and tests, TeX symbols
 * for formulas, plain names for narration.
 */

/** The DOM id of a node's element: `var-NAME`, `gate-ID` (DESIGN.md hooks) or `const-ID`. */
export function domIdOf(node: NamedNode): string {
  return node.kind === 'var'
    ? `var-${node.id}`
    : node.kind === 'gate'
      ? `gate-${node.id}`
      : `const-${node.id}`;
}

/** Shows a number in formulas and labels: -0 stays visible, and Euler's number is `e`. */
export function formatConstant(value: number): string {
  if (value === Math.E) return 'e';
  return Object.is(value, -0) ? '-0' : String(value);
}

const escapeTex = (text: string): string => text.replace(/_/g, '\\_');

/**
 * TeX for a variable name: `x` → `x`, `w0` and `x_1` get subscripts (`w_{0}`, `x_{1}`),
 * longer names are upright (`\mathrm{apple\_num}`), as in a textbook.
 */
export function texName(name: string): string {
  if (/^[A-Za-z]$/.test(name)) return name;
  const indexed = /^([A-Za-z])_?([0-9]+)$/.exec(name) ?? /^([A-Za-z])_([A-Za-z0-9]+)$/.exec(name);
  if (indexed !== null) return `${indexed[1] ?? ''}_{${indexed[2] ?? ''}}`;
  return `\\mathrm{${escapeTex(name)}}`;
}

/** TeX symbol of a node's value: the variable, the constant, or `g_{3}` for gate g3. */
export function texSymbolOf(node: NamedNode): string {
  if (node.kind === 'var') return texName(node.id);
  if (node.kind === 'const') return formatConstant(node.value ?? NaN);
  const n = /^g([0-9]+)$/.exec(node.id);
  return n !== null ? `g_{${n[1] ?? ''}}` : `\\mathrm{${escapeTex(node.id)}}`;
}

/** TeX for ∂f/∂(symbol), f being the graph's output. */
export const texGrad = (symbol: string): string => `\\frac{\\partial f}{\\partial ${symbol}}`;

/** TeX for the local gradient ∂(gate)/∂(input). */
export const texLocal = (gate: string, input: string): string =>
  `\\frac{\\partial ${gate}}{\\partial ${input}}`;

/** Plain name for narration: the variable's name, the gate's id, or the constant's value. */
export function plainNameOf(node: NamedNode): string {
  return node.kind === 'const' ? formatConstant(node.value ?? NaN) : node.id;
}
