import { parseGraphScenario, type GraphScenario } from './graph';
import type { ParseResult } from './issues';
import { parseNetworkScenario } from './network/parse';
import type { NetworkScenario } from './network/types';
import { describe, isRecord } from './validate';

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
    return {
      ok: false,
      errors: [{ path: '', code: 'internal', message: 'this scenario could not be read' }],
    };
  }
}

function parseUnchecked(input: unknown): ParseResult<Scenario> {
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [
        {
          path: '',
          code: 'not-an-object',
          message: `a scenario must be a JSON object, found ${describe(input)}`,
          params: { found: describe(input) },
        },
      ],
    };
  }
  if (input.version !== SCENARIO_VERSION) {
    const found =
      typeof input.version === 'number' ? String(input.version) : describe(input.version);
    return {
      ok: false,
      errors: [
        {
          path: 'version',
          code: 'bad-version',
          message: `this app reads scenario version ${SCENARIO_VERSION}, found ${found}`,
          params: { expected: SCENARIO_VERSION, found },
        },
      ],
    };
  }
  if (input.kind === 'network') return parseNetworkScenario(input);
  if (input.kind === 'graph') return parseGraphScenario(input);
  const found =
    typeof input.kind === 'string' ? `'${input.kind.slice(0, 40)}'` : describe(input.kind);
  return {
    ok: false,
    errors: [
      {
        path: 'kind',
        code: 'bad-kind',
        message: `kind must be "network" or "graph", found ${found}`,
        params: { found },
      },
    ],
  };
}

/** Reads scenario JSON text (a file or a link): JSON syntax errors become issues too. */
export function parseScenarioText(text: string): ParseResult<Scenario> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'invalid JSON';
    return {
      ok: false,
      errors: [
        { path: '', code: 'bad-json', message: `not valid JSON: ${detail}`, params: { detail } },
      ],
    };
  }
  return parseScenario(value);
}
