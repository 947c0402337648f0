// The CLI as a user runs it: a real process (node --import tsx) against a sandbox started here.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../sandbox';

const root = resolve(__dirname, '../..');
const MAIN = resolve(root, 'electron/cli/main.ts');

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox({ port: 0, seed: 5 });
});
afterAll(async () => {
  await sb?.close();
});

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const k of Object.keys(base)) if (k.startsWith('WINGDESK_')) delete base[k];
  return {
    ...base,
    WINGDESK_BASE_URL: sb.baseUrl,
    WINGDESK_VENDOR_ID: sb.vendorId,
    WINGDESK_ACCESS_KEY: sb.accessKey,
    WINGDESK_SECRET_KEY: sb.secretKey,
    WINGDESK_DATA_DIR: resolve(root, '.wingdesk-data/cli-test'),
    ...extra,
  };
}

async function run(args: string[], extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: root, env: env(extraEnv), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const [code] = (await once(child, 'close')) as [number];
  return { code, stdout, stderr };
}

const lines = (s: string) => s.split('\n').filter((l) => l.length > 0);

describe('wingdesk CLI', () => {
  it('api --list prints all 96 endpoints, one per line with method and path', async () => {
    const r = await run(['api', '--list']);
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(96);
    expect(out[0]).toMatch(/^orders\.listByDay\s+GET\s+\/v2\/providers\/openapi\/apis\/api\/v5\/vendors\/\{vendorId\}\/ordersheets$/);
    expect(out.some((l) => /^coupons\.createInstantCoupon\s+POST\s+\//.test(l))).toBe(true);
  });

  it('ping succeeds against the sandbox', async () => {
    const r = await run(['ping']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok \d+ms/);
    const j = await run(['ping', '--format', 'json']);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.stdout)).toMatchObject({ ok: true, httpStatus: 200, vendorId: sb.vendorId });
  });

  it('ping with a wrong secret exits 1 with one Korean line on stderr', async () => {
    const r = await run(['ping'], { WINGDESK_SECRET_KEY: 'definitely-wrong' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/[가-힣]/);
    expect(r.stderr).toContain('Secret Key');
    expect(r.stderr).not.toContain('definitely-wrong');
  });

  it('bad usage exits 2', async () => {
    for (const args of [['frobnicate'], ['ping', '--nope'], ['api'], ['api', 'no.such'], ['api', 'orders.listByDay'], ['ping', '--format', 'xml'], []]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.length, args.join(' ')).toBeGreaterThan(0);
    }
  }, 60_000);

  it('help and --help exit 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('wingdesk');
    expect((await run(['help', 'api'])).stdout).toContain('api --list');
  });

  it('api calls an endpoint by id and prints the normalised result with IDs as strings', async () => {
    const r = await run(['api', 'places.listOutbound', 'pageNum=1', 'pageSize=2', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ ok: true, endpointId: 'places.listOutbound', httpStatus: 200 });
    expect(typeof out.data.content[0].outboundShippingPlaceCode).toBe('string');
  });

  it('ip reports the egress address', async () => {
    const r = await run(['ip', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, ip: '127.0.0.1', via: 'direct' });
  });

  it('sandbox --start-at refuses what is not a time, naming the option', async () => {
    const r = await run(['sandbox', '--port', '0', '--start-at', '월요일']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--start-at');
  });

  it('sandbox --port 0 prints one JSON line first and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'sandbox', '--port', '0', '--seed', '3', '--orders', '4', '--start-at', '2026-11-23T10:30:00+09:00', '--time-scale', '0'], {
      cwd: root,
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const rl = createInterface({ input: child.stdout });
      const [first] = (await once(rl, 'line')) as [string];
      const info = JSON.parse(first);
      expect(Object.keys(info)).toEqual(['baseUrl', 'vendorId', 'accessKey', 'secretKey']);
      expect(info.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const who = await fetch(`${info.baseUrl}/__sandbox/whoami`).then((r) => r.json());
      expect(who).toEqual({ ip: '127.0.0.1' });
      const state = (await fetch(`${info.baseUrl}/__sandbox/state`).then((r) => r.json())) as { clock: { kst: string } };
      expect(state.clock.kst).toBe('2026-11-23T10:30:00+09:00'); // the virtual clock starts where asked
      // and the CLI can talk to the sandbox it started
      const ping = await run(['ping'], { WINGDESK_BASE_URL: info.baseUrl, WINGDESK_VENDOR_ID: info.vendorId, WINGDESK_ACCESS_KEY: info.accessKey, WINGDESK_SECRET_KEY: info.secretKey });
      expect(ping.code).toBe(0);
      child.kill('SIGTERM');
      const [code] = (await once(child, 'close')) as [number];
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
