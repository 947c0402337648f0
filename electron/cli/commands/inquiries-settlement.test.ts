// `wingdesk inquiries` and `wingdesk settlement` as a user runs them: real processes against a
// sandbox started here, JSON output checked against the sandbox's admin view, exit codes 0/1/2.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../sandbox';

const root = resolve(__dirname, '../../..');
const MAIN = resolve(root, 'electron/cli/main.ts');
let sb: Awaited<ReturnType<typeof startSandbox>>;
let dataDir: string;

beforeAll(async () => {
  sb = await startSandbox({ port: 0, seed: 13, timeScale: 0 });
  dataDir = mkdtempSync(join(tmpdir(), 'wingdesk-cli-cs-'));
});
afterAll(async () => {
  await sb?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const k of Object.keys(base)) if (k.startsWith('WINGDESK_')) delete base[k];
  return { ...base, WINGDESK_BASE_URL: sb.baseUrl, WINGDESK_VENDOR_ID: sb.vendorId, WINGDESK_ACCESS_KEY: sb.accessKey, WINGDESK_SECRET_KEY: sb.secretKey, WINGDESK_DATA_DIR: dataDir, ...extra };
}

async function run(args: string[], extra: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: root, env: env(extra), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const [code] = (await once(child, 'close')) as [number];
  return { code, stdout, stderr };
}

async function admin(path: string): Promise<any> {
  return (await fetch(`${sb.baseUrl}/__sandbox${path}`)).json();
}

const kst = (offsetDays: number) => new Date(sb.clock.now() + 9 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('wingdesk inquiries', () => {
  it('list --unanswered --format json: exactly the unanswered inquiries of the last 7 days', async () => {
    const r = await run(['inquiries', 'list', '--unanswered', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<{ kind: string; inquiryId: string; state: string }>;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((x) => x.state === 'NO_ANSWER')).toBe(true);
    const truth = await admin('/inquiries');
    const since = kst(-6);
    const expected = [
      ...truth.productInquiries.filter((i: any) => i.status === 'NOANSWER' && i.inquiryAt.slice(0, 10) >= since).map((i: any) => `product-${i.inquiryId}`),
      ...truth.callCenterInquiries.filter((i: any) => i.status === 'NO_ANSWER').map((i: any) => `callcenter-${i.inquiryId}`),
    ].sort();
    expect(rows.map((x) => `${x.kind}-${x.inquiryId}`).sort()).toEqual(expected);
  });

  it('list --offline reads the store without Coupang; bad options are usage errors (2)', async () => {
    const offline = await run(['inquiries', 'list', '--offline', '--format', 'json'], { WINGDESK_BASE_URL: 'http://127.0.0.1:9' });
    expect(offline.code, offline.stderr).toBe(0);
    expect(JSON.parse(offline.stdout).length).toBeGreaterThan(0);
    expect((await run(['inquiries', 'list', '--kind', 'email'])).code).toBe(2);
    expect((await run(['inquiries', 'answer', 'product', 'abc', '--content', '안녕하세요', '--reply-by', 'x'])).code).toBe(2);
    expect((await run(['inquiries'])).code).toBe(2);
  });

  it('a failure is exit 1 with one stderr line', async () => {
    const r = await run(['inquiries', 'list', '--unanswered'], { WINGDESK_BASE_URL: 'http://127.0.0.1:9' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('wingdesk settlement', () => {
  it('revenue --from --to over 60 days: two windows, totals equal the sandbox’s', async () => {
    const from = kst(-59);
    const to = kst(0);
    const r = await run(['settlement', 'revenue', '--from', from, '--to', to, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.windows).toHaveLength(2);
    expect(out.complete).toBe(true);
    const expected = (await admin(`/settlement?from=${from}&to=${to}`)).totals;
    expect(out.totals.lines).toBe(expected.lines);
    expect(out.totals.totalSale).toBe(expected.totalSale);
    expect(out.totals.settlementAmount).toBe(expected.settlementAmount);
    const offline = await run(['settlement', 'revenue', '--from', from, '--to', to, '--offline', '--format', 'json'], { WINGDESK_BASE_URL: 'http://127.0.0.1:9' });
    expect(offline.code, offline.stderr).toBe(0);
    expect(JSON.parse(offline.stdout).totals).toEqual(out.totals);
  });

  it('usage errors exit 2', async () => {
    expect((await run(['settlement', 'revenue', '--from', kst(0)])).code).toBe(2);
    expect((await run(['settlement', 'revenue', '--from', '2026-13-01', '--to', kst(0)])).code).toBe(2);
    expect((await run(['settlement', 'revenue', '--from', kst(0), '--to', kst(-1)])).code).toBe(2);
  });
});
