// `wingdesk coupons …` end to end against the sandbox (virtual clock at 60×, so Coupang's
// seconds of processing pass in a blink): exit codes 0/1/2, JSON output, the shared rules first.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../sandbox';
import { formatCouponTime, kstEndOfDay, nextKstMidnight } from '../../../shared/coupons';
import { runCli } from '../run';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sb: Sandbox;
let dir: string;
let env: NodeJS.ProcessEnv;
let freeContractId: string;
let option: string;

async function cli(...argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await runCli(argv, { stdout, stderr, env, signal: new AbortController().signal });
  return { code, out, err, json: () => JSON.parse(out.trim().split('\n').pop()!) };
}

function couponFile(name: string, over: Record<string, unknown> = {}): string {
  const now = new Date();
  const file = join(dir, `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      contractId: freeContractId,
      name,
      type: 'PRICE',
      discount: 1000,
      maxDiscountPrice: 1000,
      startAt: formatCouponTime(nextKstMidnight(now)),
      endAt: formatCouponTime(kstEndOfDay(now, 5)),
      vendorItemIds: [option],
      ...over,
    }),
  );
  return file;
}

beforeAll(async () => {
  sb = await startSandbox({ port: 0, seed: 5, timeScale: 60 });
  dir = mkdtempSync(join(tmpdir(), 'wingdesk-cli-coupons-'));
  env = { WINGDESK_BASE_URL: sb.baseUrl, WINGDESK_VENDOR_ID: sb.vendorId, WINGDESK_ACCESS_KEY: sb.accessKey, WINGDESK_SECRET_KEY: sb.secretKey, WINGDESK_DATA_DIR: dir };
  const view: any = await (await fetch(`${sb.baseUrl}/__sandbox/coupons`)).json();
  freeContractId = String(view.contracts.find((c: any) => c.type === 'NON_CONTRACT_BASED').contractId);
  option = String(view.options.find((o: any) => o.approved && !o.instantCouponId).vendorItemId);
});

afterAll(async () => {
  await sb.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('wingdesk coupons', () => {
  it('contracts --format json lists contracts with budgets', async () => {
    const r = await cli('coupons', 'contracts', '--format', 'json');
    expect(r.code).toBe(0);
    const out = r.json();
    expect(out.ok).toBe(true);
    expect(out.contracts.some((c: any) => c.contractId === freeContractId && c.vendorContractId === '-1')).toBe(true);
  });

  it('create-instant --wait follows the request to DONE and adds the options', async () => {
    const r = await cli('coupons', 'create-instant', couponFile('CLI 쿠폰'), '--wait', '--format', 'json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const out = r.json();
    expect(out.settled).toBe(true);
    expect(out.requests.map((x: any) => [x.kind, x.state])).toEqual([
      ['COUPON_PUBLISH', 'DONE'],
      ['COUPON_ITEM_PUBLISH', 'DONE'],
    ]);
    expect(out.request.requestedId).toMatch(/^\d+$/);

    const st = await cli('coupons', 'status', out.request.requestedId, '--format', 'json');
    expect(st.code).toBe(0);
    expect(st.json()).toMatchObject({ ok: true, requestedId: out.request.requestedId, state: 'DONE', type: 'COUPON_PUBLISH', couponId: out.request.couponId });

    const list = await cli('coupons', 'list', '--status', 'STANDBY', '--format', 'json');
    expect(list.code).toBe(0);
    expect(list.json().coupons.some((c: any) => c.couponId === out.request.couponId && c.promotionName === 'CLI 쿠폰')).toBe(true);
  });

  it('a second coupon on the same option ends FAIL with [CIR08]: exit 1', async () => {
    const r = await cli('coupons', 'create-instant', couponFile('겹침 쿠폰'), '--wait');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/COUPON_PUBLISH|즉시할인 쿠폰 생성/);
    expect(r.err).toContain('[CIR08]');
  });

  it('breaking a coupon rule is refused before sending, naming the rule: exit 1', async () => {
    const r = await cli('coupons', 'create-instant', couponFile('x'.repeat(46), { type: 'RATE', discount: 150 }));
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('쿠폰 규칙 15');
  });

  it('usage errors exit 2', async () => {
    expect((await cli('coupons')).code).toBe(2);
    expect((await cli('coupons', 'list')).code).toBe(2);
    const bad = await cli('coupons', 'list', '--status', 'ACTIVE');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('쿠폰 규칙 27');
    expect((await cli('coupons', 'create-instant', join(dir, 'missing.json'))).code).toBe(2);
  });
});
