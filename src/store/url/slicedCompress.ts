/**
 * lz-string's `compressToEncodedURIComponent`, written so that it can run a little at a
 * time: a large network's link compresses hundreds of kilobytes of JSON, which takes long
 * enough to freeze the page if done in one go. {@link SlicedCompressor} produces exactly
 * the characters lz-string 1.5.0 produces for the same input (compressed links are a
 * promise: the same state must keep writing the same link), which the unit tests check
 * against the library itself.
 *
 * The algorithm is lz-string's (LZW with codes written in a growing number of bits, six
 * bits to a URL-safe character); only its state lives in an object between calls.
 */

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
/** The character codes of URI_SAFE (all ASCII). */
const URI_SAFE_CODES = Uint8Array.from(URI_SAFE, (c) => c.charCodeAt(0));
const BITS_PER_CHAR = 6;

/**
 * lz-string keeps its dictionary in a plain object, where the key `__proto__` cannot be
 * stored (assigning it a number changes nothing): it is never found. The same is done here.
 */
const UNSTORABLE = '__proto__';

/** Compresses one input, `step` by `step`; {@link finish} returns lz-string's output. */
export class SlicedCompressor {
  private readonly dictionary = new Map<string, number>();
  private readonly toCreate = new Set<string>();
  private w = '';
  private enlargeIn = 2;
  private dictSize = 3;
  private numBits = 2;
  /**
   * The output's character codes: ASCII, read as text once at the end. An array of
   * one-character strings took 20 ms to join for a changed 12 × 64 network's 560,000.
   */
  private data = new Uint8Array(1024);
  private length = 0;
  private dataVal = 0;
  private dataPosition = 0;
  private position = 0;

  constructor(private readonly input: string) {}

  /** True once every character of the input has been read. */
  get done(): boolean {
    return this.position >= this.input.length;
  }

  /** How many characters of output are written so far (the output only grows). */
  get written(): number {
    return this.length;
  }

  /** How much of the input has been read, from 0 to 1. */
  get progress(): number {
    return this.input.length === 0 ? 1 : this.position / this.input.length;
  }

  /** Reads up to `count` more characters of the input. */
  step(count: number): void {
    const end = Math.min(this.input.length, this.position + count);
    const { dictionary } = this;
    for (let ii = this.position; ii < end; ii++) {
      const c = this.input.charAt(ii);
      if (!dictionary.has(c)) {
        dictionary.set(c, this.dictSize++);
        this.toCreate.add(c);
      }
      const wc = this.w + c;
      if (dictionary.has(wc)) {
        this.w = wc;
      } else {
        this.emitW();
        if (wc !== UNSTORABLE) dictionary.set(wc, this.dictSize);
        this.dictSize++;
        this.w = c;
      }
    }
    this.position = end;
  }

  /** Reads the rest of the input and returns the compressed text. */
  finish(): string {
    this.step(this.input.length - this.position);
    if (this.w !== '') this.emitW();
    this.writeBits(2, this.numBits);
    // Flush the last character.
    for (;;) {
      this.dataVal = this.dataVal << 1;
      if (this.dataPosition === BITS_PER_CHAR - 1) {
        this.put(this.dataVal);
        break;
      }
      this.dataPosition++;
    }
    return new TextDecoder().decode(this.data.subarray(0, this.length));
  }

  /** Writes the code of `w` (first announcing a new character), growing the code width. */
  private emitW(): void {
    const w = this.w;
    if (this.toCreate.has(w)) {
      const code = w.charCodeAt(0);
      if (code < 256) {
        this.writeBits(0, this.numBits);
        this.writeBits(code, 8);
      } else {
        this.writeBits(1, this.numBits);
        this.writeBits(code, 16);
      }
      this.countCode();
      this.toCreate.delete(w);
    } else {
      this.writeBits(this.dictionary.get(w) ?? 0, this.numBits);
    }
    this.countCode();
  }

  private countCode(): void {
    this.enlargeIn--;
    if (this.enlargeIn === 0) {
      this.enlargeIn = 2 ** this.numBits;
      this.numBits++;
    }
  }

  /** Writes the character of six-bit `value`. */
  private put(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint8Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = URI_SAFE_CODES[value] ?? 0;
  }

  /** Writes the `bits` low bits of `value`, lowest first, as lz-string does. */
  private writeBits(value: number, bits: number): void {
    let v = value;
    for (let i = 0; i < bits; i++) {
      this.dataVal = (this.dataVal << 1) | (v & 1);
      if (this.dataPosition === BITS_PER_CHAR - 1) {
        this.dataPosition = 0;
        this.put(this.dataVal);
        this.dataVal = 0;
      } else {
        this.dataPosition++;
      }
      v = v >> 1;
    }
  }
}

/** The whole of `input` compressed at once (the same characters as lz-string). */
export function compressToUriSafe(input: string): string {
  return new SlicedCompressor(input).finish();
}
