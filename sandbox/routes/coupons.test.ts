// Coupons over real HTTP: signed calls through the sandboxed gateway, virtual time moved with the
// admin clock (timeScale 0, so only /__sandbox/clock moves it). Rule numbers: rules-coupons.md.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../index';
import { parseJson } from '../json';
import { REQUESTED_ID_AS_JSON_NUMBER } from '../domains/coupons/views';
import { admin, call } from '../testing/client';
import { ordersDomain } from './orders';

const START = '2025-06-10T03:00:00Z'; // 2025-06-10 12:00:00 KST
const MARKET = '/v2/providers/marketplace_openapi/apis/api/v1';
let sb: SandboxHandle;
let world0: any;
let free: any;
let year: any;
let promo: any;

const key = () => ({ accessKey: sb.accessKey, secretKey: sb.secretKey });
const v1 = () => `/v2/providers/fms/apis/api/v1/vendors/${sb.vendorId}`;
const v2 = () => `/v2/providers/fms/apis/api/v2/vendors/${sb.vendorId}`;
const get = (path: string, query = '') => call(sb.baseUrl, { path, query, key: key() });
const send = (method: string, path: string, body?: unknown, query = '') => call(sb.baseUrl, { method, path, query, body, key: key() });
const advance = (minutes: number) => admin(sb.baseUrl, 'POST', '/clock', { advanceMinutes: minutes });
const world = async () => (await admin(sb.baseUrl, 'GET', '/coupons')).json;

/** Approved options no live instant coupon holds. */
const freeOptions = (w: any): string[] => w.options.filter((o: any) => o.approved && o.instantCouponId === null).map((o: any) => o.vendorItemId);

function instantBody(overrides: Record<string, unknown> = {}) {
  return {
    contractId: Number(free.contractId),
    name: 'wingdesk 테스트 쿠폰',
    maxDiscountPrice: 5000,
    discount: 10,
    startAt: '2025-06-11 00:00:00',
    endAt: '2025-06-20 23:59:00',
    type: 'RATE',
    wowExclusive: false,
    ...overrides,
  };
}

const status = (requestedId: string) => get(`${v1()}/requested/${requestedId}`);

async function createInstant(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await send('POST', `${v2()}/coupon`, instantBody(overrides));
  expect(res.status).toBe(200);
  await advance(1);
  const done = await status(res.json.data.content.requestedId);
  expect(done.json.data.content.status).toBe('DONE');
  return String(done.json.data.content.couponId);
}

async function addItems(couponId: string, vendorItems: unknown[]) {
  const res = await send('POST', `${v1()}/coupons/${couponId}/items`, { vendorItems });
  expect(res.status).toBe(200);
  return res.json.data.content.requestedId as string;
}

beforeAll(async () => {
  sb = await startSandbox({ seed: 7, startAt: START, timeScale: 0, rate: 10_000 });
  world0 = await world();
  free = world0.contracts.find((c: any) => c.type === 'NON_CONTRACT_BASED');
  year = world0.contracts.find((c: any) => c.label === 'calendar year');
  promo = world0.contracts.find((c: any) => c.label.startsWith('promotion'));
});
afterAll(() => sb.close());
afterEach(async () => {
  await admin(sb.baseUrl, 'POST', '/reset');
});

describe('contracts (rules 4-8)', () => {
  it('lists the free and the contract-based contracts in the FMS envelope', async () => {
    const res = await get(`${v2()}/contract/list`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.json)).toEqual(['code', 'message', 'httpStatus', 'httpStatusMessage', 'errorMessage', 'data']);
    expect(res.json).toMatchObject({ code: 200, message: 'OK', httpStatus: 200, httpStatusMessage: 'OK', errorMessage: '', data: { success: true, pagination: null } });
    const content = res.json.data.content;
    expect(content.map((c: any) => c.type)).toEqual(['NON_CONTRACT_BASED', 'CONTRACT_BASED', 'CONTRACT_BASED']);
    expect(content[0]).toMatchObject({ contractId: Number(free.contractId), vendorContractId: -1, sellerId: sb.vendorId, end: '2999-12-31 23:59:59', useBudget: true });
    // rule 8: the examples' spelling.
    expect(Object.keys(content[0])).toEqual(['contractId', 'vendorContractId', 'sellerId', 'sellerShareRatio', 'coupangShareRatio', 'gmvRatio', 'start', 'end', 'type', 'useBudget', 'modifiedAt', 'modifiedBy']);
    expect(res.text).toContain(`"contractId":${free.contractId},`);
    expect(content[1]).toMatchObject({ start: '2025-01-01 00:00:00', end: '2025-12-31 23:59:59' });
  });

  it('reads one contract by contractId', async () => {
    const res = await get(`${v2()}/contract`, `contractId=${year.contractId}`);
    expect(res.json.data).toMatchObject({ success: true, content: { contractId: Number(year.contractId), type: 'CONTRACT_BASED' }, pagination: null });
    expect((await get(`${v2()}/contract`)).json.errorMessage).toBe("Required Long parameter 'contractId' is not present");
    const other = await get(`${v2()}/contract`, 'contractId=15');
    expect(other.status).toBe(400);
    expect(other.json).toEqual({
      code: 400, message: 'Bad Request', httpStatus: 400, httpStatusMessage: 'Bad Request',
      errorMessage: `contractId=15 (으)로 계약이 판매자=${sb.vendorId} 에 속하지 않습니다.`,
      data: { success: false, content: null, pagination: null },
    });
  });
});

