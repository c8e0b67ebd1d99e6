import { LARGEST_TEXT, magnitudeProblem } from '../numbers/magnitude';
import { describeHidden, hiddenKind, codePointLabel } from '../text/characters';
import { quoteEnglish, textParams } from '../text/userText';
import { expressionError, type ExpressionError } from './errors';

/**
 * The lexer: turns an expression into tokens with 1-based columns.
 *
 * Columns count characters (code points), so an emoji before an error does not shift the
 * caret. A few look-alikes that people paste from formulas are accepted: `−` (minus sign)
 * for `-`, `×` and `·` for `*`, `÷` for `/`, and `**` for `^`; any Unicode space (a
 * no-break space from a word processor) separates tokens like a space. A character that
 * cannot be seen (a zero-width space, a direction control) is refused by its code point.
 */
export type OperatorText = '+' | '-' | '*' | '/' | '^';

export type Token =
  | {
      readonly type: 'number';
      readonly value: number;
      readonly text: string;
      readonly column: number;
    }
  | { readonly type: 'name'; readonly text: string; readonly column: number }
  | { readonly type: 'op'; readonly text: OperatorText; readonly column: number }
  | { readonly type: '(' | ')' | ','; readonly text: string; readonly column: number }
  | { readonly type: 'end'; readonly text: ''; readonly column: number };

export type TokenizeResult =
  | { readonly ok: true; readonly tokens: readonly Token[] }
  | { readonly ok: false; readonly error: ExpressionError };

const OPERATORS: ReadonlyMap<string, OperatorText> = new Map<string, OperatorText>([
  ['+', '+'],
  ['-', '-'],
  ['\u2212', '-'],
  ['*', '*'],
  ['\u00d7', '*'],
  ['\u00b7', '*'],
  ['/', '/'],
  ['\u00f7', '/'],
  ['^', '^'],
]);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isNameStart = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z_]$/.test(c);
const isNamePart = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z0-9_]$/.test(c);
const isSpace = (c: string): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || (c > '\u007f' && /^\p{Zs}$/u.test(c));

/** Length of the number literal starting at `i` (digits, one dot, an exponent), or 0. */
function numberLength(chars: readonly string[], i: number): number {
  let j = i;
  while (isDigit(chars[j])) j++;
  if (chars[j] === '.') {
    j++;
    while (isDigit(chars[j])) j++;
  }
  if (j === i + 1 && chars[i] === '.') return 0;
  if (chars[j] === 'e' || chars[j] === 'E') {
    let k = j + 1;
    if (chars[k] === '+' || chars[k] === '-') k++;
    if (isDigit(chars[k])) {
      while (isDigit(chars[k])) k++;
      j = k;
    }
  }
  return j - i;
}

/**
 * Reads one number at `i`. Anything glued to it is a mistake: `2x` and `2e` name what was
 * meant (`2*x`), `1.2.3` is a bad number. A literal that a float64 cannot hold (`1e309`,
 * `1e-400`) is refused rather than read as Infinity or 0.
 */
function readNumber(chars: readonly string[], i: number): Token | ExpressionError {
  const column = i + 1;
  let end = i + numberLength(chars, i);
  const glued = end > i && (isNamePart(chars[end]) || chars[end] === '.');
  if (glued || end === i) {
    const digits = end;
    while (isNamePart(chars[end]) || chars[end] === '.') end++;
    const text = chars.slice(i, end).join('');
    const number = chars.slice(i, digits).join('');
    const name = chars.slice(digits, end).join('');
    if (/^[0-9.]+$/.test(number) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      const suggestion = `${number}*${name}`;
      const message = `${quoteEnglish(text)} at column ${column} is not a number: write ${quoteEnglish(suggestion)} to multiply`;
      return expressionError('missing-operator', column, message, {
        ...textParams('text', text),
        ...textParams('suggestion', suggestion),
      });
    }
    const message = `${quoteEnglish(text)} at column ${column} is not a number`;
    return expressionError('bad-number', column, message, textParams('text', text));
  }
  const text = chars.slice(i, end).join('');
  const value = Number(text);
  const magnitude = magnitudeProblem(text, value);
  if (magnitude === 'too-large') {
    const message = `${quoteEnglish(text)} at column ${column} is too large (the largest is about ${LARGEST_TEXT})`;
    return expressionError('number-too-large', column, message, textParams('text', text));
  }
  if (magnitude === 'too-small') {
    const message = `${quoteEnglish(text)} at column ${column} is too small: it would be 0`;
    return expressionError('number-too-small', column, message, textParams('text', text));
  }
  return { type: 'number', value, text, column };
}

/** Splits `source` into tokens ending with an `end` token; never throws. */
export function tokenize(source: string): TokenizeResult {
  const chars = Array.from(source);
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i] ?? '';
    const column = i + 1;
    if (isSpace(c)) {
      i++;
    } else if (isDigit(c) || (c === '.' && isDigit(chars[i + 1]))) {
      const token = readNumber(chars, i);
      if ('code' in token) return { ok: false, error: token };
      tokens.push(token);
      i += Array.from(token.text).length;
    } else if (isNameStart(c)) {
      let end = i + 1;
      while (isNamePart(chars[end])) end++;
      tokens.push({ type: 'name', text: chars.slice(i, end).join(''), column });
      i = end;
    } else if (c === '*' && chars[i + 1] === '*') {
      tokens.push({ type: 'op', text: '^', column });
      i += 2;
    } else if (OPERATORS.has(c)) {
      tokens.push({ type: 'op', text: OPERATORS.get(c) ?? '+', column });
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ type: c, text: c, column });
      i++;
    } else {
      return { ok: false, error: unexpectedCharacter(c, column) };
    }
  }
  tokens.push({ type: 'end', text: '', column: chars.length + 1 });
  return { ok: true, tokens };
}

/** A character the grammar has no use for; a hidden one is named by its code point. */
function unexpectedCharacter(c: string, column: number): ExpressionError {
  const kind = hiddenKind(c, column === 1);
  if (kind !== undefined) {
    const codePoint = codePointLabel(c.codePointAt(0) ?? 0);
    const named = describeHidden({ column, codePoint, kind });
    const message = `invisible character ${named} at column ${column}`;
    return expressionError('hidden-character', column, message, { codePoint, character: kind });
  }
  const message = `unexpected character ${quoteEnglish(c)} at column ${column}`;
  return expressionError('unexpected-character', column, message, textParams('text', c));
}
