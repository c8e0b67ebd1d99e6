import {
  collectVariables,
  eulerIsVariable,
  hiddenKind,
  parseExpression,
  parseGraphScenario,
  type GraphScenario,
} from '../../engine';

/** Why typed text cannot become the graph, in data the UI translates. */
export interface ExpressionProblem {
  readonly code: string;
  /** 1-based column the caret points at, when the problem has a place in the text. */
  readonly column: number | null;
  readonly params: Readonly<Record<string, string | number>>;
  /** English fallback, should a code have no translation. */
  readonly message: string;
}

export type ExpressionCheck =
  | { readonly ok: true; readonly scenario: GraphScenario }
  | { readonly ok: false; readonly problem: ExpressionProblem };

/** The value a variable starts with when an edited expression introduces it. */
export const NEW_VARIABLE_VALUE = 1;

/**
 * The scenario an edited expression makes: variables that remain keep their values, new
 * ones start at 1 (and `e` is a variable only while it is one of them, as in old graphs). The result is validated like a scenario from a link (so, for example,
 * too many variables is refused). Never throws.
 */
export function scenarioForExpression(
  expression: string,
  previous: Readonly<Record<string, number>>,
): ExpressionCheck {
  // e stays a variable while the inputs give it a value (an old graph's, see the engine).
  const parsed = parseExpression(expression, { eulerIsVariable: eulerIsVariable(previous) });
  if (!parsed.ok) {
    const { code, column, params, message } = parsed.error;
    return { ok: false, problem: { code, column, params, message } };
  }
  const keep = (name: string): number => {
    const old = Object.hasOwn(previous, name) ? previous[name] : undefined;
    return typeof old === 'number' && Number.isFinite(old) ? old : NEW_VARIABLE_VALUE;
  };
  // fromEntries defines own properties, so no name can reach a prototype.
  const inputs = Object.fromEntries(collectVariables(parsed.ast).map((n) => [n, keep(n)]));
  const checked = parseGraphScenario({ version: 1, kind: 'graph', expression, inputs });
  if (checked.ok) return { ok: true, scenario: checked.scenario };
  const first = checked.errors[0];
  return {
    ok: false,
    problem: {
      code: first?.code ?? 'unreadable',
      column: null,
      params: first?.params ?? {},
      message: first?.message ?? '',
    },
  };
}

/** The text with a caret under `column` (code points; tabs shown as spaces). */
export function caretLines(text: string, column: number): [string, string] {
  // One visible character per column: a hidden one (a direction control) shows as �.
  const chars = Array.from(text.replace(/[\t\r\n]/g, ' ')).map((c, i) =>
    hiddenKind(c, i === 0) === undefined ? c : '\ufffd',
  );
  const pad = Math.max(0, Math.min(chars.length, column - 1));
  return [chars.join(''), `${' '.repeat(pad)}^`];
}
