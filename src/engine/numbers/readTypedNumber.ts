import type { ParamsOf } from '../params';
import { assertNever } from '../../lib/assertNever';
import { describeHidden, findHiddenCharacter } from '../text/characters';
import { quoteEnglish, textParams } from '../text/userText';
import { LARGEST_TEXT, magnitudeProblem } from './magnitude';
import { normaliseTyped } from './normalise';
import { readSeparators } from './separators';

/**
 * The one reader for every number a person types: the network's in-place editor, the
 * graph's inputs, η, the training examples, and (in time) practice answers.
 *
 * Accepted, besides plain `-1.5`, `.5`, `+2` and `1e-3`:
 * - spaces around the number (any Unicode space), and a leading `+`;
 * - the Unicode minus `−`, full-width `－` `＋`, hyphens and the en dash as a minus;
 * - full-width digits and dot (`０.５`), the ideographic full stop `。` as a decimal point;
 * - parentheses around a signed number, full-width too (`（−1.5）` is −1.5);
 * - `1.2×10⁻⁵`, `1.2 × 10^-5`, `1.2*10^-5`: scientific notation as the app shows it;
 * - a decimal comma where it cannot be a thousands separator: `0,5`, `-1,25`, `3,14159`.
 *
 * Refused, each with a code that says why (and the text, for the message):
 * - `ambiguous-comma`: `1,000` or `12,345` (thousands, or decimals?), with both readings;
 * - `grouped-digits`: `1,000,000`, `1.000,5`, `1,000.5` (digit groups), with the number;
 * - `unclear-parentheses`: `(1.5)`, which accounts read as −1.5;
 * - `space-inside`: `1 000`; `hidden-character`: a zero-width space, a direction control,
 *   a control character (named by code point and kind);
 * - `too-large`: beyond ±1.8 × 10³⁰⁸ (`1e999`); `too-small`: not zero, yet so close to 0
 *   that it would be stored as 0 (`1e-400`);
 * - `empty`, and `not-a-number` for anything else (`abc`, `2x`, `1.2.3`, `NaN`, `Infinity`).
 *
 * When a character was read as something else (full-width, a decimal comma, parentheses),
 * `understood` is the number as read, in plain ASCII ("0.5"), so the UI can say so.
 * Pure and total: never throws, whatever the text.
 */
export type TypedNumber =
  { readonly ok: true; readonly value: number; readonly understood?: string } | NumberProblem;

/** Why typed text is not a number, with the parameters of its message. */
export const NUMBER_PROBLEM_PARAMS = {
  empty: {},
  'not-a-number': { text: 'text' },
  'too-large': { text: 'text' },
  'too-small': { text: 'text' },
  'ambiguous-comma': { text: 'text', whole: 'word', decimal: 'word' },
  'grouped-digits': { text: 'text', number: 'word' },
  'unclear-parentheses': { text: 'text', inside: 'word' },
  'space-inside': { text: 'text', number: 'word' },
  'hidden-character': { text: 'text', codePoint: 'word', character: 'character' },
} as const;

export type NumberProblemCode = keyof typeof NUMBER_PROBLEM_PARAMS;

export type NumberProblem = {
  [C in NumberProblemCode]: {
    readonly ok: false;
    readonly code: C;
    readonly params: ParamsOf<(typeof NUMBER_PROBLEM_PARAMS)[C]>;
    /** Plain English, for logs and tests; the UI translates `number.CODE`. */
    readonly message: string;
  };
}[NumberProblemCode];

const PLAIN = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/;

/** Reads one number as a person types it; see {@link TypedNumber}. */
export function readTypedNumber(typed: string): TypedNumber {
  const raw = typed.trim();
  if (raw === '') return { ok: false, code: 'empty', params: {}, message: 'no number was typed' };
  // Plain ASCII numbers, the common case, need none of the work below.
  if (PLAIN.test(raw)) return checked(raw, Number(raw), raw, false);
  return readUnusual(raw);
}

