import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIdKey } from '../json';
import { ENDPOINT_IDS, ENDPOINTS, getEndpoint, NUMERIC_ID_FIELDS } from './catalog';
import { createDomainApis } from '.';

describe('endpoint catalog', () => {
  it('has all 96 endpoints with unique ids across 11 domains', () => {
    expect(ENDPOINT_IDS).toHaveLength(96);
    expect(new Set(ENDPOINT_IDS).size).toBe(96);
    const domains = new Set(Object.values(ENDPOINTS).map((e) => e.domain));
    expect([...domains].sort()).toEqual(
      ['cashback', 'categories', 'coupons', 'cs', 'exchanges', 'orders', 'places', 'products', 'returns', 'rocketgrowth', 'settlement'],
    );
    for (const id of ENDPOINT_IDS) expect(id.startsWith(`${ENDPOINTS[id].domain}.`)).toBe(true);
  });

  it('keeps endpoints that share a path distinct', () => {
    const day = getEndpoint('orders.listByDay')!;
    const minute = getEndpoint('orders.listByMinute')!;
    expect(day.path).toBe(minute.path);
    expect(minute.queryParams.find((q) => q.name === 'searchType')).toMatchObject({ fixed: 'timeFrame' });
    expect(day.queryParams.find((q) => q.name === 'searchType')?.fixed).toBeUndefined();

    expect(ENDPOINTS['products.create'].path).toBe(ENDPOINTS['products.createRocketGrowth'].path);
    expect(ENDPOINTS['coupons.getInstantCouponItemByCouponItemId'].queryParams[0]).toMatchObject({ name: 'type', fixed: 'couponItemId' });
    expect(ENDPOINTS['coupons.getInstantCouponItemByVendorItemId'].queryParams[0]).toMatchObject({ name: 'type', fixed: 'vendorItemId' });
    expect(ENDPOINTS['coupons.getDownloadCouponRequestStatus'].path).toMatch(/\/coupons\/transactionStatus$/);
    expect(ENDPOINTS['coupons.getDownloadCoupon'].path).toMatch(/\/coupons\/\{couponId\}$/);
  });

  it('marks reads, writes and large answers', () => {
    expect(getEndpoint('places.listOutbound')).toMatchObject({ method: 'GET', read: true, large: false });
    expect(getEndpoint('places.createOutbound')).toMatchObject({ method: 'POST', read: false, bodyVendorId: true });
    expect(getEndpoint('returns.listWithdrawalsByIds')).toMatchObject({ method: 'POST', read: true });
    for (const id of ['orders.listByDay', 'orders.listByMinute', 'returns.listRequests', 'exchanges.listRequests', 'products.create', 'products.update', 'settlement.listRevenueHistory', 'settlement.listSettlementHistories']) {
      expect(getEndpoint(id)?.large, id).toBe(true);
    }
    for (const e of Object.values(ENDPOINTS)) if (e.method !== 'GET' && e.read) expect(e.method).toBe('POST');
    expect(getEndpoint('nope')).toBeUndefined();
    expect(getEndpoint('toString')).toBeUndefined();
  });

  it('types response IDs the same way the JSON reader converts them', () => {
    expect(NUMERIC_ID_FIELDS.length).toBeGreaterThan(10);
    for (const name of NUMERIC_ID_FIELDS) expect(isIdKey(name), name).toBe(true);
  });

  it('offers one typed function per endpoint, named by the catalog id', () => {
    const apis = createDomainApis((() => Promise.resolve()) as never) as unknown as Record<string, Record<string, unknown>>;
    for (const id of ENDPOINT_IDS) {
      const [domain, fn] = id.split('.');
      expect(typeof apis[domain]?.[fn], id).toBe('function');
    }
    expect(Object.values(apis).reduce((n, d) => n + Object.keys(d).length, 0)).toBe(96);
  });

  const reference = resolve(__dirname, '../../../../shared/coupang-api/endpoints');
  it.skipIf(!existsSync(reference))('is up to date with the reference (when it sits beside the repo)', () => {
    const out = mkdtempSync(join(tmpdir(), 'wingdesk-gen-'));
    try {
      execFileSync(process.execPath, [resolve(__dirname, '../../../scripts/gen-endpoints.mjs'), reference, out], { stdio: 'pipe' });
      for (const f of readdirSync(out)) {
        expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(__dirname, f), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
