import { parseGraphScenario, type GraphScenario } from './graph';
import { issue, type InputIssue, type ParseResult } from './issues';
import { parseNetworkScenario } from './network/parse';
import type { NetworkScenario } from './network/types';
import { findJsonUnderflows } from './numbers/jsonUnderflow';
import { textParams } from './text/userText';
import { IssueList, found, foundEnglish, isRecord } from './validate';

/** Any scenario the app can show: a network or a computational graph (DESIGN.md). */
export type Scenario = NetworkScenario | GraphScenario;

/** The scenario format version this build writes; older versions stay readable. */
export const SCENARIO_VERSION = 1;

/**
 * Validates any JSON value into a normalised scenario, or lists every problem with its
 * JSON path. Never throws, whatever it is given.
 */
export function parseScenario(input: unknown): ParseResult<Scenario> {
  try {
    return parseUnchecked(input);
  } catch {
    // Unreachable by design; kept so that a bug here can never break the page.
    return refuse(issue('', 'internal', 'this scenario could not be read', {}));
  }
}

const refuse = (...errors: InputIssue[]): ParseResult<Scenario> => ({ ok: false, errors });

function parseUnchecked(input: unknown): ParseResult<Scenario> {
  if (!isRecord(input)) {
    const message = `a scenario must be a JSON object, found ${foundEnglish(input)}`;
    return refuse(issue('', 'not-an-object', message, found(input)));
  }
  if (input.version !== SCENARIO_VERSION) {
    const message = `this app reads scenario version ${SCENARIO_VERSION}, found ${foundEnglish(input.version)}`;
    const params = { expected: SCENARIO_VERSION, ...found(input.version) };
    return refuse(issue('version', 'bad-version', message, params));
  }
  if (input.kind === 'network') return parseNetworkScenario(input);
  if (input.kind === 'graph') return parseGraphScenario(input);
  const message = `kind must be "network" or "graph", found ${foundEnglish(input.kind)}`;
  return refuse(issue('kind', 'bad-kind', message, found(input.kind)));
}

/**
 * Reads scenario JSON text (a file or a link): JSON syntax errors become issues too, and
 * so do numbers that JSON would silently read as 0 (`1e-400`, see numbers/jsonUnderflow).
 */
export function parseScenarioText(text: string): ParseResult<Scenario> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'invalid JSON';
    return refuse(issue('', 'bad-json', `not valid JSON: ${detail}`, { detail }));
  }
  const underflows = findJsonUnderflows(text).map(({ path, literal }) =>
    issue(path, 'too-small', `${literal} is too small: it would be stored as 0`, {
      ...textParams('literal', literal),
    }),
  );
  const parsed = parseScenario(value);
  if (underflows.length === 0) return parsed;
  // Both lists, the underflows first (they explain a 0 the rest of the checks accepted).
  const others = parsed.ok
    ? []
    : parsed.errors.filter((e) => !underflows.some((u) => u.path === e.path));
  return refuse(...[...underflows, ...others].slice(0, IssueList.MAX));
}