describe('budgets (rules 6-7)', () => {
  const budgets = (query: string) => get(`${v1()}/budgets`, query);

  it('answers the current month by default and takes -1 for the free contract', async () => {
    const all = await budgets('');
    expect(all.json.data.content.map((b: any) => b.targetMonth)).toEqual(['2025-06', '2025-06', '2025-06']);
    const freeOnly = await budgets('contractId=-1&targetMonth=2025-06');
    expect(freeOnly.json.data.content).toEqual([
      { contractId: Number(free.contractId), targetMonth: '2025-06', vendorShareRatio: 100, totalBudgetAmount: expect.any(Number), usedBudgetAmount: expect.any(Number) },
    ]);
    expect(freeOnly.json.data.content[0].usedBudgetAmount).toBeGreaterThan(0);
    expect((await budgets('targetMonth=2025-07')).json.data.content.map((b: any) => b.contractId)).toEqual([Number(free.contractId), Number(year.contractId)]);
    expect((await budgets('targetMonth=2026-01')).json.data.content).toEqual([]);
    expect((await budgets('targetMonth=2025-6')).json.errorMessage).toBe('targetMonth 패턴을 확인하세요. yyyy-MM');
  });

  it('is consumed as customers use applied coupons', async () => {
    const before = (await budgets('contractId=-1')).json.data.content[0].usedBudgetAmount;
    const ordersBefore = (await world()).ordersTotal;
    await advance(3 * 24 * 60);
    const after = (await budgets('contractId=-1')).json.data.content[0].usedBudgetAmount;
    const w = await world();
    expect(after).toBeGreaterThan(before);
    expect(w.ordersTotal).toBeGreaterThan(ordersBefore);
    // The new orders carry the coupon that paid, readable with the orderId lookup.
    const order = [...w.orders].reverse().find((o: any) => o.lines.some((l: any) => l.instantCouponId));
    const line = order.lines.find((l: any) => l.instantCouponId);
    const byOrder = await get(`${v2()}/${order.orderId}/coupons`);
    expect(byOrder.json.data.content).toContainEqual(expect.objectContaining({ vendorItemId: Number(line.vendorItemId), couponId: Number(line.instantCouponId) }));
  });

  it('a used-up budget pauses its coupons and fails new ones (admin shows why)', async () => {
    const row = promo.budgets.find((b: any) => b.month === '2025-06');
    expect(row.usedUp).toBe(true);
    const paused = await get(`${v2()}/coupons`, 'status=PAUSED');
    expect(paused.json.data.content.map((c: any) => c.contractId)).toEqual([Number(promo.contractId)]);
    const res = await send('POST', `${v2()}/coupon`, instantBody({ contractId: promo.contractId, endAt: '2025-06-30 23:59:00' }));
    expect(res.json.data.success).toBe(true);
    await advance(1);
    const failed = await status(res.json.data.content.requestedId);
    expect(failed.json.data.content).toMatchObject({ couponId: null, type: 'COUPON_PUBLISH', status: 'FAIL', total: 1, succeeded: 0, failed: 1, failedVendorItems: [] });
    const note = (await world()).instantRequests.at(-1).note;
    expect(note).toContain('used up its 2025-06 budget');
  });
});

