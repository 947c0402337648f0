// `wingdesk invoices validate` as scripts use it: the JSON shape, one problem per row, the exit code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../run';

const dataDir = mkdtempSync(join(tmpdir(), 'wd-inv-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const sink = (fn: (s: string) => void) => new Writable({ write(chunk, _enc, cb) { fn(String(chunk)); cb(); } });
  const code = await runCli(args, {
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    env: { HOME: dataDir, WINGDESK_DATA_DIR: dataDir, WINGDESK_VENDOR_ID: 'A00012345' },
    signal: new AbortController().signal,
  });
  return { code, stdout, stderr };
}

const fx = (name: string) => join('shared', 'invoices', 'fixtures', name);

describe('wingdesk invoices validate', () => {
  it('prints {file, encoding, rows, valid, problems[]} and exits 1 when a row has a problem', async () => {
    const r = await cli(['invoices', 'validate', fx('every-problem.csv'), '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['file', 'encoding', 'rows', 'valid', 'problems']);
    expect(out).toMatchObject({ file: fx('every-problem.csv'), encoding: 'utf-8', rows: 14, valid: 5 });
    for (const p of out.problems) expect(Object.keys(p)).toEqual(['row', 'column', 'code', 'message']);
    expect(out.problems.map((p: any) => [p.row, p.code])).toEqual([
      [3, 'MISSING_VALUE'],
      [4, 'BAD_ID'],
      [5, 'UNKNOWN_CARRIER'],
      [6, 'CARRIER_CLOSED'],
      [7, 'INVOICE_FORMAT'],
      [8, 'INVOICE_LENGTH'],
      [9, 'SCIENTIFIC_NOTATION'],
      [10, 'DUPLICATE_ROW'],
      [11, 'INVOICE_REUSED'],
    ]);
    // No orders stored for the vendor: one notice, not a problem per row.
    expect(r.stderr.match(/주문 확인/g)).toHaveLength(1);
  });

  it('exits 0 when every row is valid (CP949 detected)', async () => {
    const r = await cli(['invoices', 'validate', fx('cp949.csv'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ file: fx('cp949.csv'), encoding: 'cp949', rows: 5, valid: 5, problems: [] });
  });

  it('a courier export without a carrier column, and text output', async () => {
    const r = await cli(['invoices', 'validate', fx('courier-cj.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3행 중 보낼 수 있는 행 3');
    expect(r.stderr).toContain('CJ대한통운');
  });

  it('usage errors exit 2', async () => {
    expect((await cli(['invoices', 'validate'])).code).toBe(2);
    expect((await cli(['invoices', 'nope'])).code).toBe(2);
  });
});
