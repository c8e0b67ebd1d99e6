import { expressionError, type ExpressionError } from './errors';

/**
 * The lexer: turns an expression into tokens with 1-based columns.
 *
 * Columns count characters (code points), so an emoji before an error does not shift the
 * caret. A few look-alikes that people paste from formulas are accepted: `−` (minus sign)
 * for `-`, `×` and `·` for `*`, `÷` for `/`, and `**` for `^`.
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
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

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

/** Reads one number at `i`; anything glued to it (`1.2.3`, `2x`, `1e`) makes it a bad number. */
function readNumber(chars: readonly string[], i: number): Token | ExpressionError {
  let end = i + numberLength(chars, i);
  const glued = end > i && (isNamePart(chars[end]) || chars[end] === '.');
  if (glued || end === i) {
    while (isNamePart(chars[end]) || chars[end] === '.') end++;
    const text = chars.slice(i, end).join('');
    const hint = /^[0-9.]+[eE]$/.test(text)
      ? ' (the exponent has no digits)'
      : /^[0-9.]+[A-Za-z_]/.test(text)
        ? ' (write a * between a number and a name)'
        : '';
    return expressionError(
      'bad-number',
      i + 1,
      `'${text}' at column ${i + 1} is not a number${hint}`,
      { text },
    );
  }
  const text = chars.slice(i, end).join('');
  const value = Number(text);
  if (!Number.isFinite(value)) {
    return expressionError('bad-number', i + 1, `'${text}' at column ${i + 1} is too large`, {
      text,
    });
  }
  return { type: 'number', value, text, column: i + 1 };
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
      const shown = JSON.stringify(c).slice(1, -1);
      const message = `unexpected character '${shown}' at column ${column}`;
      return {
        ok: false,
        error: expressionError('unexpected-character', column, message, { text: c }),
      };
    }
  }
  tokens.push({ type: 'end', text: '', column: chars.length + 1 });
  return { ok: true, tokens };
}
