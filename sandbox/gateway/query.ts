// The raw query is what the signature covers; handlers want decoded values. Both travel together
// so nobody is tempted to re-encode a decoded query and verify against that.

export interface ParsedQuery {
  /** Exactly as received, without the leading `?`. */
  raw: string;
  /** Decoded pairs in wire order; repeated keys stay repeated. */
  entries: ReadonlyArray<readonly [string, string]>;
  get(name: string): string | undefined;
  getAll(name: string): string[];
  has(name: string): boolean;
}

/** Java servlet semantics, as Coupang's backends use: `+` is a space, `%XX` is UTF-8. */
function decode(part: string): string {
  const spaced = part.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

export function parseQuery(raw: string): ParsedQuery {
  const entries: Array<readonly [string, string]> = [];
  for (const pair of raw.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    entries.push(eq < 0 ? [decode(pair), ''] : [decode(pair.slice(0, eq)), decode(pair.slice(eq + 1))]);
  }
  return {
    raw,
    entries,
    get: (name) => entries.find(([k]) => k === name)?.[1],
    getAll: (name) => entries.filter(([k]) => k === name).map(([, v]) => v),
    has: (name) => entries.some(([k]) => k === name),
  };
}
