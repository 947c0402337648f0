// Finding repeated IDs without hashing 100,000 strings: an invoice file's box IDs and waybills are
// digit strings, so each gets a number (digitKey) and a table of numbers answers "seen before?".
// A shared number only marks a candidate; callers confirm on the text, so two IDs with the same
// last 15 digits never merge.

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

/**
 * Flags the positions whose key occurs more than once (NaN keys never do): the rows that need an
 * exact, text-keyed check. Null when every key is unique, the usual case. An open-addressing table
 * of first positions, hashed on the key's low and high 32 bits (Fibonacci hashing), so sequential
 * IDs spread over it.
 */
export function repeatedPositions(keys: Float64Array): Uint8Array | null {
  let bits = 4;
  while (1 << bits < keys.length * 2) bits++;
  const slots = new Int32Array(1 << bits); // 1 + the first position with that key; 0 = empty
  const mask = (1 << bits) - 1;
  let out: Uint8Array | null = null;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== key) continue;
    let s = Math.imul((key | 0) ^ ((key / 4294967296) | 0), 0x9e3779b1) >>> (32 - bits);
    for (;;) {
      const first = slots[s] - 1;
      if (first < 0) {
        slots[s] = i + 1;
        break;
      }
      if (keys[first] === key) {
        out ??= new Uint8Array(keys.length);
        out[first] = 1;
        out[i] = 1;
        break;
      }
      s = (s + 1) & mask;
    }
  }
  return out;
}
