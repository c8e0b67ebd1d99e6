import type { GraphAnalysis, GraphNodeResult } from '../../engine';

/**
 * Deep Learning from Scratch, chapter 5, as data: the scripts that buy apples (and
 * oranges) with multiply and add layers, one layer per gate of the graph. Names are the
 * book's Python names (`mul_apple_layer`, `dapple_price`); the TypeScript listing derives
 * its camelCase names from them (`mulAppleLayer`, `dApplePrice`).
 */
export interface LayerUse {
  /** The layer instance's name. */
  readonly layer: string;
  readonly kind: 'Mul' | 'Add';
  /** Names of the forward call's arguments and result. */
  readonly args: readonly [string, string];
  readonly result: string;
  /** Names of the gradients backward returns, and of the one it takes. */
  readonly grads: readonly [string, string];
  readonly dout: string;
}

/** A line the script prints at its end: `print("dApple:", dapple)`. */
export interface PrintUse {
  readonly label: string;
  /** The script's variable it prints. */
  readonly name: string;
  /** The book prints prices and counts through int(), which drops the float's rounding error. */
  readonly asInt: boolean;
}

export interface Program {
  readonly expression: string;
  /** Variable names in the code, by graph variable. */
  readonly names: Readonly<Record<string, string>>;
  /** One layer per gate, in evaluation order. */
  readonly layers: readonly LayerUse[];
  readonly prints: readonly PrintUse[];
}

const mul = (
  layer: string,
  args: readonly [string, string],
  result: string,
  grads: readonly [string, string],
  dout: string,
): LayerUse => ({ layer, kind: 'Mul', args, result, grads, dout });

const APPLE: Program = {
  expression: 'apple * apple_num * tax',
  names: { apple: 'apple', apple_num: 'apple_num', tax: 'tax' },
  layers: [
    mul(
      'mul_apple_layer',
      ['apple', 'apple_num'],
      'apple_price',
      ['dapple', 'dapple_num'],
      'dapple_price',
    ),
    mul('mul_tax_layer', ['apple_price', 'tax'], 'price', ['dapple_price', 'dtax'], 'dprice'),
  ],
  prints: [
    { label: 'price', name: 'price', asInt: true },
    { label: 'dApple', name: 'dapple', asInt: false },
    { label: 'dApple_num', name: 'dapple_num', asInt: true },
    { label: 'dTax', name: 'dtax', asInt: false },
  ],
};

const APPLE_ORANGE: Program = {
  expression: '(apple * apple_num + orange * orange_num) * tax',
  names: {
    apple: 'apple',
    apple_num: 'apple_num',
    orange: 'orange',
    orange_num: 'orange_num',
    tax: 'tax',
  },
  layers: [
    mul(
      'mul_apple_layer',
      ['apple', 'apple_num'],
      'apple_price',
      ['dapple', 'dapple_num'],
      'dapple_price',
    ),
    mul(
      'mul_orange_layer',
      ['orange', 'orange_num'],
      'orange_price',
      ['dorange', 'dorange_num'],
      'dorange_price',
    ),
    {
      layer: 'add_apple_orange_layer',
      kind: 'Add',
      args: ['apple_price', 'orange_price'],
      result: 'all_price',
      grads: ['dapple_price', 'dorange_price'],
      dout: 'dall_price',
    },
    mul('mul_tax_layer', ['all_price', 'tax'], 'price', ['dall_price', 'dtax'], 'dprice'),
  ],
  prints: [
    { label: 'price', name: 'price', asInt: true },
    { label: 'dApple', name: 'dapple', asInt: false },
    { label: 'dApple_num', name: 'dapple_num', asInt: true },
    { label: 'dOrange', name: 'dorange', asInt: false },
    { label: 'dOrange_num', name: 'dorange_num', asInt: true },
    { label: 'dTax', name: 'dtax', asInt: false },
  ],
};

const PROGRAMS: readonly Program[] = [APPLE, APPLE_ORANGE];

/** The seed the backward pass starts from: dprice = 1. */
export const SEED_NAME = 'dprice';

/**
 * The program of a graph, when it is one of the DLFS examples (its expression exactly,
 * with any input values) and its gates are the program's layers, with those gates.
 */
export function dlfsProgram(
  analysis: GraphAnalysis,
  expression: string,
): { program: Program; gates: readonly GraphNodeResult[] } | null {
  const program = PROGRAMS.find((p) => p.expression === expression);
  if (program === undefined) return null;
  const gates = analysis.gates.flatMap((id) => analysis.byId.get(id) ?? []);
  const matches =
    gates.length === program.layers.length &&
    gates.every((g, i) => g.op === (program.layers[i]?.kind === 'Mul' ? 'mul' : 'add'));
  return matches ? { program, gates } : null;
}

/** A Python name in TypeScript's camelCase: `mul_apple_layer` → `mulAppleLayer`, `dapple_price` → `dApplePrice`. */
export function camelName(python: string, isGradient: boolean): string {
  const camel = python.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  return isGradient && /^d[a-z]/.test(camel)
    ? `d${camel.charAt(1).toUpperCase()}${camel.slice(2)}`
    : camel;
}
