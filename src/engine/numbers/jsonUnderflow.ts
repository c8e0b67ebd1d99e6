import { join } from '../validate';
import { magnitudeProblem } from './magnitude';

/**
 * Number literals in JSON text that `JSON.parse` turns into 0 although they are not zero
 * (`1e-400`), with their JSON paths. After parsing, such a number cannot be told from a
 * real 0, so scenario text is scanned for them before it is accepted: a value that would
 * silently change is refused instead. Overflow needs no scan: JSON has no Infinity, so an
 * infinite parsed number can only come from a literal that was too large.
 *
 * The text must already be valid JSON (`JSON.parse` accepted it). The walk is iterative,
 * so deep nesting cannot overflow the stack; it stops after `max` findings.
 */
export interface Underflow {
  readonly path: string;
  readonly literal: string;
}

interface Frame {
  readonly kind: 'object' | 'array';
  readonly path: string;
  index: number;
  key: string;
  expectKey: boolean;
}

/** A cheap test that rules out almost every text: an underflow needs a long exponent or many zeros. */
const MAY_UNDERFLOW = /[eE]-\d{3}|\.0{300}/;

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
const STRING = /"(?:[^"\\]|\\.)*"/y;

export function findJsonUnderflows(text: string, max = 25): Underflow[] {
  if (!MAY_UNDERFLOW.test(text)) return [];
  const found: Underflow[] = [];
  const stack: Frame[] = [];
  let path = '';
  const valuePath = (): string => {
    const frame = stack[stack.length - 1];
    if (frame === undefined) return path;
    if (frame.kind === 'array') return `${frame.path}[${frame.index++}]`;
    return join(frame.path, frame.key);
  };
  let i = 0;
  while (i < text.length && found.length < max) {
    const c = text[i] ?? '';
    const frame = stack[stack.length - 1];
    if (c === '{' || c === '[') {
      path = valuePath();
      stack.push({
        kind: c === '{' ? 'object' : 'array',
        path,
        index: 0,
        key: '',
        expectKey: true,
      });
      i++;
    } else if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === ',') {
      if (frame?.kind === 'object') frame.expectKey = true;
      i++;
    } else if (c === ':') {
      if (frame !== undefined) frame.expectKey = false;
      i++;
    } else if (c === '"') {
      STRING.lastIndex = i;
      const token = STRING.exec(text)?.[0] ?? '""';
      if (frame?.kind === 'object' && frame.expectKey) frame.key = JSON.parse(token) as string;
      else valuePath();
      i += token.length;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const literal = NUMBER.exec(text)?.[0] ?? c;
      const at = valuePath();
      if (magnitudeProblem(literal, Number(literal)) === 'too-small')
        found.push({ path: at, literal });
      i += literal.length;
    } else if (c === 't' || c === 'f' || c === 'n') {
      valuePath();
      i += c === 'f' ? 5 : 4;
    } else {
      i++;
    }
  }
  return found;
}
