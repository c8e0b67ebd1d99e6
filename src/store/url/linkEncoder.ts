import { defaultState } from '../initialState';
import { LINK_VERSION } from './compactLink';
import { sameJson } from './sameJson';
import { LINK_KEYS, linkField, type LinkedState, type LinkKey } from './linkFields';
import { compressToUriSafe, SlicedCompressor } from './slicedCompress';

/**
 * Writing compact links often, for the address bar: the same characters as `encodeLink`,
 * with the JSON of each field kept by the identity of its value (the state is immutable),
 * so that a step through a large network does not serialise its 45,000 weights again.
 * Compressing is what remains; {@link LinkEncoder.start} does it a slice at a time.
 */
export interface LinkEncoder {
  /** The payload's JSON text, equal to `JSON.stringify` of encodeLink's payload. */
  json(state: LinkedState): string;
  /** The payload (`1.<compressed>`), equal to `encodeLink(state)`. */
  encode(state: LinkedState): string;
  /** The payload, compressed a slice at a time: see {@link PayloadJob}. */
  start(state: LinkedState): PayloadJob;
}

/** A payload being compressed: call `step` until it returns the payload. */
export interface PayloadJob {
  /** Reads up to `chars` more characters; the payload once all are read, else undefined. */
  step(chars: number): string | undefined;
  /** Compresses the rest at once and returns the payload. */
  finish(): string;
  /** The payload's length so far: it is at least this long once done. */
  readonly written: number;
}

/** An encoder whose fields at the values of `defaults` are left out, as in encodeLink. */
export function createLinkEncoder(defaults: LinkedState = defaultState()): LinkEncoder {
  // Per field, the JSON of an object value (or '' when the field is left out at that value).
  const cache = new Map<LinkKey, WeakMap<object, string>>();
  const fieldJson = <K extends LinkKey>(key: K, state: LinkedState): string => {
    const value = state[key];
    if (typeof value !== 'object' || value === null) return written(key, state);
    let byValue = cache.get(key);
    if (byValue === undefined) {
      byValue = new WeakMap();
      cache.set(key, byValue);
    }
    let text = byValue.get(value);
    if (text === undefined) {
      text = written(key, state);
      byValue.set(value, text);
    }
    return text;
  };
  const written = <K extends LinkKey>(key: K, state: LinkedState): string => {
    const { compact, written: when } = linkField(key);
    if (when === 'unless-default' && sameJson(state[key], defaults[key])) return '';
    return `${JSON.stringify(compact.key)}:${JSON.stringify(compact.write(state[key]))}`;
  };
  const json = (state: LinkedState): string =>
    `{${LINK_KEYS.map((key) => fieldJson(key, state))
      .filter((part) => part !== '')
      .join(',')}}`;
  return {
    json,
    encode: (state) => `${LINK_VERSION}.${compressToUriSafe(json(state))}`,
    start: (state) => {
      const compressor = new SlicedCompressor(json(state));
      let payload: string | undefined;
      const finish = () => (payload ??= `${LINK_VERSION}.${compressor.finish()}`);
      return {
        step: (chars) => {
          if (payload === undefined) compressor.step(chars);
          return compressor.done ? finish() : undefined;
        },
        finish,
        get written() {
          return payload?.length ?? `${LINK_VERSION}.`.length + compressor.written;
        },
      };
    },
  };
}