/** Everything but a plain ASCII number: look-alikes, separators, and the refusals. */
function readUnusual(raw: string): TypedNumber {
  const q = quoteEnglish(raw);
  const quoted = textParams('text', raw);
  // Spaces inside are their own mistake (space-inside), whatever space they are.
  const hidden = findHiddenCharacter(raw.replace(/[\p{Zs}\t]/gu, ' '));
  if (hidden !== undefined) {
    const message = `${q} contains an invisible character, ${describeHidden(hidden)}`;
    const params = { ...quoted, codePoint: hidden.codePoint, character: hidden.kind };
    return { ok: false, code: 'hidden-character', params, message };
  }
  const normal = normaliseTyped(raw);
  let text = normal.text;
  let understood = normal.reinterpreted;

  const parenthesised = /^\((.*)\)$/.exec(text);
  if (parenthesised !== null) {
    const inside = (parenthesised[1] ?? '').trim();
    if (!/^[-+]/.test(inside)) {
      const message = `${q} is in parentheses, which accounts read as a negative number: type ${inside} or -${inside}`;
      return { ok: false, code: 'unclear-parentheses', params: { ...quoted, inside }, message };
    }
    text = inside;
    understood = true;
  }
  const times = /^(.*?)\s*×\s*10\s*\^\s*\(?([-+]?\d+)\)?$/.exec(text);
  if (times !== null) text = `${(times[1] ?? '').trim()}e${times[2] ?? ''}`;

  if (/\s/.test(text)) {
    const joined = text.replace(/\s+/g, '');
    const again = readTypedNumber(joined);
    if (!again.ok) return notANumber(q, quoted);
    const number = String(again.value);
    const message = `${q} has a space inside: type ${number}`;
    return { ok: false, code: 'space-inside', params: { ...quoted, number }, message };
  }

  const parts = /^([-+]?)([\d.,]+)(?:e([-+]?\d+))?$/.exec(text);
  if (parts === null) return notANumber(q, quoted);
  const [, sign = '', digits = '', exponent] = parts;
  const suffix = exponent === undefined ? '' : `e${exponent}`;
  const separators = readSeparators(digits);
  switch (separators.kind) {
    case 'plain':
      break;
    case 'decimal-comma':
      understood = true;
      break;
    case 'ambiguous': {
      const whole = `${sign}${separators.whole}${suffix}`;
      const decimal = `${sign}${separators.decimal}${suffix}`;
      const message = `${q} could be ${whole} or ${decimal} (a comma can separate thousands or decimals): type ${whole} or ${decimal}`;
      return { ok: false, code: 'ambiguous-comma', params: { ...quoted, whole, decimal }, message };
    }
    case 'grouped': {
      const number = `${sign}${separators.number}${suffix}`;
      const message = `${q} has digit-group separators: type ${number}`;
      return { ok: false, code: 'grouped-digits', params: { ...quoted, number }, message };
    }
    case 'invalid':
      return notANumber(q, quoted);
    default:
      return assertNever(separators);
  }
  const ascii = `${sign}${separators.number}${suffix}`;
  if (!PLAIN.test(ascii)) return notANumber(q, quoted);
  return checked(ascii, Number(ascii), raw, understood);
}

/** A number as read, unless a float64 cannot hold what was written. */
function checked(ascii: string, value: number, raw: string, understood: boolean): TypedNumber {
  const magnitude = magnitudeProblem(ascii, value);
  if (magnitude === 'too-large') {
    const message = `${quoteEnglish(raw)} is too large (the largest is about ${LARGEST_TEXT})`;
    return { ok: false, code: 'too-large', params: textParams('text', raw), message };
  }
  if (magnitude === 'too-small') {
    const message = `${quoteEnglish(raw)} is too small: it would be stored as 0`;
    return { ok: false, code: 'too-small', params: textParams('text', raw), message };
  }
  return understood ? { ok: true, value, understood: plainText(value) } : { ok: true, value };
}

function notANumber(q: string, quoted: ParamsOf<{ text: 'text' }>): TypedNumber {
  return { ok: false, code: 'not-a-number', params: quoted, message: `${q} is not a number` };
}

/** A number as plain ASCII that reads back the same: -0 keeps its sign. */
function plainText(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}
