import { isGraphStep, type GraphAnalysis, type TraceStep } from '../../engine';
import { assertNever } from '../../lib/assertNever';

/**
 * Deep Learning from Scratch, chapter 5, as TypeScript: the multiply and add layers and
 * the script that buys apples (and oranges) with them. Code is not translated. Each line
 * carries tags that say which steps execute it, so the view can highlight the line the
 * current step runs: `mul.forward` (the method body), `g1.forward` (the call), `seed`.
 */
export interface CodeLine {
  readonly text: string;
  readonly tags: readonly string[];
  /** Quantity keys whose values the line computes, shown as a trailing comment once known. */
  readonly shows?: readonly string[];
}

export interface Listing {
  readonly layers: readonly CodeLine[];
  readonly usage: readonly CodeLine[];
}

const plain = (text: string): CodeLine => ({ text, tags: [] });
const tagged = (tags: readonly string[], text: string): CodeLine => ({ text, tags });

const MUL_LAYER: readonly CodeLine[] = [
  plain('class MulLayer {'),
  plain('  private x = 0;'),
  plain('  private y = 0;'),
  tagged(['mul.forward'], '  forward(x: number, y: number): number {'),
  tagged(['mul.forward'], '    this.x = x;'),
  tagged(['mul.forward'], '    this.y = y;'),
  tagged(['mul.forward'], '    return x * y;'),
  tagged(['mul.forward'], '  }'),
  tagged(['mul.backward'], '  backward(dout: number): [number, number] {'),
  tagged(['mul.backward'], '    const dx = dout * this.y; // x receives y'),
  tagged(['mul.backward'], '    const dy = dout * this.x; // y receives x'),
  tagged(['mul.backward'], '    return [dx, dy];'),
  tagged(['mul.backward'], '  }'),
  plain('}'),
];

const ADD_LAYER: readonly CodeLine[] = [
  plain('class AddLayer {'),
  tagged(['add.forward'], '  forward(x: number, y: number): number {'),
  tagged(['add.forward'], '    return x + y;'),
  tagged(['add.forward'], '  }'),
  tagged(['add.backward'], '  backward(dout: number): [number, number] {'),
  tagged(['add.backward'], '    return [dout * 1, dout * 1];'),
  tagged(['add.backward'], '  }'),
  plain('}'),
];

interface LayerUse {
  /** The layer instance's name in the code. */
  readonly layer: string;
  readonly kind: 'Mul' | 'Add';
  /** Names of the forward call's arguments and result. */
  readonly args: readonly [string, string];
  readonly result: string;
  /** Names of the gradients backward returns, and of the one it takes. */
  readonly grads: readonly [string, string];
  readonly dout: string;
}

interface Program {
  readonly expression: string;
  /** Variable names in the code, by graph variable. */
  readonly names: Readonly<Record<string, string>>;
  /** One layer per gate, in evaluation order. */
  readonly layers: readonly LayerUse[];
}

const APPLE: Program = {
  expression: 'apple * apple_num * tax',
  names: { apple: 'apple', apple_num: 'appleNum', tax: 'tax' },
  layers: [
    {
      layer: 'mulAppleLayer',
      kind: 'Mul',
      args: ['apple', 'appleNum'],
      result: 'applePrice',
      grads: ['dApple', 'dAppleNum'],
      dout: 'dApplePrice',
    },
    {
      layer: 'mulTaxLayer',
      kind: 'Mul',
      args: ['applePrice', 'tax'],
      result: 'price',
      grads: ['dApplePrice', 'dTax'],
      dout: 'dprice',
    },
  ],
};

