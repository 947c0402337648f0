// `wingdesk categories …` and `wingdesk products …` as a user runs them: a real process against a
// sandbox started here. Exit 0 ok, 1 problems (listed), 2 usage.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../sandbox';
import { buildRequest } from '../../../shared/products/draft';
import { buildFormModel } from '../../../shared/products/form-model';
import { normalizeMeta } from '../../../shared/products/meta';
import { draftOf, validDraftData } from '../../../shared/products/test-helpers';
import { createCoupangClient } from '../../coupang';
import { createProductsService } from '../../services/products/service';

const root = resolve(__dirname, '../../..');
const MAIN = resolve(root, 'electron/cli/main.ts');

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sb: Sandbox;
let dir: string;
let validFile: string;
let brokenFile: string;

beforeAll(async () => {
  sb = await startSandbox({ port: 0, seed: 23 });
  dir = mkdtempSync(join(tmpdir(), 'wingdesk-cli-products-'));
  const client = createCoupangClient({ baseUrl: sb.baseUrl, credentials: { vendorId: sb.vendorId, accessKey: sb.accessKey, secretKey: sb.secretKey } });
  const svc = createProductsService({ connection: async () => ({ vendorId: sb.vendorId, client }) });
  const { meta } = await svc.meta('79716');
  const places = await svc.places();
  await client.close();
  const data = validDraftData();
  const ob = places.outbound.find((o) => o.usable && !o.global)!;
  const rp = places.returns.find((r) => r.usable)!;
  Object.assign(data.delivery, { outboundShippingPlaceCode: ob.code, deliveryCompanyCode: 'CJGLS', returnCenterCode: rp.code, returnChargeName: rp.name, companyContactNumber: rp.companyContactNumber, returnZipCode: rp.zipCode, returnAddress: rp.address, returnAddressDetail: rp.addressDetail });
  const body = buildRequest(draftOf(data), { model: buildFormModel(normalizeMeta(meta)), vendorId: sb.vendorId, requested: true });
  validFile = join(dir, 'valid.json');
  brokenFile = join(dir, 'broken.json');
  writeFileSync(validFile, JSON.stringify(body, null, 2));
  const broken = structuredClone(body) as any;
  broken.returnCharge = 9000;
  broken.items[0].attributes = broken.items[0].attributes.filter((a: any) => a.attributeTypeName !== '수량');
  writeFileSync(brokenFile, JSON.stringify(broken, null, 2));
});
afterAll(async () => {
  await sb?.close();
  rmSync(dir, { recursive: true, force: true });
});

function env(withConnection: boolean): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const k of Object.keys(base)) if (k.startsWith('WINGDESK_')) delete base[k];
  const conn = withConnection ? { WINGDESK_BASE_URL: sb.baseUrl, WINGDESK_VENDOR_ID: sb.vendorId, WINGDESK_ACCESS_KEY: sb.accessKey, WINGDESK_SECRET_KEY: sb.secretKey } : {};
  return { ...base, ...conn, WINGDESK_DATA_DIR: join(dir, 'data') };
}

async function run(args: string[], withConnection = true) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: root, env: env(withConnection), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const [code] = (await once(child, 'close')) as [number];
  return { code, stdout, stderr };
}

describe('wingdesk categories', () => {
  it('recommend "<product name>" prints the suggested leaf category', async () => {
    const r = await run(['categories', 'recommend', '라떼분말']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^72882\s+식품 > .*라떼분말\s+\(SUCCESS\)/);
    const j = await run(['categories', 'recommend', '라떼분말', '--format', 'json']);
    expect(JSON.parse(j.stdout)).toMatchObject({ ok: true, code: '72882', resultType: 'SUCCESS' });
  });

  it('meta <code> shows what the form asks: mandatory options, choose-one groups, notices', async () => {
    const r = await run(['categories', 'meta', '72882']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[그룹1 택1] 최소 중량 — 숫자+단위: g, kg, mg');
    expect(r.stdout).toContain('[필수] 수량');
    expect(r.stdout).toContain('가공식품');
    const j = JSON.parse((await run(['categories', 'meta', '72882', '--format', 'json'])).stdout);
    expect(j.ok).toBe(true);
    expect(j.form.groups[0]).toMatchObject({ groupNumber: '1', mandatory: true });
  });

  it('bad usage exits 2', async () => {
    for (const args of [['categories'], ['categories', 'meta'], ['categories', 'meta', 'abc'], ['categories', 'recommend'], ['categories', 'list']]) {
      expect((await run(args)).code, args.join(' ')).toBe(2);
    }
  });
});

describe('wingdesk products', () => {
  it('validate: a body that passes every rule exits 0', async () => {
    const r = await run(['products', 'validate', validFile]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('ok — 규칙 위반 없음');
  });

  it('validate: rule breaks are listed (field and rule named) and exit 1', async () => {
    const r = await run(['products', 'validate', brokenFile]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("필수 구매옵션 '수량'이(가) 비어 있습니다");
    expect(r.stderr).toContain('[규칙 77]');
    expect(r.stderr).toContain('반품배송비(returnCharge)');
    expect(r.stderr).toContain('[규칙 106]');
    const j = await run(['products', 'validate', brokenFile, '--format', 'json']);
    expect(j.code).toBe(1);
    const out = JSON.parse(j.stdout);
    expect(out).toMatchObject({ ok: false, checkedWithMeta: true });
    expect(out.issues.map((i: any) => i.ruleId)).toEqual(expect.arrayContaining(['R77', 'R106']));
  });

  it('validate --offline checks the body without a connection', async () => {
    const r = await run(['products', 'validate', brokenFile, '--offline', '--format', 'json'], false);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.checkedWithMeta).toBe(false);
    expect(out.issues.some((i: any) => i.ruleId === 'R106')).toBe(true);
  });

  it('create: registers the product and prints its sellerProductId; a broken body is not sent', async () => {
    const r = await run(['products', 'create', validFile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\s+승인대기중 — /m);
    const bad = await run(['products', 'create', brokenFile, '--format', 'json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, sellerProductId: null });
  });

  it('bad usage exits 2', async () => {
    for (const args of [['products'], ['products', 'validate'], ['products', 'validate', join(dir, 'missing.json')], ['products', 'frob']]) {
      expect((await run(args)).code, args.join(' ')).toBe(2);
    }
  });
});
