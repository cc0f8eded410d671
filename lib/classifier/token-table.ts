/**
 * Values by token, in an open-addressed table that is probed with a hash the tokenizer computes
 * while it scans (`hashStep` per UTF-16 unit) and a range of the text, so a token seen before costs
 * neither a string slice nor a Map's hashing of one.
 */

/** FNV-1a over UTF-16 units: start with HASH_SEED, then `hashStep` each unit. */
export const HASH_SEED = 0x811c9dc5 | 0;
export function hashStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, 0x01000193);
}

export function hashOf(key: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < key.length; i++) h = hashStep(h, key.charCodeAt(i));
  return h;
}

/** Does `key` equal text[start, start + key.length)? */
function sameUnits(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

export class TokenTable<V> {
  private hashes = new Int32Array(0);
  private keys: Array<string | null> = [];
  private values: Array<V | null> = [];
  private mask = 0;
  private count = 0;

  /** `maxSize`: the table empties itself when full (a long-running service worker must not grow without limit). */
  constructor(private readonly maxSize: number) {
    this.reset(1024);
  }

  get size(): number {
    return this.count;
  }

  /** The value of the token text[start, end), whose hash is `h`. */
  get(text: string, start: number, end: number, h: number): V | undefined {
    const len = end - start;
    for (let s = (h ^ (h >>> 16)) & this.mask; ; s = (s + 1) & this.mask) {
      const key = this.keys[s];
      if (key === null) return undefined;
      if (this.hashes[s] === h && key.length === len && sameUnits(key, text, start)) return this.values[s]!;
    }
  }

  /** Adds a key that is not in the table; `h` is `hashOf(key)`. */
  add(key: string, h: number, value: V): void {
    if (this.count >= this.maxSize) this.clear();
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.put(key, h, value);
  }

  clear(): void {
    this.reset(1024);
  }

  private put(key: string, h: number, value: V): void {
    let s = (h ^ (h >>> 16)) & this.mask;
    while (this.keys[s] !== null) s = (s + 1) & this.mask;
    this.hashes[s] = h;
    this.keys[s] = key;
    this.values[s] = value;
    this.count++;
  }

  private reset(slots: number): void {
    this.hashes = new Int32Array(slots);
    this.keys = new Array<string | null>(slots).fill(null);
    this.values = new Array<V | null>(slots).fill(null);
    this.mask = slots - 1;
    this.count = 0;
  }

  private grow(): void {
    const { hashes, keys, values } = this;
    this.reset(keys.length * 2);
    for (let s = 0; s < keys.length; s++) if (keys[s] !== null) this.put(keys[s]!, hashes[s], values[s]!);
  }
}