describe('instant coupon creation (rules 9, 12-19, 30)', () => {
  it('is asynchronous: REQUESTED, then DONE with the new couponId once the clock moves', async () => {
    const res = await send('POST', `${v2()}/coupon`, instantBody());
    expect(res.status).toBe(200);
    const requestedId = res.json.data.content.requestedId;
    expect(res.json).toEqual({
      code: 200, message: 'OK', httpStatus: 200, httpStatusMessage: 'OK', errorMessage: '',
      data: { success: true, content: { requestedId, success: true }, pagination: null },
    });
    expect(String(requestedId)).toMatch(/^\d{16,21}$/);
    const pending = await status(requestedId);
    expect(pending.json.data.content).toMatchObject({ couponId: null, type: 'COUPON_PUBLISH', status: 'REQUESTED', total: 1, succeeded: 0, failed: 0 });
    expect(Object.keys(pending.json.data.content)).toEqual(['couponId', 'requestedId', 'type', 'status', 'total', 'succeeded', 'failed', 'failedVendorItems']);
    expect((await get(`${v2()}/coupons`, 'status=STANDBY')).json.data.content).toHaveLength(1); // only the seeded one

    await advance(1);
    const done = await status(requestedId);
    expect(done.json.data.content).toMatchObject({ type: 'COUPON_PUBLISH', status: 'DONE', total: 1, succeeded: 1, failed: 0, failedVendorItems: [] });
    const couponId = done.json.data.content.couponId;
    const coupon = await get(`${v2()}/coupon`, `couponId=${couponId}`);
    expect(coupon.json.data.content).toEqual({
      contractId: Number(free.contractId), vendorContractId: -1, promotionName: 'wingdesk 테스트 쿠폰', couponId, status: 'STANDBY',
      type: 'RATE', maxDiscountPrice: 5000, discount: 10, startAt: '2025-06-11 00:00:00', endAt: '2025-06-20 23:59:00',
    });
    expect(coupon.text).toContain('"discount":10.0,'); // rule 31: decimals
    await advance(12 * 60);
    expect((await get(`${v2()}/coupon`, `couponId=${couponId}`)).json.data.content.status).toBe('APPLIED');
  });

  it('accepts the documented request example with numbers as strings', async () => {
    const res = await send('POST', `${v2()}/coupon`, { contractId: String(free.contractId), name: 'newCoupon 20180328', maxDiscountPrice: '1000', discount: '10', startAt: '2025-06-12 00:00:00', endAt: '2025-06-13 00:00:00', type: 'PRICE', wowExclusive: 'false' });
    expect(res.json.data.success).toBe(true);
  });

  it('sends requestedId as documented, up to 21 digits, byte for byte', async () => {
    let found: { text: string; id: string } | undefined;
    for (let i = 0; i < 60 && !found; i++) {
      const res = await send('POST', `${v2()}/coupon`, instantBody());
      const id = String(res.json.data.content.requestedId);
      if (id.length === 21) found = { text: res.text, id };
    }
    expect(found).toBeDefined();
    const { text, id } = found!;
    // The documented examples quote it ("123543582159745830895"); either way no digit may be lost.
    expect(text).toContain(REQUESTED_ID_AS_JSON_NUMBER ? `"requestedId":${id},` : `"requestedId":"${id}",`);
    expect(BigInt(id) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(String((parseJson(text) as any).data.content.requestedId)).toBe(id);
    const polled = await status(id);
    expect(polled.status).toBe(200);
    expect(polled.text).toContain(REQUESTED_ID_AS_JSON_NUMBER ? `"requestedId":${id},` : `"requestedId":"${id}",`);
  });

  const long = '가'.repeat(46);
  it.each([
    ['no contractId', { contractId: undefined }, 'contractId 은 필수임'],
    ['-1 as contractId (budgets only, rule 6)', { contractId: -1 }, 'contractId=-1 (으)로 계약이 판매자=VENDOR 에 속하지 않습니다.'],
    ["another seller's contract", { contractId: 15 }, 'contractId=15 (으)로 계약이 판매자=VENDOR 에 속하지 않습니다.'],
    ['no name', { name: '  ' }, 'name 은 필수임'],
    ['a 46-character name (rule 15)', { name: long }, 'name 은 최대 45자까지 입력 가능합니다.'],
    ['no type', { type: undefined }, 'type 은 필수임'],
    ['an unknown type', { type: 'FIXED' }, 'type 은 RATE, FIXED_WITH_QUANTITY, PRICE 중 하나여야 합니다.'],
    ['RATE 0 %', { discount: 0 }, 'discount 양수만 입력 가능합니다. (정률은 1~100, 정액은 1이상)'],
    ['RATE 101 %', { discount: 101 }, 'discount 양수만 입력 가능합니다. (정률은 1~100, 정액은 1이상)'],
    ['PRICE 0 won', { type: 'PRICE', discount: 0 }, 'discount 양수만 입력 가능합니다. (정률은 1~100, 정액은 1이상)'],
    ['maxDiscountPrice 9 won', { maxDiscountPrice: 9 }, 'maxDiscountPrice 최소 10원 이상 입력 가능합니다.'],
    ['a date without time', { startAt: '2025-06-11' }, 'startAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss'],
    ['an ISO end', { endAt: '2025-06-20T23:59:00' }, 'endAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss'],
    ['month 13 (rule 16)', { startAt: '2025-13-05 00:00:00' }, 'Cannot parse "2025-13-05 00:00:00": Value 13 for monthOfYear must be in the range [1,12]'],
    ['day 32 (rule 16)', { endAt: '2025-08-32 00:00:00' }, 'Cannot parse "2025-08-32 00:00:00": Value 32 for dayOfMonth must be in the range [1,31]'],
    ['an end before the start', { endAt: '2025-06-10 23:59:00' }, 'endAt 은 startAt 이후여야 합니다.'],
    ['wowExclusive "maybe" (rule 19)', { wowExclusive: 'maybe' }, 'wowExclusive 는 true 또는 false 만 입력 가능합니다.'],
  ])('refuses %s', async (_label, overrides, message) => {
    const res = await send('POST', `${v2()}/coupon`, instantBody(overrides));
    expect(res.status).toBe(400);
    expect(res.json.errorMessage).toBe(message.replace('VENDOR', sb.vendorId));
    expect(res.json.data).toEqual({ success: false, content: null, pagination: null });
  });

  it('keeps the coupon inside its contract (rule 9)', async () => {
    const res = await send('POST', `${v2()}/coupon`, instantBody({ contractId: year.contractId, startAt: '2024-12-30 00:00:00', endAt: '2025-01-05 00:00:00' }));
    expect(res.status).toBe(400);
    expect(res.json.errorMessage).toBe('계약의 유효기간 안에 쿠폰이 존재해야 한다(계약서의 유효기간:2025-01-01 00:00:00~2025-12-31 23:59:59) (쿠폰의 유효기간:2024-12-30 00:00:00~2025-01-05 00:00:00)');
    const past = await send('POST', `${v2()}/coupon`, instantBody({ contractId: promo.contractId, startAt: '2025-06-20 00:00:00', endAt: '2025-07-01 00:00:00' }));
    expect(past.json.errorMessage).toBe('계약의 유효기간 안에 쿠폰이 존재해야 한다(계약서의 유효기간:2025-05-01 00:00:00~2025-06-30 23:59:59) (쿠폰의 유효기간:2025-06-20 00:00:00~2025-07-01 00:00:00)');
  });

  it('takes 45 characters, RATE 100 % and FIXED_WITH_QUANTITY', async () => {
    for (const overrides of [{ name: '가'.repeat(45) }, { discount: 100 }, { type: 'FIXED_WITH_QUANTITY', discount: 1 }, { wowExclusive: true }]) {
      expect((await send('POST', `${v2()}/coupon`, instantBody(overrides))).json.data.success).toBe(true);
    }
  });
});

describe('instant coupon items (rules 20-24)', () => {
  it('adds options asynchronously and reports per-option failures: CIR08, CIR06, CIE00', async () => {
    const w = await world();
    const couponId = await createInstant();
    const [a, b] = freeOptions(w);
    const taken = w.instantCoupons.find((c: any) => c.status === 'APPLIED').items[0].vendorItemId;
    const unapproved = w.options.find((o: any) => !o.approved).vendorItemId;
    const requestedId = await addItems(couponId, [a, Number(b), taken, 32261388477, unapproved]);
    const pending = await status(requestedId);
    expect(pending.json.data.content).toMatchObject({ couponId: Number(couponId), type: 'COUPON_ITEM_PUBLISH', status: 'REQUESTED', total: 5 });
    await advance(1);
    const done = (await status(requestedId)).json.data.content;
    expect(done).toMatchObject({ status: 'DONE', total: 5, succeeded: 2, failed: 3 });
    expect(done.failedVendorItems).toEqual([
      { vendorItemId: Number(taken), reason: '[CIR08] 해당 옵션은 이미 다른 쿠폰에 발행되어져 있습니다.' },
      { vendorItemId: 32261388477, reason: '[CIR06] 옵션 상품을 찾지 못했습니다.' },
      { vendorItemId: Number(unapproved), reason: '[CIE00] 유효하지 않은 옵션아이디 입니다.' },
    ]);
    const items = await get(`${v1()}/coupons/${couponId}/items`, 'status=STANDBY');
    expect(items.json.data.content.map((i: any) => String(i.vendorItemId)).sort()).toEqual([a, b].sort());
  });

  it('FAILs when every option is already in another coupon (one coupon per option, rule 22)', async () => {
    const w = await world();
    const couponId = await createInstant();
    const held = w.instantCoupons.find((c: any) => c.status === 'PAUSED').items.map((i: any) => i.vendorItemId);
    const requestedId = await addItems(couponId, held);
    await advance(1);
    const content = (await status(requestedId)).json.data.content;
    expect(content).toMatchObject({ status: 'FAIL', total: held.length, succeeded: 0, failed: held.length });
    expect(content.failedVendorItems.map((f: any) => f.reason)).toEqual(held.map(() => '[CIR08] 해당 옵션은 이미 다른 쿠폰에 발행되어져 있습니다.'));
  });

  it('the first of two racing coupons gets the option', async () => {
    const [option] = freeOptions(await world());
    const first = await createInstant();
    const second = await createInstant({ name: '두 번째 쿠폰' });
    const r1 = await addItems(first, [option]);
    const r2 = await addItems(second, [option]);
    await advance(1);
    expect((await status(r1)).json.data.content.status).toBe('DONE');
    expect((await status(r2)).json.data.content.failedVendorItems[0].reason).toBe('[CIR08] 해당 옵션은 이미 다른 쿠폰에 발행되어져 있습니다.');
  });

  it.each([
    ['an empty list', []],
    ['10,001 options', Array.from({ length: 10_001 }, (_, i) => 3_000_000_000 + i)],
  ])('refuses %s (rule 21)', async (_label, vendorItems) => {
    const couponId = await createInstant();
    const res = await send('POST', `${v1()}/coupons/${couponId}/items`, { vendorItems });
    expect(res.status).toBe(400);
    expect(res.json.errorMessage).toBe('vendorItems may not be empty, vendorItems size must be between 1 and 10000');
    expect((await send('POST', `${v1()}/coupons/${couponId}/items`, {})).json.errorMessage).toBe('vendorItems may not be empty, vendorItems size must be between 1 and 10000');
    expect((await send('POST', `${v1()}/coupons/${couponId}/items`, { vendorItems: ['abc'] })).json.errorMessage).toBe('vendorItems 에는 옵션ID(숫자)만 입력 가능합니다.');
  });

  it('takes 10,000 options in one call', async () => {
    const couponId = await createInstant();
    const requestedId = await addItems(couponId, Array.from({ length: 10_000 }, (_, i) => 3_000_000_000 + i));
    expect((await status(requestedId)).json.data.content).toMatchObject({ status: 'REQUESTED', total: 10_000 });
    await advance(1);
    expect((await status(requestedId)).json.data.content).toMatchObject({ total: 10_000, failed: expect.any(Number) });
  });

  it('answers 쿠폰아이디를 확인해주세요 for unknown coupons', async () => {
    const res = await send('POST', `${v1()}/coupons/123/items`, { vendorItems: [1] });
    expect(res.json.errorMessage).toBe('쿠폰아이디를 확인해주세요 123');
    expect((await get(`${v2()}/coupon`, 'couponId=123')).json.errorMessage).toBe('쿠폰아이디를 확인해주세요 123');
  });

  it('does not let another seller read the coupon (rule 25)', async () => {
    const couponId = world0.instantCoupons[0].couponId;
    const foreign = sb.state.foreign;
    const res = await call(sb.baseUrl, { path: `/v2/providers/fms/apis/api/v2/vendors/${foreign.vendorId}/coupon`, query: `couponId=${couponId}`, key: foreign });
    expect(res.json.errorMessage).toBe(`쿠폰아이디를 확인해주세요 ${couponId}`);
    // With the demo vendor's path the gateway answers 404 before any coupon code runs.
    expect((await call(sb.baseUrl, { path: `${v2()}/coupon`, query: `couponId=${couponId}`, key: foreign })).status).toBe(404);
  });

  it('removes options (COUPON_ITEM_EXPIRE); a coupon without options is DETACHED', async () => {
    const [a, b] = freeOptions(await world());
    const couponId = await createInstant({ startAt: '2025-06-10 00:00:00' });
    await addItems(couponId, [a, b]);
    await advance(1);
    const noAction = await send('PUT', `${v1()}/coupons/${couponId}/items`, { vendorItems: [a] });
    expect(noAction.json.errorMessage).toBe("Required String parameter 'action' is not present");
    const res = await send('PUT', `${v1()}/coupons/${couponId}/items`, { vendorItems: [a, 1234567] }, 'action=expire');
    await advance(1);
    expect((await status(res.json.data.content.requestedId)).json.data.content).toMatchObject({
      type: 'COUPON_ITEM_EXPIRE', status: 'DONE', total: 2, succeeded: 1, failed: 1, failedVendorItems: [{ vendorItemId: 1234567, reason: '[CIR06] 옵션 상품을 찾지 못했습니다.' }],
    });
    expect((await get(`${v1()}/coupons/${couponId}/items`, 'status=EXPIRED')).json.data.content.map((i: any) => String(i.vendorItemId))).toEqual([a]);
    expect((await get(`${v1()}/coupons/${couponId}/items`, 'status=APPLIED')).json.data.content.map((i: any) => String(i.vendorItemId))).toEqual([b]);
    const rest = await send('PUT', `${v1()}/coupons/${couponId}/items`, { vendorItems: [b] }, 'action=expire');
    await advance(1);
    expect((await status(rest.json.data.content.requestedId)).json.data.content.status).toBe('DONE');
    expect((await get(`${v2()}/coupon`, `couponId=${couponId}`)).json.data.content.status).toBe('DETACHED');
  });
});

describe('instant coupon expiry (rules 23-24)', () => {
  it('refuses with data.success=false while another request on the coupon runs, then expires', async () => {
    const [option] = freeOptions(await world());
    const couponId = await createInstant();
    await addItems(couponId, [option]);
    const busy = await send('PUT', `${v1()}/coupons/${couponId}`, undefined, 'action=expire');
    expect(busy.status).toBe(200);
    expect(busy.json).toEqual({
      code: 200, message: 'OK', httpStatus: 200, httpStatusMessage: 'OK', errorMessage: '',
      data: { success: false, content: { requestedId: null, success: false }, pagination: null },
    });
    expect((await world()).events.at(-1)).toMatchObject({ kind: 'expire-refused' });
    await advance(1);
    const res = await send('PUT', `${v1()}/coupons/${couponId}`, undefined, 'action=expire');
    expect(res.json.data).toMatchObject({ success: true, content: { success: true } });
    expect((await status(res.json.data.content.requestedId)).json.data.content).toMatchObject({ type: 'COUPON_EXPIRE', status: 'REQUESTED' });
    await advance(1);
    expect((await status(res.json.data.content.requestedId)).json.data.content).toMatchObject({ couponId: Number(couponId), status: 'DONE', succeeded: 1 });
    expect((await get(`${v2()}/coupon`, `couponId=${couponId}`)).json.data.content.status).toBe('EXPIRED');
    // The option is free again for another coupon.
    const next = await createInstant({ name: '다음 쿠폰' });
    const again = await addItems(next, [option]);
    await advance(1);
    expect((await status(again)).json.data.content.status).toBe('DONE');
    // Items cannot be added to an ended coupon.
    expect((await send('POST', `${v1()}/coupons/${couponId}/items`, { vendorItems: [option] })).json.errorMessage).toBe(`사용종료된 쿠폰입니다. 쿠폰아이디를 확인해주세요 ${couponId}`);
  });

  it('needs action=expire', async () => {
    const couponId = world0.instantCoupons[0].couponId;
    expect((await send('PUT', `${v1()}/coupons/${couponId}`)).json.errorMessage).toBe("Required String parameter 'action' is not present");
    expect((await send('PUT', `${v1()}/coupons/${couponId}`, undefined, 'action=stop')).json.errorMessage).toBe("Invalid value 'stop' for action: has to be expire");
  });

  it('answers the status API 400 for unknown requests', async () => {
    const res = await status('123543582159745830895');
    expect(res.status).toBe(400);
    expect(res.json.errorMessage).toBe('업체정보의 권한을 확인하세요.');
  });
});

describe('instant coupon reads', () => {
  const seeded = () => world0.instantCoupons.find((c: any) => c.status === 'APPLIED' && c.items.length === 12);

  it('lists coupons by status, paging from 1 (rule 28)', async () => {
    const list = (query: string) => get(`${v2()}/coupons`, query);
    const expired = await list('status=EXPIRED');
    expect(expired.json.data.pagination).toEqual({ currentPage: 1, countPerPage: 10, totalPages: 1, totalElements: 6 });
    const ids = expired.json.data.content.map((c: any) => c.couponId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const page2 = await list('status=EXPIRED&page=2&size=4&sort=desc');
    expect(page2.json.data.pagination).toEqual({ currentPage: 2, countPerPage: 4, totalPages: 2, totalElements: 6 });
    expect(page2.json.data.content.map((c: any) => c.couponId)).toEqual([...ids].reverse().slice(4));
    expect((await list('status=EXPIRED&page=1&size=4')).json.data.content.map((c: any) => c.couponId)).toEqual(ids.slice(0, 4));
    expect((await list('status=DETACHED')).json.data.content).toHaveLength(1);
    for (const [query, message] of [
      ['status=EXPIRED&page=0', 'Page index must not be less than zero!'],
      ['status=EXPIRED&size=0', 'Page size must not be less than one!'],
      ['status=EXPIRED&page=x', 'Failed to convert value of type \'java.lang.String\' to required type \'int\'; nested exception is java.lang.NumberFormatException: For input string: "x"'],
      ['status=EXPIRED&sort=up', "Invalid value 'up' for orders given! Has to be either 'desc' or 'asc' (case insensitive)."],
      ['', "Required String parameter 'status' is not present"],
      ['status=USED', "Invalid value 'USED' for status: has to be one of STANDBY, APPLIED, PAUSED, EXPIRED, DETACHED"],
    ]) {
      const res = await list(query);
      expect(res.status, query).toBe(400);
      expect(res.json.errorMessage).toBe(message);
    }
  });

  it('lists coupon items by status, paging from 0 (rule 28)', async () => {
    const coupon = seeded();
    const list = (query: string) => get(`${v1()}/coupons/${coupon.couponId}/items`, query);
    const all = await list('status=APPLIED');
    expect(all.json.data.pagination).toEqual({ currentPage: 0, countPerPage: 1000, totalPages: 1, totalElements: 12 });
    const first = await list('status=APPLIED&page=0&size=5');
    expect(first.json.data.pagination).toEqual({ currentPage: 0, countPerPage: 5, totalPages: 3, totalElements: 12 });
    expect(first.json.data.content).toEqual(all.json.data.content.slice(0, 5));
    const last = await list('status=APPLIED&page=2&size=5');
    expect(last.json.data.content).toEqual(all.json.data.content.slice(10));
    expect((await list('status=APPLIED&page=1&size=5&sort=desc')).json.data.content).toEqual([...all.json.data.content].reverse().slice(5, 10));
    expect(Object.keys(first.json.data.content[0])).toEqual(['couponItemId', 'couponId', 'vendorItemId', 'startAt', 'endAt', 'status']);
    expect((await list('status=APPLIED&page=-1')).json.errorMessage).toBe('Page index must not be less than zero!');
    expect((await list('status=DETACHED')).json.errorMessage).toBe("Invalid value 'DETACHED' for status: has to be one of STANDBY, APPLIED, PAUSED, EXPIRED");
  });

  it('tells couponItemId from vendorItemId on the same path by ?type= (rule 26)', async () => {
    const coupon = seeded();
    const item = coupon.items[3];
    const path = (x: string) => `${v1()}/coupons/${coupon.couponId}/items/${x}`;
    const byItem = await get(path(item.couponItemId), 'type=couponItemId');
    const byOption = await get(path(item.vendorItemId), 'type=vendorItemId');
    expect(byItem.json.data.content).toEqual(byOption.json.data.content);
    expect(byItem.json.data.content).toMatchObject({ couponItemId: Number(item.couponItemId), couponId: Number(coupon.couponId), vendorItemId: Number(item.vendorItemId), status: 'APPLIED' });
    // The same number read the other way finds nothing.
    expect((await get(path(item.couponItemId), 'type=vendorItemId')).json.errorMessage).toBe('쿠폰아이템을 찾을 수 없습니다.');
    expect((await get(path(item.vendorItemId))).json.errorMessage).toBe("Required String parameter 'type' is not present");
    expect((await get(path(item.vendorItemId), 'type=optionId')).json.errorMessage).toBe("Invalid value 'optionId' for type: has to be couponItemId or vendorItemId");
  });

  it('lists the instant coupons applied to an order (v2 with type, v1 without)', async () => {
    const order = world0.orders.find((o: any) => o.lines.some((l: any) => l.instantCouponId));
    const line = order.lines.find((l: any) => l.instantCouponId);
    const v2res = await get(`${v2()}/${order.orderId}/coupons`);
    const row = v2res.json.data.content.find((r: any) => String(r.vendorItemId) === line.vendorItemId);
    expect(Object.keys(row)).toEqual(['vendorItemId', 'contractId', 'promotionName', 'couponId', 'status', 'type', 'maxDiscountPrice', 'discount', 'startAt', 'endAt']);
    expect(row.couponId).toBe(Number(line.instantCouponId));
    const v1res = await get(`${v1()}/${order.orderId}/coupons`);
    expect(v1res.json.data.content[0]).not.toHaveProperty('type');
    expect((await get(`${v2()}/8000000000294/coupons`)).json.data).toEqual({ success: true, content: [], pagination: null });
  });
});

describe('download coupons (rules 32-47)', () => {
  const later = '2025-06-10 13:00:00'; // now + 1 h
  const POLICY = { title: '해당쿠폰의 정책 1 명칭', typeOfDiscount: 'PRICE', description: '해당정책 안내 문구 작성', minimumPrice: 10000, discount: 1000, maximumDiscountPrice: 1000, maximumPerDaily: 1 };
  function downloadBody(overrides: Record<string, unknown> = {}, policy: Record<string, unknown> = {}) {
    return {
      title: '쿠폰 명칭',
      contractId: Number(free.contractId),
      couponType: 'DOWNLOAD',
      startDate: later,
      endDate: '2025-06-30 23:59:00',
      userId: 'testaccount1',
      policies: [
        { ...POLICY, ...policy },
        { title: '해당쿠폰의 정책 2 명칭', typeOfDiscount: 'PRICE', description: '해당정책 안내 문구 작성', minimumPrice: 20000, discount: 2000, maximumDiscountPrice: 1000, maximumPerDaily: 1 },
      ],
      ...overrides,
    };
  }
  const create = async (overrides: Record<string, unknown> = {}) => {
    const res = await send('POST', `${MARKET}/coupons`, downloadBody(overrides));
    expect(res.status).toBe(200);
    return res;
  };
  const addItems = (couponId: unknown, vendorItemIds: unknown[], userId = 'testaccount1') =>
    send('PUT', `${MARKET}/coupon-items`, { couponItems: [{ couponId, userId, vendorItemIds }] });
  const txStatus = (id: string) => get(`${MARKET}/coupons/transactionStatus`, `requestTransactionId=${encodeURIComponent(id)}`);

  it('creates synchronously in the documented shape (rule 39)', async () => {
    const res = await create();
    const body = res.json;
    expect(Object.keys(body)).toEqual(['couponId', 'vendorId', 'couponType', 'lastModifiedBy', 'lastModifiedDate', 'title', 'publishedDate', 'startDate', 'couponStatus', 'couponPolicies']);
    expect(body).toMatchObject({ vendorId: sb.vendorId, couponType: 'DOWNLOAD', lastModifiedBy: 'testaccount1', lastModifiedDate: '2025-06-10 12:00:00', publishedDate: null, startDate: later, couponStatus: 'STANDBY' });
    expect(body.couponPolicies[0]).toEqual({
      description: '해당정책 안내 문구 작성', discount: 1000, maximumDiscountPrice: -1, maximumPerDaily: 1, minimumPrice: 10000,
      title: '해당쿠폰의 정책 1 명칭', typeOfDiscount: 'PRICE', manageCode: `FMS_${free.contractId}_${sb.vendorId}_${Date.parse(START)}0`,
    });
    expect(body.couponPolicies[1].manageCode).toBe(`FMS_${free.contractId}_${sb.vendorId}_${Date.parse(START)}1`);
    const read = await get(`${MARKET}/coupons/${body.couponId}`);
    expect(read.json).toEqual({
      couponId: body.couponId, title: '쿠폰 명칭', couponType: 'DOWNLOAD', couponStatus: 'STANDBY', publishedDate: null, startDate: later, endDate: '2025-06-30 23:59:00',
      appliedOptionCount: 0, usageAmount: 0, couponPolicies: [
        { title: '해당쿠폰의 정책 1 명칭', typeOfDiscount: 'PRICE', description: '해당정책 안내 문구 작성', minimumPrice: 10000, discount: 1000, maximumDiscountPrice: -1, maximumPerDaily: 1 },
        { title: '해당쿠폰의 정책 2 명칭', typeOfDiscount: 'PRICE', description: '해당정책 안내 문구 작성', minimumPrice: 20000, discount: 2000, maximumDiscountPrice: -1, maximumPerDaily: 1 },
      ],
    });
  });

  const rate = { typeOfDiscount: 'RATE', discount: 10, maximumDiscountPrice: 3000 };
  it.each([
    ['an empty title', { title: '' }, {}, 'createCouponRequest.title 은 빈칸임. createCouponRequest.title 은 필수임'],
    ["another seller's contract", { contractId: 15 }, {}, 'contractId=15 (으)로 계약이 판매자=VENDOR 에 속하지 않습니다.'],
    ['couponType INSTANT (rule 36)', { couponType: 'INSTANT' }, {}, 'couponType 은 DOWNLOAD 만 입력 가능합니다.'],
    ['a start within the hour (rule 38)', { startDate: '2025-06-10 12:59:59' }, {}, 'startAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss, 프로모션 기간을 확인해주세요.'],
    ['a start in the past', { startDate: '2025-06-09 00:00:00' }, {}, 'startAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss, 프로모션 기간을 확인해주세요.'],
    ['a start without seconds', { startDate: '2025-06-11 00:00' }, {}, 'startAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss, 프로모션 기간을 확인해주세요.'],
    ['an end before the start', { endDate: '2025-06-10 12:30:00' }, {}, 'endAt 패턴을 확인하세요. yyyy-MM-dd HH:mm:ss, 프로모션 기간을 확인해주세요.'],
    ['four policies (rule 33)', { policies: [POLICY, POLICY, POLICY, POLICY] }, {}, 'policies may not be empty, policies size must be between 1 and 3'],
    ['couponPolicies instead of policies', { policies: undefined, couponPolicies: [POLICY] }, {}, 'policies may not be empty, policies size must be between 1 and 3'],
    ['PRICE and RATE mixed (rule 33)', {}, rate, '동일 쿠폰의 정책은 모두 같은 할인방식(typeOfDiscount)이어야 합니다.'],
    ['PRICE 15 won (rule 34)', {}, { discount: 15 }, 'policies[0] 금액 정보는 10원 단위로 입력해야 합니다.'],
    ['PRICE 0 won', {}, { discount: 0 }, 'policies[0] 금액 정보는 10원 단위로 입력해야 합니다.'],
    ['minimumPrice 1 won (rule 35)', {}, { minimumPrice: 1 }, 'policies[0] 금액 정보는 10원 단위로 입력해야 합니다.'],
    ['maximumPerDaily 10,000', {}, { maximumPerDaily: 10000 }, 'policies[0].maxPerDaily 1~9999 양수만 입력 가능합니다.'],
    ['maximumPerDaily 0', {}, { maximumPerDaily: 0 }, 'policies[0].maxPerDaily 1~9999 양수만 입력 가능합니다.'],
    ['no policy title', {}, { title: '' }, 'policies[0].title 은 필수임'],
  ])('refuses %s', async (_label, overrides, policy, message) => {
    const res = await send('POST', `${MARKET}/coupons`, downloadBody(overrides, policy));
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ code: 400, message: message.replace('VENDOR', sb.vendorId) });
  });

  it.each([
    [100, 'policies[0].discount 1~99 양수만 입력 가능합니다.'],
    [0, 'policies[0].discount 1~99 양수만 입력 가능합니다.'],
    [99, null],
    [1, null],
  ])('RATE discount %s (rule 34: 1~99) answers %s', async (discount, message) => {
    const body = downloadBody({ policies: [{ title: '정률', typeOfDiscount: 'RATE', description: '', minimumPrice: 10000, discount, maximumDiscountPrice: 3000, maximumPerDaily: 9999 }] });
    const res = await send('POST', `${MARKET}/coupons`, body);
    if (message) expect(res.json.message).toBe(message);
    else expect(res.json.couponPolicies[0]).toMatchObject({ typeOfDiscount: 'RATE', discount, maximumDiscountPrice: 3000 });
  });

  it('adds up to 100 options, answers an array with requestTransactionId, DONE on the clock (rules 41, 43, 45)', async () => {
    const w = await world();
    const held = new Set(w.downloadCoupons.flatMap((c: any) => (c.status === 'DELETED' ? [] : c.vendorItemIds)));
    const options = w.options.filter((o: any) => o.approved && !held.has(o.vendorItemId)).map((o: any) => Number(o.vendorItemId)).slice(0, 3);
    const { couponId } = (await create()).json;
    const tooMany = await addItems(couponId, Array.from({ length: 101 }, (_, i) => 3_000_000_000 + i));
    expect(tooMany.status).toBe(400);
    expect(tooMany.json).toEqual({ code: 400, message: 'vendorItemIds may not be empty, vendorItemIds size must be between 1 and 100' });
    const res = await addItems(String(couponId), options);
    const id = `testaccount1_${couponId}${Date.parse(START)}`;
    expect(res.json).toEqual([{ requestResultStatus: 'SUCCESS', body: { couponId, requestTransactionId: id }, errorCode: null, errorMessage: null }]);
    expect((await txStatus(id)).json.transactionStatusResponse).toMatchObject({ type: 'COUPON_ITEM_PUBLISH', status: 'REQUESTED', total: 3, requestedId: id, couponId });
    await advance(1);
    const done = await txStatus(id);
    expect(done.json).toEqual({
      transactionStatusResponse: { type: 'COUPON_ITEM_PUBLISH', total: 3, succeeded: 3, status: 'DONE', requestedId: id, couponFailedVendorItemIdResponses: [], failed: 0, couponId },
    });
    const read = (await get(`${MARKET}/coupons/${couponId}`)).json;
    expect(read).toMatchObject({ couponStatus: 'STANDBY', appliedOptionCount: 3, publishedDate: '2025-06-10 12:00:05' });
    await advance(60);
    expect((await get(`${MARKET}/coupons/${couponId}`)).json.couponStatus).toBe('APPLIED');
    // rule 40: no changes once it runs.
    expect((await addItems(couponId, [options[0]])).json[0]).toEqual({
      requestResultStatus: 'FAIL', body: { couponId, requestTransactionId: null }, errorCode: 'BAD_REQUEST', errorMessage: '쿠폰 적용 상품은 쿠폰 시작 후 변경할 수 없습니다.',
    });
  });

  it('an option already in another download coupon fails with CIR14 and destroys the coupon (rules 37, 42, 50)', async () => {
    const seededCoupon = world0.downloadCoupons.find((c: any) => c.status === 'APPLIED');
    const { couponId } = (await create()).json;
    const res = await addItems(couponId, [Number(seededCoupon.vendorItemIds[0])]);
    const id = res.json[0].body.requestTransactionId;
    await advance(1);
    expect((await txStatus(id)).json.transactionStatusResponse).toEqual({
      type: 'COUPON_ITEM_PUBLISH', total: 1, succeeded: 0, status: 'FAIL', requestedId: id,
      couponFailedVendorItemIdResponses: [{ vendorItemId: Number(seededCoupon.vendorItemIds[0]), failureReason: `[CIR14] 해당 옵션은 이미 다른 쿠폰(${seededCoupon.couponId})에 발행되어져 있습니다.` }],
      failed: 1, couponId,
    });
    const again = await addItems(couponId, [1234567890]);
    expect(again.status).toBe(400);
    expect(again.json).toEqual({ code: 400, message: '삭제된 프로모션 입니다.' });
    expect((await get(`${MARKET}/coupons/${couponId}`)).json).toEqual({ code: 400, message: '삭제된 프로모션 입니다.' });
    expect((await addItems(99999999, [1234567890])).json.message).toBe('삭제된 프로모션 입니다.');
  });

  it('expires with an array answer and a transaction to check (rule 44)', async () => {
    const seededCoupon = world0.downloadCoupons.find((c: any) => c.status === 'APPLIED');
    const res = await send('POST', `${MARKET}/coupons/expire`, { expireCouponList: [{ couponId: seededCoupon.couponId, reason: 'expired', userId: 'testId123' }] });
    const id = `testId123_${seededCoupon.couponId}${Date.parse(START)}`;
    expect(res.json).toEqual([{ requestResultStatus: 'SUCCESS', body: { couponId: Number(seededCoupon.couponId), requestTransactionId: id }, errorCode: null, errorMessage: null }]);
    await advance(1);
    expect((await txStatus(id)).json.transactionStatusResponse).toMatchObject({ type: 'COUPON_EXPIRE', status: 'DONE', total: 1, succeeded: 1 });
    expect((await get(`${MARKET}/coupons/${seededCoupon.couponId}`)).json.couponStatus).toBe('EXPIRED');
    const twice = await send('POST', `${MARKET}/coupons/expire`, { expireCouponList: [{ couponId: seededCoupon.couponId, reason: 'expired', userId: 'testId123' }] });
    expect(twice.json[0]).toMatchObject({ requestResultStatus: 'FAIL', errorMessage: '이미 파기된 쿠폰입니다.' });
    const missing = await send('POST', `${MARKET}/coupons/expire`, { expireCouponList: [{ couponId: 16513129, reason: 'expired', userId: 'testId123' }] });
    expect(missing.status).toBe(500);
    expect(missing.json).toEqual({ code: 500, message: 'expire할 쿠폰이 존재하지 않습니다.' });
  });

  it('routes GET …/coupons/transactionStatus before GET …/coupons/{couponId} (rule 51a)', async () => {
    const wrong = await txStatus('et5_154210571558673553106');
    expect(wrong.status).toBe(500);
    expect(wrong.json).toEqual({ code: 500, message: '시스템 오류' });
    expect((await get(`${MARKET}/coupons/transactionStatus`)).json).toEqual({ code: 500, message: '시스템 오류' });
    const seededCoupon = world0.downloadCoupons.find((c: any) => c.status === 'APPLIED');
    expect((await get(`${MARKET}/coupons/${seededCoupon.couponId}`)).json.couponId).toBe(Number(seededCoupon.couponId));
    // A real transaction is found under the literal path, with its own answer shape.
    const expire = await send('POST', `${MARKET}/coupons/expire`, { expireCouponList: [{ couponId: seededCoupon.couponId, reason: 'expired', userId: 'et5' }] });
    const found = await txStatus(expire.json[0].body.requestTransactionId);
    expect(found.status).toBe(200);
    expect(Object.keys(found.json)).toEqual(['transactionStatusResponse']);
    expect(found.json.transactionStatusResponse.requestedId).toBe(`et5_${seededCoupon.couponId}${Date.parse(START)}`);
    const routes = (await admin(sb.baseUrl, 'GET', '/routes')).json.routes.filter((r: any) => r.domain === 'coupons').map((r: any) => r.id);
    expect(routes.indexOf('coupons.getDownloadCouponRequestStatus')).toBeLessThan(routes.indexOf('coupons.getDownloadCoupon'));
  });
});

