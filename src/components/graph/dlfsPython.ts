import type { GraphAnalysis, GraphNodeResult } from '../../engine';
import {
  dlfsListing,
  plain,
  tagged,
  type CodeLanguage,
  type CodeLine,
  type Listing,
} from './dlfsCode';
import { dlfsProgram, SEED_NAME, type Program } from './dlfsPrograms';
import { pyCombine, pyIntText, pyLiteral, pyText, type PyValue } from './pythonValues';

/**
 * Deep Learning from Scratch, chapter 5, in the book's Python: `MulLayer` and `AddLayer`
 * with `forward` and `backward`, the script that buys apples (and oranges) with them, and
 * what the script prints. Tags say which steps execute each line, as in the TypeScript
 * listing.
 */

const MUL_LAYER: readonly CodeLine[] = [
  plain('class MulLayer:'),
  plain('    def __init__(self):'),
  plain('        self.x = None'),
  plain('        self.y = None'),
  plain(''),
  tagged(['mul.forward'], '    def forward(self, x, y):'),
  tagged(['mul.forward'], '        self.x = x  # kept for backward'),
  tagged(['mul.forward'], '        self.y = y'),
  tagged(['mul.forward'], '        out = x * y'),
  tagged(['mul.forward'], '        return out'),
  plain(''),
  tagged(['mul.backward'], '    def backward(self, dout):'),
  tagged(['mul.backward'], '        dx = dout * self.y  # x gets y'),
  tagged(['mul.backward'], '        dy = dout * self.x  # y gets x'),
  tagged(['mul.backward'], '        return dx, dy'),
];

const ADD_LAYER: readonly CodeLine[] = [
  plain(''),
  plain(''),
  plain('class AddLayer:'),
  plain('    def __init__(self):'),
  plain('        pass'),
  plain(''),
  tagged(['add.forward'], '    def forward(self, x, y):'),
  tagged(['add.forward'], '        out = x + y'),
  tagged(['add.forward'], '        return out'),
  plain(''),
  tagged(['add.backward'], '    def backward(self, dout):'),
  tagged(['add.backward'], '        dx = dout * 1'),
  tagged(['add.backward'], '        dy = dout * 1'),
  tagged(['add.backward'], '        return dx, dy'),
];

/**
 * The Python listing for a graph, when it is one of the DLFS examples, with the current
 * inputs, and the printout of the script run to its end.
 */
export function dlfsPythonListing(
  analysis: GraphAnalysis,
  expression: string,
  inputs: Readonly<Record<string, number>>,
): Listing | null {
  const found = dlfsProgram(analysis, expression);
  if (found === null) return null;
  const { program, gates } = found;
  const kinds = new Set(program.layers.map((l) => l.kind));
  const layers = [...(kinds.has('Mul') ? MUL_LAYER : []), ...(kinds.has('Add') ? ADD_LAYER : [])];
  const values = scriptValues(program, gates, analysis, inputs);
  const usage: CodeLine[] = [plain('from layer_naive import MulLayer, AddLayer'), plain('')];
  for (const [name, codeName] of Object.entries(program.names)) {
    const value = values.get(codeName) ?? pyLiteral(inputs[name] ?? NaN);
    usage.push(plain(`${codeName} = ${pyText(value)}`));
  }
  usage.push(plain(''));
  for (const l of program.layers) usage.push(plain(`${l.layer} = ${l.kind}Layer()`));
  usage.push(plain(''), plain('# forward'));
  program.layers.forEach((l, i) => {
    const gate = gates[i];
    if (gate === undefined) return;
    usage.push({
      text: `${l.result} = ${l.layer}.forward(${l.args.join(', ')})`,
      tags: [`${gate.id}.forward`],
      shows: [`value:${gate.id}`],
    });
  });
  usage.push(plain(''), plain('# backward'));
  usage.push({ text: `${SEED_NAME} = 1`, tags: ['seed'], shows: [`grad:${analysis.output}`] });
  [...program.layers].reverse().forEach((l, k) => {
    const gate = gates[program.layers.length - 1 - k];
    if (gate === undefined) return;
    usage.push({
      text: `${l.grads.join(', ')} = ${l.layer}.backward(${l.dout})`,
      tags: [`${gate.id}.backward`],
      shows: gate.inputs.map((input) => `contrib:${gate.id}:${input}`),
    });
  });
  usage.push(plain(''));
  for (const p of program.prints) {
    usage.push(plain(`print("${p.label}:", ${p.asInt ? `int(${p.name})` : p.name})`));
  }
  return { language: 'python', comment: '#', layers, usage, printout: printout(program, values) };
}

/**
 * Every variable of the script as Python holds it once the script has run: the inputs,
 * each forward result, and each gradient, with the engine's values (the same float64
 * products, in the same order) and Python's int or float type.
 */
function scriptValues(
  program: Program,
  gates: readonly GraphNodeResult[],
  analysis: GraphAnalysis,
  inputs: Readonly<Record<string, number>>,
): Map<string, PyValue> {
  const values = new Map<string, PyValue>();
  const at = (name: string): PyValue => values.get(name) ?? { value: NaN, isInt: false };
  for (const [name, codeName] of Object.entries(program.names))
    values.set(codeName, pyLiteral(inputs[name] ?? NaN));
  program.layers.forEach((l, i) => {
    const value = gates[i]?.value ?? NaN;
    values.set(l.result, pyCombine(value, at(l.args[0]), at(l.args[1])));
  });
  values.set(SEED_NAME, { value: analysis.byId.get(analysis.output)?.grad ?? 1, isInt: true });
  [...program.layers].reverse().forEach((l, k) => {
    const gate = gates[program.layers.length - 1 - k];
    const dout = at(l.dout);
    l.grads.forEach((name, slot) => {
      const value = gate?.contributions[slot] ?? NaN;
      // dx = dout * self.y, dy = dout * self.x for a multiply layer; dout * 1 for an add.
      const other = l.kind === 'Mul' ? [at(l.args[1 - slot] ?? '')] : [];
      values.set(name, pyCombine(value, dout, ...other));
    });
  });
  return values;
}

/** The script's printout, as Python would print it: it stops at the first error. */
function printout(program: Program, values: ReadonlyMap<string, PyValue>): string[] {
  const lines: string[] = [];
  for (const p of program.prints) {
    const value = values.get(p.name) ?? { value: NaN, isInt: false };
    if (!p.asInt) {
      lines.push(`${p.label}: ${pyText(value)}`);
      continue;
    }
    const converted = pyIntText(value);
    if (!converted.ok) {
      lines.push(converted.text);
      break;
    }
    lines.push(`${p.label}: ${converted.text}`);
  }
  return lines;
}

/** Both listings of a DLFS example, the book's Python first; null for any other graph. */
export function dlfsListings(
  analysis: GraphAnalysis,
  expression: string,
  inputs: Readonly<Record<string, number>>,
): Readonly<Record<CodeLanguage, Listing>> | null {
  const python = dlfsPythonListing(analysis, expression, inputs);
  const typescript = dlfsListing(analysis, expression, inputs);
  return python === null || typescript === null ? null : { python, typescript };
}
