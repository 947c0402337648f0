// Lossless JSON for Coupang bodies. IDs (shipmentBoxId 18 digits, requestedId up to 21) do not fit a
// JS number, so they are strings from the moment the bytes are parsed until they are sent back.
import { isInteger, isLosslessNumber, LosslessNumber, parse, stringify } from 'lossless-json';

/** Digits beyond this are not reliably representable as a double. */
const MAX_SAFE_DIGITS = 15;

// Numeric codes that are identifiers even though their names do not end in "Id".
const EXTRA_ID_KEYS = new Set([
  'outboundShippingPlaceCode',
  'returnCenterCode',
  'returnCenterCodes',
  'displayCategoryCode',
  'displayItemCategoryCode',
  'placeCodes',
]);

/**
 * Keys whose numeric values are identifiers and therefore always strings, whatever their length —
 * a 13-digit orderId must have the same type as an 18-digit one. scripts/gen-endpoints.mjs types
 * the same keys as `string`; keep the two rules identical.
 */
export function isIdKey(key: string): boolean {
  return key === 'id' || /(Id|Ids|ID|IDs)$/.test(key) || EXTRA_ID_KEYS.has(key);
}

function convertNumber(n: LosslessNumber, idKey: boolean): number | string {
  const text = n.toString();
  if (idKey) return text;
  if (isInteger(text)) {
    const digits = text.replace(/^-/, '').length;
    return digits > MAX_SAFE_DIGITS ? text : Number(text);
  }
  return Number(text);
}

function convert(value: unknown, key: string): unknown {
  if (isLosslessNumber(value)) return convertNumber(value as LosslessNumber, isIdKey(key));
  // Array elements inherit the array's key so `vendorItemIds: [..]` elements are IDs too.
  if (Array.isArray(value)) return value.map((v) => convert(v, key));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = convert(v, k);
    return out;
  }
  return value;
}

/** Parses JSON text; throws SyntaxError on invalid JSON like JSON.parse. */
export function parseJson(text: string): unknown {
  return convert(parse(text), '');
}

/**
 * Parses a request body someone wrote by hand (CLI --body files): numbers stay exact JSON numbers
 * (LosslessNumber), so stringifyJson sends back the very digits that were written.
 */
export function parseJsonVerbatim(text: string): unknown {
  return parse(text);
}

/** Parses when the text looks like JSON, otherwise returns undefined (HTML pages, empty bodies). */
export function tryParseJson(text: string): unknown {
  const t = text.trim();
  if (!t || !(t.startsWith('{') || t.startsWith('[') || t.startsWith('"') || /^-?\d/.test(t) || t === 'true' || t === 'false' || t === 'null')) {
    return undefined;
  }
  try {
    return parseJson(t);
  } catch {
    return undefined;
  }
}

/** A JSON number written from its digits, never through a double: `jsonNumber('123543582159745830895')`. */
export function jsonNumber(value: string | number | bigint): LosslessNumber {
  return new LosslessNumber(String(value));
}

export function stringifyJson(value: unknown, space?: number): string {
  const out = stringify(value, undefined, space);
  return out === undefined ? 'null' : out;
}

/**
 * Turns digit strings at the given body paths into JSON numbers. Paths use the catalog notation:
 * `couponItems[].vendorItemIds[]`, `[].shipmentBoxId` for a top-level array. Other values stay as given.
 */
export function coerceNumericPaths(body: unknown, paths: readonly string[]): unknown {
  if (!paths.length || body === null || typeof body !== 'object') return body;
  const tree = buildPathTree(paths);
  return coerceNode(body, tree);
}

interface PathTree {
  leaf?: boolean;
  each?: PathTree;
  fields: Map<string, PathTree>;
}

function buildPathTree(paths: readonly string[]): PathTree {
  const root: PathTree = { fields: new Map() };
  for (const p of paths) {
    let node = root;
    const tokens = p.match(/[^.[\]]+|\[\]/g) ?? [];
    for (const t of tokens) {
      if (t === '[]') node = node.each ??= { fields: new Map() };
      else {
        let next = node.fields.get(t);
        if (!next) node.fields.set(t, (next = { fields: new Map() }));
        node = next;
      }
    }
    node.leaf = true;
  }
  return root;
}

const DIGITS = /^-?\d+$/;

function coerceNode(value: unknown, node: PathTree): unknown {
  if (node.leaf && typeof value === 'string' && DIGITS.test(value)) return new LosslessNumber(value);
  if (node.leaf && typeof value === 'bigint') return new LosslessNumber(value.toString());
  if (Array.isArray(value)) return node.each ? value.map((v) => coerceNode(v, node.each!)) : value;
  if (value && typeof value === 'object' && !isLosslessNumber(value) && node.fields.size) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const child = node.fields.get(k);
      out[k] = child ? coerceNode(v, child) : v;
    }
    return out;
  }
  return value;
}
