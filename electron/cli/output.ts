// How commands print: results to stdout (JSON when --format json), failures as exactly one line
// on stderr so scripts and people both get a clear reason.
import { CoupangApiError } from '../coupang/errors';
import { stringifyJson } from '../coupang/json';
import type { CommandContext } from './registry';

export function writeLine(stream: NodeJS.WritableStream | import('node:stream').Writable, line: string): void {
  stream.write(line.endsWith('\n') ? line : `${line}\n`);
}

export function printJson(ctx: CommandContext, value: unknown, pretty = false): void {
  writeLine(ctx.stdout, stringifyJson(value, pretty ? 2 : undefined));
}

/** One line, no newlines inside: what happened and what to do. */
export function errorLine(err: unknown): string {
  const text =
    err instanceof CoupangApiError ? err.oneLineKo : err instanceof Error ? err.message : typeof err === 'string' ? err : String(err);
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

export function errorJson(err: unknown): Record<string, unknown> {
  if (err instanceof CoupangApiError) return { ok: false, error: err.toJSON() };
  return { ok: false, error: { kind: 'other', explanationKo: errorLine(err) } };
}

/** Reports a failure: one stderr line always, plus a JSON object on stdout in json mode. */
export function fail(ctx: CommandContext, err: unknown, prefixKo = ''): number {
  if (ctx.format === 'json') printJson(ctx, errorJson(err));
  writeLine(ctx.stderr, `${prefixKo}${errorLine(err)}`);
  return 1;
}