const APPLE_ORANGE: Program = {
  expression: '(apple * apple_num + orange * orange_num) * tax',
  names: {
    apple: 'apple',
    apple_num: 'appleNum',
    orange: 'orange',
    orange_num: 'orangeNum',
    tax: 'tax',
  },
  layers: [
    {
      layer: 'mulAppleLayer',
      kind: 'Mul',
      args: ['apple', 'appleNum'],
      result: 'applePrice',
      grads: ['dApple', 'dAppleNum'],
      dout: 'dApplePrice',
    },
    {
      layer: 'mulOrangeLayer',
      kind: 'Mul',
      args: ['orange', 'orangeNum'],
      result: 'orangePrice',
      grads: ['dOrange', 'dOrangeNum'],
      dout: 'dOrangePrice',
    },
    {
      layer: 'addAppleOrangeLayer',
      kind: 'Add',
      args: ['applePrice', 'orangePrice'],
      result: 'allPrice',
      grads: ['dApplePrice', 'dOrangePrice'],
      dout: 'dAllPrice',
    },
    {
      layer: 'mulTaxLayer',
      kind: 'Mul',
      args: ['allPrice', 'tax'],
      result: 'price',
      grads: ['dAllPrice', 'dTax'],
      dout: 'dprice',
    },
  ],
};

const PROGRAMS: readonly Program[] = [APPLE, APPLE_ORANGE];

/**
 * The listing for a graph, when it is one of the DLFS examples (its expression exactly,
 * with any input values): layer classes, then the script with the current inputs.
 */
export function dlfsListing(
  analysis: GraphAnalysis,
  expression: string,
  inputs: Readonly<Record<string, number>>,
): Listing | null {
  const program = PROGRAMS.find((p) => p.expression === expression);
  if (program === undefined) return null;
  const gates = analysis.gates.flatMap((id) => analysis.byId.get(id) ?? []);
  const matches =
    gates.length === program.layers.length &&
    gates.every((g, i) => g.op === (program.layers[i]?.kind === 'Mul' ? 'mul' : 'add'));
  if (!matches) return null;

  const kinds = new Set(program.layers.map((l) => l.kind));
  const layers = [...(kinds.has('Mul') ? MUL_LAYER : []), ...(kinds.has('Add') ? ADD_LAYER : [])];
  const usage: CodeLine[] = [];
  for (const [name, codeName] of Object.entries(program.names)) {
    usage.push(plain(`const ${codeName} = ${String(inputs[name] ?? NaN)};`));
  }
  usage.push(plain(''));
  for (const l of program.layers) usage.push(plain(`const ${l.layer} = new ${l.kind}Layer();`));
  usage.push(plain(''), plain('// forward'));
  program.layers.forEach((l, i) => {
    const gate = gates[i];
    if (gate === undefined) return;
    usage.push({
      text: `const ${l.result} = ${l.layer}.forward(${l.args.join(', ')});`,
      tags: [`${gate.id}.forward`],
      shows: [`value:${gate.id}`],
    });
  });
  usage.push(plain(''), plain('// backward'));
  usage.push({ text: 'const dprice = 1;', tags: ['seed'], shows: [`grad:${analysis.output}`] });
  [...program.layers].reverse().forEach((l, k) => {
    const gate = gates[program.layers.length - 1 - k];
    if (gate === undefined) return;
    usage.push({
      text: `const [${l.grads.join(', ')}] = ${l.layer}.backward(${l.dout});`,
      tags: [`${gate.id}.backward`],
      shows: gate.inputs.map((input) => `contrib:${gate.id}:${input}`),
    });
  });
  return { layers, usage };
}

/** The tags of the lines a step executes: the method body of its layer and its call. */
export function activeTags(step: TraceStep | undefined): ReadonlySet<string> {
  if (step === undefined || !isGraphStep(step)) return new Set();
  switch (step.kind) {
    case 'seed':
      return new Set(['seed']);
    case 'gate-forward':
      return new Set([`${step.params.op}.forward`, `${step.params.gate}.forward`]);
    case 'gate-backward':
      return new Set([`${step.params.op}.backward`, `${step.params.gate}.backward`]);
    default:
      return assertNever(step);
  }
}
