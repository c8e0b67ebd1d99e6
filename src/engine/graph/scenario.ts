import { issue, type InputIssue, type ParseResult } from '../issues';
import { quoteEnglish, textParams } from '../text/userText';
import { escapeHidden } from '../text/characters';
import { IssueList, found, foundEnglish, readNumber } from '../validate';
import { RESERVED_NAMES } from './ast';
import { collectVariables } from './build';
import { eulerIsVariable } from './grammar';
import { parseExpression } from './parser';

/** A computational-graph scenario (DESIGN.md, "Scenario format"). */
export interface GraphScenario {
  readonly version: 1;
  readonly kind: 'graph';
  readonly expression: string;
  /** Exactly one finite value per variable of the expression, keyed by its name. */
  readonly inputs: Readonly<Record<string, number>>;
}

/** Most variables a graph may have; more would not fit on screen anyway. */
export const MAX_GRAPH_VARIABLES = 50;

const TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(['version', 'kind', 'expression', 'inputs']);

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads an own property only: nothing is ever looked up on a prototype. */
const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** JSON path of a key under `parent`: `inputs.x` for plain names, `inputs["a b"]` otherwise. */
function keyPath(parent: string, key: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
    return `${parent}[${escapeHidden(JSON.stringify(key))}]`;
  return parent === '' ? key : `${parent}.${key}`;
}
const inputPath = (key: string): string => keyPath('inputs', key);

function checkInputs(
  raw: unknown,
  variables: readonly string[],
  errors: InputIssue[],
): Map<string, number> {
  const values = new Map<string, number>();
  if (!isRecord(raw)) {
    const message = `inputs must be an object mapping each variable to a number, found ${foundEnglish(raw)}`;
    errors.push(issue('inputs', 'not-an-object', message, found(raw)));
    return values;
  }
  // Where the inputs give e a value, e is one of the variables (grammar.ts, eulerIsVariable).
  const wanted = new Set(variables);
  for (const key of Object.keys(raw)) {
    const path = inputPath(key);
    const name = textParams('name', key);
    if (RESERVED_NAMES.has(key)) {
      const message = `${quoteEnglish(key)} cannot be an input name`;
      errors.push(issue(path, 'reserved-name', message, name));
    } else if (!wanted.has(key)) {
      const message = `${quoteEnglish(key)} is not a variable of the expression`;
      errors.push(issue(path, 'unknown-input', message, name));
    }
  }
  for (const name of variables) {
    const path = inputPath(name);
    if (!Object.hasOwn(raw, name)) {
      const message = `no value for variable ${quoteEnglish(name)}`;
      errors.push(issue(path, 'missing-input', message, textParams('name', name)));
      continue;
    }
    // The same reader as a network's numbers: too large, text for a number, and so on.
    const list = new IssueList();
    const value = readNumber(own(raw, name), path, list);
    errors.push(...list.issues);
    if (value !== undefined) values.set(name, value);
  }
  return values;
}

function read(input: unknown): ParseResult<GraphScenario> {
  if (!isRecord(input)) {
    const message = `a scenario must be a JSON object, found ${foundEnglish(input)}`;
    return { ok: false, errors: [issue('', 'not-an-object', message, found(input))] };
  }
  const errors: InputIssue[] = [];
  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_KEYS.has(key)) {
      const message = `unknown field ${quoteEnglish(key)} in a graph scenario`;
      errors.push(issue(keyPath('', key), 'unknown-key', message, textParams('name', key)));
    }
  }
  if (own(input, 'kind') !== 'graph')
    errors.push(issue('kind', 'wrong-kind', "kind must be 'graph'", {}));
  if (own(input, 'version') !== 1) {
    errors.push(issue('version', 'unsupported-version', 'version must be 1', { expected: 1 }));
  }
  const expression = own(input, 'expression');
  if (typeof expression !== 'string') {
    errors.push(issue('expression', 'not-a-string', 'expression must be a string', {}));
    return { ok: false, errors };
  }
  const inputs = own(input, 'inputs');
  const parsed = parseExpression(expression, { eulerIsVariable: eulerIsVariable(inputs) });
  if (!parsed.ok) {
    // The expression's own codes (graph/errors.ts), translated as `graph.error.CODE`.
    const { code, message, params } = parsed.error;
    errors.push({ path: 'expression', code, message, params: { ...params } });
    return { ok: false, errors };
  }
  const variables = collectVariables(parsed.ast);
  if (variables.length > MAX_GRAPH_VARIABLES) {
    const message = `the expression has ${variables.length} variables; at most ${MAX_GRAPH_VARIABLES} are allowed`;
    const params = { count: variables.length, limit: MAX_GRAPH_VARIABLES };
    errors.push(issue('expression', 'too-many-variables', message, params));
    return { ok: false, errors };
  }
  const values = checkInputs(inputs, variables, errors);
  // As for networks, the first 25 problems: nobody reads the 10,000th unknown input.
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, IssueList.MAX) };
  const normalised: Record<string, number> = Object.fromEntries(
    variables.map((n) => [n, values.get(n) ?? 0]),
  );
  return { ok: true, scenario: { version: 1, kind: 'graph', expression, inputs: normalised } };
}

/**
 * Validates an already JSON-parsed graph scenario and returns it normalised (inputs in
 * the order the variables first appear). Never throws, whatever it is given: keys are
 * only read through `Object.keys`/`Object.hasOwn`, never written into a plain object, and
 * an input that throws when read (a hostile proxy) is reported rather than propagated.
 */
export function parseGraphScenario(input: unknown): ParseResult<GraphScenario> {
  try {
    return read(input);
  } catch {
    return { ok: false, errors: [issue('', 'unreadable', 'the scenario could not be read', {})] };
  }
}
