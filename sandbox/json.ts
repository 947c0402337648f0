// Coupang sends IDs such as shipmentBoxId (18 digits) and requestedId (up to 21 digits) as JSON
// numbers, beyond Number.MAX_SAFE_INTEGER. The sandbox keeps IDs as strings and only turns them
// into bare JSON digits at the edge, through LosslessNumber.
import { isSafeNumber, LosslessNumber, parse, stringify } from 'lossless-json';

export { LosslessNumber };

/**
 * Safe numbers become plain `number`s so handlers can do arithmetic; anything that would lose
 * digits stays a LosslessNumber. Use `idText` to read IDs regardless of which form arrived.
 */
export function parseJson(text: string): unknown {
  return parse(text, null, (digits) => (isSafeNumber(digits) ? Number(digits) : new LosslessNumber(digits)));
}

export function stringifyJson(value: unknown, space?: number): string {
  return stringify(value, null, space) ?? 'null';
}

/** Emit `digits` as an unquoted JSON number, e.g. `num('123456789012345678')`. */
export function num(digits: string | number | bigint): LosslessNumber {
  const text = String(digits);
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new TypeError(`not a JSON number: ${text}`);
  return new LosslessNumber(text);
}

/** An ID as a string, whether the client sent it as a number, a big number or a digit string. */
export function idText(value: unknown): string | undefined {
  if (value instanceof LosslessNumber) return value.value;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return value.trim();
  return undefined;
}

/** A numeric field as a number; Coupang's own examples send numbers as strings ("5000"). */
export function numberValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof LosslessNumber) return Number(value.value);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** Coupang's examples also send booleans as strings ("false"). */
export function booleanValue(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof LosslessNumber);
}