describe('admin', () => {
  it('GET /__sandbox/coupons shows contracts, budgets, coupons with items and pending requests', async () => {
    const res = await send('POST', `${v2()}/coupon`, instantBody());
    const w = await world();
    expect(w.vendorId).toBe(sb.vendorId);
    expect(w.now).toBe('2025-06-10 12:00:00');
    expect(w.contracts).toHaveLength(3);
    expect(w.contracts[0].budgets.map((b: any) => b.month)).toEqual(['2025-04', '2025-05', '2025-06', '2025-07']);
    expect(w.options.length).toBeGreaterThanOrEqual(60);
    expect(w.instantCoupons.every((c: any) => Array.isArray(c.items))).toBe(true);
    expect(w.pending).toEqual([{ id: res.json.data.content.requestedId, type: 'COUPON_PUBLISH', couponId: expect.any(String), completeAt: '2025-06-10 12:00:05' }]);
    await advance(1);
    expect((await world()).pending).toEqual([]);
    const foreign = await admin(sb.baseUrl, 'GET', `/coupons?vendorId=${sb.state.foreign.vendorId}`);
    expect(foreign.json.vendorId).toBe(sb.state.foreign.vendorId);
    expect((await admin(sb.baseUrl, 'GET', '/coupons?vendorId=A00000000')).status).toBe(400);
  });

  it("targets the orders domain's options; its orders carry no instant coupon", async () => {
    const orders = sb.state.store(sb.vendorId).get(ordersDomain);
    const options = world0.options.filter((o: any) => o.approved).map((o: any) => o.vendorItemId);
    expect(options).toEqual(orders.catalogue.map((p) => p.vendorItemId));
    expect(world0.options.filter((o: any) => !o.approved)).toHaveLength(4);
    const [orderId] = orders.byOrderId.keys();
    expect((await get(`${v2()}/${orderId}/coupons`)).json.data.content).toEqual([]);
  });

  it('/__sandbox/state summarizes coupons per vendor', async () => {
    const state = (await admin(sb.baseUrl, 'GET', '/state')).json;
    const mine = state.domains.coupons[sb.vendorId];
    expect(mine).toMatchObject({ contracts: 3, instantCoupons: { APPLIED: 2, DETACHED: 1, EXPIRED: 6, PAUSED: 1, STANDBY: 1 }, downloadCoupons: { APPLIED: 1, DELETED: 1, STANDBY: 1 }, pendingRequests: 0 });
  });

  it('is deterministic: same seed and start, same coupons, IDs and answers', async () => {
    const opts = { seed: 11, startAt: START, timeScale: 0, rate: 10_000 };
    const [a, b, c] = await Promise.all([startSandbox(opts), startSandbox(opts), startSandbox({ ...opts, seed: 12 })]);
    try {
      const script = async (s: SandboxHandle) => {
        const k = { accessKey: s.accessKey, secretKey: s.secretKey };
        const w = (await admin(s.baseUrl, 'GET', '/coupons')).json;
        const contractId = w.contracts[0].contractId;
        const created = await call(s.baseUrl, { method: 'POST', path: `/v2/providers/fms/apis/api/v2/vendors/${s.vendorId}/coupon`, key: k, body: { ...instantBody(), contractId } });
        await admin(s.baseUrl, 'POST', '/clock', { advanceMinutes: 2 * 24 * 60 });
        const polled = await call(s.baseUrl, { path: `/v2/providers/fms/apis/api/v1/vendors/${s.vendorId}/requested/${created.json.data.content.requestedId}`, key: k });
        return { before: w, created: created.text, polled: polled.text, after: (await admin(s.baseUrl, 'GET', '/coupons')).json };
      };
      const [ra, rb, rc] = [await script(a), await script(b), await script(c)];
      expect(ra).toEqual(rb);
      expect(ra.after.ordersTotal).toBeGreaterThan(ra.before.ordersTotal);
      expect(rc.before.options).not.toEqual(ra.before.options);
    } finally {
      await Promise.all([a.close(), b.close(), c.close()]);
    }
  });

  it('reset brings the seeded world back', async () => {
    await createInstant();
    await advance(24 * 60);
    await admin(sb.baseUrl, 'POST', '/reset');
    expect(await world()).toEqual(world0);
  });
});
