import type { NumberProblemCode } from '../../engine';

/**
 * Why typed text is not a number (engine/numbers/readTypedNumber.ts), as clauses that a
 * field's own sentence completes (`number.kept`, `graph.inputRefused`, …): "“1e999” is too
 * large …; the old value is kept."
 */
export const numbersEn = {
  'number.empty': 'nothing was typed: type a number such as 0.5 or -2',
  'number.not-a-number': '{text} is not a number',
  'number.too-large': '{text} is too large (the largest number is about 1.8 × 10³⁰⁸)',
  'number.too-small': '{text} is too small: it would be stored as 0',
  'number.ambiguous-comma':
    '{text} could be {whole} or {decimal} (a comma can separate thousands or decimals): type {whole} or {decimal}',
  'number.grouped-digits': '{text} has digit-group separators: type {number}',
  'number.unclear-parentheses':
    '{text} is in parentheses, which accounts read as a negative number: type {inside} or -{inside}',
  'number.space-inside': '{text} has a space inside: type {number}',
  'number.hidden-character':
    '{text} contains an invisible character, {codePoint} ({character}): type the number again',
  'number.readAs': 'read as {value}',
  'number.kept': '{reason}; the old value is kept.',
  'number.etaNotPositive': 'η must be greater than 0, and {value} is not',
  'number.etaKept': '{reason}; η stays {value}.',
  'number.sampleKept': '{reason}; {name} of example {n} stays {value}.',
} as const satisfies Record<`number.${NumberProblemCode}`, string> & Record<string, string>;
