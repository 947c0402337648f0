// `wingdesk returns pull|list` against the sandbox: JSON output and exit codes 0/1/2; `list`
// reads the local SQLite only (works with the network gone).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../sandbox';
import { runCli } from '../run';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sb: Sandbox;
let dir: string;
let env: NodeJS.ProcessEnv;

async function cli(argv: string[], e: NodeJS.ProcessEnv = env) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await runCli(argv, { stdout, stderr, env: e, signal: new AbortController().signal });
  return { code, out, err, json: () => JSON.parse(out.trim().split('\n').pop()!) };
}

beforeAll(async () => {
  sb = await startSandbox({ port: 0, seed: 11 });
  dir = mkdtempSync(join(tmpdir(), 'wd-returns-cli-'));
  env = { WINGDESK_DATA_DIR: dir, WINGDESK_BASE_URL: sb.baseUrl, WINGDESK_VENDOR_ID: sb.vendorId, WINGDESK_ACCESS_KEY: sb.accessKey, WINGDESK_SECRET_KEY: sb.secretKey, WINGDESK_RATE: '10' };
}, 60_000);
afterAll(async () => {
  await sb?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('wingdesk returns', () => {
  it('pulls, then lists returns / exchanges / withdrawals as JSON from the local store', async () => {
    const pulled = await cli(['returns', 'pull', '--format', 'json']);
    expect(pulled.code, pulled.err).toBe(0);
    expect(pulled.json()).toMatchObject({ receipts: expect.any(Number), exchanges: expect.any(Number), requests: expect.any(Number) });

    // Offline from here: the sandbox address is gone, list still answers from SQLite.
    const offline = { ...env, WINGDESK_BASE_URL: 'http://127.0.0.1:9' };
    const returns = await cli(['returns', 'list', '--format', 'json'], offline);
    expect(returns.code, returns.err).toBe(0);
    const body = returns.json();
    expect(body.kind).toBe('returns');
    expect(body.rows.length).toBeGreaterThan(0);
    expect(body.rows[0]).toMatchObject({ receiptId: expect.stringMatching(/^\d+$/), receiptStatusKo: expect.any(String), reasonKo: expect.any(String) });
    expect(body.counts.ALL).toBe(body.total);

    const exchanges = await cli(['returns', 'list', '--kind', 'exchanges', '--format', 'json'], offline);
    expect(exchanges.code).toBe(0);
    expect(exchanges.json().kind).toBe('exchanges');
    const withdrawals = await cli(['returns', 'list', '--kind', 'withdrawals', '--format', 'json'], offline);
    expect(withdrawals.code).toBe(0);

    const text = await cli(['returns', 'list', '--status', 'RETURNS_COMPLETED'], offline);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/반품완료/);
  });

  it('exits 2 on usage errors and 1 when Coupang cannot be reached', async () => {
    expect((await cli(['returns'])).code).toBe(2);
    expect((await cli(['returns', 'list', '--kind', 'refunds'])).code).toBe(2);
    expect((await cli(['returns', 'list', '--from', '2025/09/01'])).code).toBe(2);
    expect((await cli(['returns', 'list'], { ...env, WINGDESK_VENDOR_ID: '' })).code).toBe(2);
    const down = await cli(['returns', 'pull', '--format', 'json'], { ...env, WINGDESK_BASE_URL: 'http://127.0.0.1:9' });
    expect(down.code).toBe(1);
    expect(down.json().ok).toBe(false);
    expect(down.err.trim().split('\n')).toHaveLength(1);
  });
});
