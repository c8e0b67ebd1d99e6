import {
  isVariantNumber,
  PRACTICE_KINDS,
  readPracticeKinds,
  VARIANT_MAX,
  writePracticeKinds,
  type PracticeKind,
} from '../../engine';
import { asText, optional, refuse, type ReadableCodec } from '../url/fieldCodecs';
import type { LinkField } from '../url/linkFields';
import type { PracticeVariant } from './types';
import { withVariant } from './variant';

/**
 * The two link fields of practice mode, as rows of the link-field table (url/linkFields.ts,
 * at its end): `practice=` (which kinds of value are asked) and `variant=` (fresh friendly
 * numbers of the same shape, the same for everyone with the same number).
 */

const KIND_LIST = PRACTICE_KINDS.join(', ');

/** `practice=1` (every kind), `practice=z,a,delta,grad,update` / `value,grad`, `practice=0` (off). */
const practiceText: ReadableCodec<readonly PracticeKind[] | null> = {
  name: 'practice',
  read: (text, issues) => {
    if (text === '0') return null;
    const read = readPracticeKinds(text);
    if (read.ok) return read.kinds;
    const found = (read.params.name ?? text).slice(0, 20);
    const message = `practice must be 1, 0 or a list of ${KIND_LIST}; found '${found}'`;
    return refuse(issues, 'practice', 'bad-practice', message, { options: KIND_LIST, found });
  },
};

const VARIANT_TEXT = /^\d{1,10}$/;
const badVariant = (path: string, found: string) =>
  [
    path,
    'bad-variant',
    `variant must be a whole number from 0 to ${VARIANT_MAX}; found '${found}'`,
    { max: VARIANT_MAX, found },
  ] as const;

/** `variant=N` in a readable link: draw variant N (see {@link PracticeVariant}). */
const variantText: ReadableCodec<PracticeVariant | null> = {
  name: 'variant',
  read: (text, issues) => {
    const number = Number(text);
    if (VARIANT_TEXT.test(text) && isVariantNumber(number)) return { number, drawn: false };
    return refuse(issues, ...badVariant('variant', text.slice(0, 20)));
  },
};

export const practiceField: LinkField<readonly PracticeKind[] | null> = {
  compact: {
    key: 'y',
    write: (kinds) => (kinds === null ? '0' : writePracticeKinds(kinds)),
    read: asText(practiceText),
  },
  readable: practiceText,
  written: 'unless-default',
  change: 'view',
};

export const variantField: LinkField<PracticeVariant | null> = {
  compact: {
    key: 'v',
    write: (variant) => (variant === null ? null : variant.number),
    // A compact link carries the numbers as drawn, and the variant's number beside them.
    read: optional((raw, issues) =>
      raw === null
        ? null
        : isVariantNumber(raw)
          ? { number: raw, drawn: true }
          : refuse(issues, ...badVariant('s.variant', String(raw).slice(0, 20))),
    ),
  },
  readable: variantText,
  written: 'unless-default',
  change: 'view',
  // After the scene and its scenario (stage 0), before the step (stage 2).
  stage: 1,
  apply: (state, variant) =>
    variant === null || variant.drawn
      ? { ...state, variant }
      : (withVariant(state, variant.number) ?? { ...state, variant: null }),
};
