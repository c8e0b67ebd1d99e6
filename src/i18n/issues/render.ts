import {
  EXPRESSION_ERROR_PARAMS,
  assertNever,
  GRAPH_PROBLEM_PARAMS,
  ISSUE_PARAMS,
  NUMBER_PROBLEM_PARAMS,
  VALUE_WORDS,
  clipText,
  groupDigits,
  isIssueCode,
  isolate,
  type ExpressionErrorCode,
  type GraphProblem,
  type InputIssue,
  type NumberProblem,
  type ParamKind,
  type ParamKinds,
  type ValueWord,
} from '../../engine';
import { formatFull, formatNumber } from '../../lib/format';
import type { MessageKey } from '../en';
import { isMessageKey, type Translate } from '../translate';

/**
 * Messages from the engine's codes, in the reader's language, each parameter shown as
 * its kind asks (engine/params.ts): the user's text quoted, clipped and isolated
 * (U+2068 … U+2069, which MessageText renders as `<bdi>`), counts with digit groups,
 * negative bases in parentheses, value words and character names translated.
 */

type Params = Readonly<Record<string, string | number>>;

const VALUE_KEYS: Readonly<Record<ValueWord, MessageKey>> = {
  null: 'value.null',
  'an array': 'value.array',
  'a string': 'value.string',
  true: 'value.true',
  false: 'value.false',
  'a number': 'value.number',
  nothing: 'value.nothing',
  'an object': 'value.object',
};

const isValueWord = (v: string): v is ValueWord => (VALUE_WORDS as readonly string[]).includes(v);

/** Quotes text the engine already clipped (`shown`), with the whole length when it was clipped. */
export function quoteShown(t: Translate, shown: string, length?: number): string {
  const text = isolate(shown);
  return length === undefined
    ? t('quote.text', { text })
    : t('quote.clipped', { text, length: groupDigits(length) });
}

/** Quotes raw text a person typed: clipped, hidden characters revealed, isolated. */
export function quoteTyped(t: Translate, raw: string): string {
  const { shown, length, clipped } = clipText(raw);
  return quoteShown(t, shown, clipped ? length : undefined);
}

/** A real number for a sentence: NaN is spelled out, never shown as if it were a number. */
export function sentenceNumber(t: Translate, value: number, digits?: number): string {
  return Number.isNaN(value) ? t('value.notReal') : formatNumber(value, digits);
}

/**
 * What was found, saying what it is: "the number 1", "a list of 3", "the text “net”",
 * or a value word ("null", "an object"). `type` (params.ts, FoundType) tells a list's
 * length from a number, and the user's text from a value word.
 */
function showFound(t: Translate, value: string | number, length?: number, type?: string) {
  if (type === 'list' && typeof value === 'number')
    return value === 0 ? t('value.emptyList') : t('value.listOf', { count: groupDigits(value) });
  if (typeof value === 'number') return t('value.theNumber', { number: formatFull(value) });
  if (type !== 'text' && isValueWord(value)) return t(VALUE_KEYS[value]);
  return t('value.theText', { text: quoteShown(t, value, length) });
}

function showParam(
  t: Translate,
  kind: ParamKind,
  value: string | number,
  length?: number,
  type?: string,
) {
  switch (kind) {
    case 'text':
      return quoteShown(t, String(value), length);
    case 'value':
      return showFound(t, value, length, type);
    case 'count':
      return typeof value === 'number' ? groupDigits(value) : value;
    case 'number':
      return typeof value === 'number' ? sentenceNumber(t, value) : value;
    case 'base': {
      if (typeof value !== 'number') return value;
      const shown = sentenceNumber(t, value);
      return value < 0 || Object.is(value, -0) ? `(${shown})` : shown;
    }
    case 'word':
      return value;
    case 'character': {
      const key = `char.${String(value)}`;
      return isMessageKey(key) ? t(key) : String(value);
    }
    default:
      return assertNever(kind);
  }
}

/** Every parameter shown as its declared kind; undeclared ones are passed on unchanged. */
export function renderParams(t: Translate, kinds: ParamKinds, params: Params = {}): Params {
  const out: Record<string, string | number> = { ...params };
  for (const [name, kind] of Object.entries(kinds)) {
    const value = params[name];
    if (value === undefined) continue;
    const length = params[`${name}Length`];
    const type = params[`${name}Type`];
    out[name] = showParam(
      t,
      kind,
      value,
      typeof length === 'number' ? length : undefined,
      typeof type === 'string' ? type : undefined,
    );
  }
  return out;
}

const isExpressionCode = (code: string): code is ExpressionErrorCode =>
  Object.hasOwn(EXPRESSION_ERROR_PARAMS, code);

/**
 * An expression's error (graph/errors.ts) in the reader's language. A graph scenario's
 * own issue about the expression (too many variables) has its `graph.error.CODE` twin;
 * anything else is read as an issue.
 */
export function expressionErrorText(
  t: Translate,
  error: { readonly code: string; readonly params?: Params; readonly message: string },
): string {
  if (isExpressionCode(error.code)) {
    const kinds = EXPRESSION_ERROR_PARAMS[error.code];
    return t(`graph.error.${error.code}`, renderParams(t, kinds, error.params));
  }
  const key = `graph.error.${error.code}`;
  if (isIssueCode(error.code) && isMessageKey(key))
    return t(key, renderParams(t, ISSUE_PARAMS[error.code], error.params));
  return issueText(t, { path: '', ...error });
}

/**
 * An issue in the reader's language: `issue.CODE`, or an expression's own error (a graph
 * scenario reports those at `expression`), or, for a code no dictionary knows, the
 * engine's English.
 */
export function issueText(t: Translate, issue: InputIssue): string {
  if (isIssueCode(issue.code)) {
    const key = `issue.${issue.code}` as const;
    return t(key, renderParams(t, ISSUE_PARAMS[issue.code], issue.params));
  }
  return isExpressionCode(issue.code) ? expressionErrorText(t, issue) : issue.message;
}

/** Where a graph's value stopped being a real number, in the reader's language. */
export function problemText(t: Translate, problem: GraphProblem): string {
  const params = renderParams(t, GRAPH_PROBLEM_PARAMS[problem.code], problem.params);
  return t(`graph.problem.${problem.code}`, params);
}

/** Why typed text is not a number, as a clause that a field's sentence completes. */
export function numberProblemText(t: Translate, problem: NumberProblem): string {
  return t(
    `number.${problem.code}`,
    renderParams(t, NUMBER_PROBLEM_PARAMS[problem.code], problem.params),
  );
}
