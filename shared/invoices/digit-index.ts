// Finding rows by their IDs without hashing 100,000 strings: an invoice file's box IDs and
// waybills are digit strings, so each gets a number (digitKey) and an open-addressing table of
// numbers answers "seen before?" and "which order is this?". A shared number only marks a
// candidate; callers confirm on the text, so two IDs with the same last 15 digits never merge.

/**
 * A number for a digit string: the value of its last 15 digits, exact as a double. Equal strings
 * give equal keys; different strings share one only when their last 15 digits agree (or by leading
 * zeros). NaN for any other character.
 */
export function digitKey(s: string): number {
  let v = 0;
  for (let i = s.length > 15 ? s.length - 15 : 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    v = v * 10 + d;
  }
  return v;
}

/** Number key → int value (e.g. a row or order position). Keys are whole numbers below 2^53; NaN is never stored. */
export class DigitKeyIndex {
  private readonly slots: Int32Array; // 1 + entry number; 0 = empty
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  private size = 0;

  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.slots = new Int32Array(1 << bits);
    this.keys = new Float64Array(Math.max(capacity, 1));
    this.values = new Int32Array(Math.max(capacity, 1));
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
  }

  private slotOf(key: number): number {
    // Low and high 32 bits mixed (Fibonacci hashing): sequential IDs spread over the table.
    let s = Math.imul((key | 0) ^ ((key / 4294967296) | 0), 0x9e3779b1) >>> this.shift;
    for (;;) {
      const e = this.slots[s];
      if (e === 0 || this.keys[e - 1] === key) return s;
      s = (s + 1) & this.mask;
    }
  }

  /** The value stored for key, or -1. */
  get(key: number): number {
    if (key !== key) return -1;
    const e = this.slots[this.slotOf(key)];
    return e === 0 ? -1 : this.values[e - 1];
  }

  /** Stores value for key and returns the value it replaces, or -1 when the key is new. */
  set(key: number, value: number): number {
    if (key !== key) return -1;
    const s = this.slotOf(key);
    const e = this.slots[s];
    if (e !== 0) {
      const before = this.values[e - 1];
      this.values[e - 1] = value;
      return before;
    }
    if (this.size === this.keys.length) throw new RangeError('DigitKeyIndex is full');
    this.keys[this.size] = key;
    this.values[this.size] = value;
    this.slots[s] = ++this.size;
    return -1;
  }
}

/**
 * Flags the positions whose key occurs more than once (NaN keys never do): the rows that need an
 * exact, text-keyed check. Null when every key is unique, the usual case.
 */
export function repeatedPositions(keys: Float64Array): Uint8Array | null {
  const index = new DigitKeyIndex(keys.length);
  let out: Uint8Array | null = null;
  for (let i = 0; i < keys.length; i++) {
    const before = index.set(keys[i], i);
    if (before >= 0) {
      out ??= new Uint8Array(keys.length);
      out[before] = 1;
      out[i] = 1;
    }
  }
  return out;
}
