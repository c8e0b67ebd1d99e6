import { isGraphStep, type GraphAnalysis, type TraceStep } from '../../engine';
import { assertNever } from '../../lib/assertNever';
import { camelName, dlfsProgram, SEED_NAME } from './dlfsPrograms';

/**
 * Deep Learning from Scratch, chapter 5, in TypeScript: the multiply and add layers and
 * the script that buys apples (and oranges) with them (the book's Python is in
 * dlfsPython.ts; both follow dlfsPrograms.ts). Code is not translated. Each line
 * carries tags that say which steps execute it, so the view can highlight the line the
 * current step runs: `mul.forward` (the method body), `g1.forward` (the call), `seed`.
 */
export interface CodeLine {
  readonly text: string;
  readonly tags: readonly string[];
  /** Quantity keys whose values the line computes, shown as a trailing comment once known. */
  readonly shows?: readonly string[];
}

/** The languages the code view shows the layers in: the book's Python first. */
export const CODE_LANGUAGES = ['python', 'typescript'] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

export interface Listing {
  readonly language: CodeLanguage;
  /** How the language starts a comment, for the values shown at the end of a line. */
  readonly comment: '#' | '//';
  readonly layers: readonly CodeLine[];
  readonly usage: readonly CodeLine[];
  /** What the script prints when it has run to its end (Python's print calls). */
  readonly printout: readonly string[];
}

/** A line no step executes. */
export const plain = (text: string): CodeLine => ({ text, tags: [] });
/** A line the steps with these tags execute. */
export const tagged = (tags: readonly string[], text: string): CodeLine => ({ text, tags });

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

/**
 * The TypeScript listing for a graph, when it is one of the DLFS examples (its expression
 * exactly, with any input values): layer classes, then the script with the current inputs.
 */
export function dlfsListing(
  analysis: GraphAnalysis,
  expression: string,
  inputs: Readonly<Record<string, number>>,
): Listing | null {
  const found = dlfsProgram(analysis, expression);
  if (found === null) return null;
  const { program, gates } = found;
  const ts = (name: string) => camelName(name, false);
  const grad = (name: string) => camelName(name, true);

  const kinds = new Set(program.layers.map((l) => l.kind));
  const layers = [...(kinds.has('Mul') ? MUL_LAYER : []), ...(kinds.has('Add') ? ADD_LAYER : [])];
  const usage: CodeLine[] = [];
  for (const [name, codeName] of Object.entries(program.names)) {
    usage.push(plain(`const ${ts(codeName)} = ${String(inputs[name] ?? NaN)};`));
  }
  usage.push(plain(''));
  for (const l of program.layers) usage.push(plain(`const ${ts(l.layer)} = new ${l.kind}Layer();`));
  usage.push(plain(''), plain('// forward'));
  program.layers.forEach((l, i) => {
    const gate = gates[i];
    if (gate === undefined) return;
    usage.push({
      text: `const ${ts(l.result)} = ${ts(l.layer)}.forward(${l.args.map(ts).join(', ')});`,
      tags: [`${gate.id}.forward`],
      shows: [`value:${gate.id}`],
    });
  });
  usage.push(plain(''), plain('// backward'));
  usage.push({
    text: `const ${grad(SEED_NAME)} = 1;`,
    tags: ['seed'],
    shows: [`grad:${analysis.output}`],
  });
  [...program.layers].reverse().forEach((l, k) => {
    const gate = gates[program.layers.length - 1 - k];
    if (gate === undefined) return;
    usage.push({
      text: `const [${l.grads.map(grad).join(', ')}] = ${ts(l.layer)}.backward(${grad(l.dout)});`,
      tags: [`${gate.id}.backward`],
      shows: gate.inputs.map((input) => `contrib:${gate.id}:${input}`),
    });
  });
  return { language: 'typescript', comment: '//', layers, usage, printout: [] };
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
