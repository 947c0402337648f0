import { describe, expect, it } from 'vitest';
import { checkRow } from './InvoiceForm';
import { FREQUENT_CARRIERS, searchCarriers } from './CarrierPicker';
import { completeResults, ineligibility, productLabel, quantityMath, splitEligible, summarize, tabCount } from './model';
import { effectSeen, settleFromDetail } from './useOutboxReconcile';
import { makeRow } from './testing/fakeOrders';

const ctx = { today: '2025-04-30', queued: false };

describe('which action a row allows', () => {
  it('follows Coupang’s state rules', () => {
    const accept = makeRow(0, { status: 'ACCEPT' });
    const instruct = makeRow(1, { status: 'INSTRUCT' });
    const departure = makeRow(2, { status: 'DEPARTURE', orderedAt: '2025-03-01T10:00:00+09:00' });
    expect(ineligibility('acknowledge', accept, ctx)).toBeNull();
    expect(ineligibility('acknowledge', instruct, ctx)).toBe('notAccept');
    expect(ineligibility('uploadInvoice', instruct, ctx)).toBeNull();
    expect(ineligibility('uploadInvoice', accept, ctx)).toBe('notInstruct');
    expect(ineligibility('updateInvoice', departure, ctx)).toBeNull();
    expect(ineligibility('updateInvoice', instruct, ctx)).toBe('notShipped');
    expect(ineligibility('cancel', accept, ctx)).toBeNull();
    expect(ineligibility('cancel', departure, ctx)).toBe('notCancellable');
    expect(ineligibility('completeLongTermUndelivery', departure, ctx)).toBeNull();
    expect(ineligibility('completeLongTermUndelivery', departure, { ...ctx, today: '2025-03-20' })).toBe('tooRecent');
    expect(ineligibility('stopShipment', instruct, ctx)).toBe('noClaim');
  });

  it('holds shipping for a stop request and never stacks a second action behind a queued one', () => {
    const claimed = makeRow(1, { status: 'INSTRUCT', claimPending: true });
    expect(ineligibility('uploadInvoice', claimed, ctx)).toBe('claimPending');
    expect(ineligibility('stopShipment', claimed, ctx)).toBeNull();
    expect(ineligibility('markAlreadyShipped', claimed, ctx)).toBeNull();
    expect(ineligibility('acknowledge', makeRow(0, { status: 'ACCEPT', outboxPending: true }), ctx)).toBe('outbox');
    expect(ineligibility('acknowledge', makeRow(0, { status: 'ACCEPT' }), { ...ctx, queued: true })).toBe('outbox');
  });

  it('counts eligible rows and the reasons for the rest', () => {
    const rows = [makeRow(0, { status: 'ACCEPT' }), makeRow(6, { status: 'ACCEPT' }), makeRow(1, { status: 'INSTRUCT' })];
    const s = splitEligible('acknowledge', rows, new Set([rows[1].shipmentBoxId]), '2025-04-30');
    expect(s.eligible.map((r) => r.shipmentBoxId)).toEqual([rows[0].shipmentBoxId]);
    expect(s.excluded).toEqual({ outbox: 1, notAccept: 1 });
  });
});

describe('results', () => {
  it('gives every sent ID exactly one result, unknown when the answer left it out', () => {
    const out = completeResults(['1', '2'], [{ shipmentBoxId: '2', state: 'done', messageKo: '', retryRequired: false }], '없음');
    expect(out).toEqual([
      { shipmentBoxId: '1', state: 'unknown', messageKo: '없음', retryRequired: false },
      { shipmentBoxId: '2', state: 'done', messageKo: '', retryRequired: false },
    ]);
    expect(summarize([{ state: 'done' }, { state: 'done' }, { state: 'failed' }, { state: 'unknown' }, { state: 'queued' }])).toEqual({ done: 2, failed: 1, unknown: 1, queued: 1, total: 5 });
  });

  it('settles a queued action only when the re-read order shows its effect', () => {
    const base = { state: 'queued' as const, messageKo: '', retryRequired: false, at: '2025-03-28T00:00:00Z' };
    const detail = (patch: object) => ({ ...makeRow(0), items: [], receiver: {} as never, orderer: {} as never, parcelPrintMessage: null, shippingPrice: 0, remoteArea: false, history: [], claims: [], actions: [], ...patch });
    expect(effectSeen({ ...base, action: 'acknowledge' }, detail({ status: 'INSTRUCT' }))).toBe(true);
    expect(effectSeen({ ...base, action: 'acknowledge' }, detail({ status: 'ACCEPT' }))).toBe(false);
    expect(effectSeen({ ...base, action: 'uploadInvoice', sentInvoice: '680405450931' }, detail({ status: 'DEPARTURE', invoiceNumber: '680405450931' }))).toBe(true);
    expect(effectSeen({ ...base, action: 'uploadInvoice', sentInvoice: '680405450931' }, detail({ status: 'DEPARTURE', invoiceNumber: '111111111111' }))).toBe(false);
    expect(effectSeen({ ...base, action: 'stopShipment' }, detail({ claimPending: false }))).toBe(true);
  });

  it('takes a queued action’s outcome from the main process’s journal once it went out', () => {
    const queued = { action: 'acknowledge' as const, state: 'queued' as const, messageKo: '', retryRequired: false, at: '2025-03-28T00:00:05Z' };
    const entry = (state: string, messageKo = '') => ({ id: 1, action: 'acknowledge', state, messageKo, createdAt: '2025-03-28T00:00:04Z', finishedAt: state === 'queued' ? null : '2025-03-28T00:10:00Z' });
    const detail = (actions: object[], patch: object = {}) =>
      ({ ...makeRow(0), items: [], receiver: {} as never, orderer: {} as never, parcelPrintMessage: null, shippingPrice: 0, remoteArea: false, history: [], claims: [], actions, ...patch }) as never;
    expect(settleFromDetail(queued, detail([entry('queued')]))).toBeNull();
    expect(settleFromDetail(queued, detail([entry('sent')]))).toBeNull();
    expect(settleFromDetail(queued, detail([entry('failed', '배송상태를 변경할 수 없습니다.')]))).toMatchObject({ state: 'failed', messageKo: '배송상태를 변경할 수 없습니다.', reconciled: 'journal', at: '2025-03-28T00:10:00Z' });
    // An older entry of the same action is not this call's.
    expect(settleFromDetail(queued, detail([{ ...entry('done'), createdAt: '2025-03-20T00:00:00Z' }], { outboxPending: true }))).toBeNull();
    // No journal at all: judged by the order itself.
    expect(settleFromDetail(queued, detail([], { status: 'INSTRUCT' }))).toMatchObject({ state: 'done', reconciled: 'effectSeen' });
    expect(settleFromDetail(queued, detail([], { status: 'ACCEPT' }))).toMatchObject({ state: 'unknown', reconciled: 'effectMissing' });
  });
});

describe('display helpers', () => {
  it('tab counts fall back to the sum of statuses for 전체', () => {
    expect(tabCount({ ACCEPT: 2, INSTRUCT: 3 }, 'ALL')).toBe(5);
    expect(tabCount({ ALL: 9 }, 'ALL')).toBe(9);
    expect(tabCount({}, 'CLAIM')).toBe(0);
    expect(tabCount(undefined, 'ACCEPT')).toBeNull();
  });
  it('adds "외 N건" once', () => {
    const more = (n: number) => `외 ${n}건`;
    expect(productLabel({ productSummary: '무선 마우스', itemCount: 3 }, more)).toBe('무선 마우스 외 2건');
    expect(productLabel({ productSummary: '무선 마우스 외 2건', itemCount: 3 }, more)).toBe('무선 마우스 외 2건');
    expect(productLabel({ productSummary: '무선 마우스', itemCount: 1 }, more)).toBe('무선 마우스');
  });
  it('shows the quantity math only when something was taken off', () => {
    expect(quantityMath({ shippingCount: 3, cancelCount: 1, holdCountForCancel: 1, quantityToShip: 1 })).toEqual({ computed: 1, differs: true, mismatch: false });
    expect(quantityMath({ shippingCount: 2, cancelCount: 0, holdCountForCancel: 0, quantityToShip: 2 }).differs).toBe(false);
  });
});

describe('couriers and invoice rows', () => {
  it('lists the five big couriers first and finds aliases', () => {
    expect(searchCarriers('').slice(0, 5).map((c) => c.code)).toEqual([...FREQUENT_CARRIERS]);
    expect(searchCarriers('대한통운')[0].code).toBe('CJGLS');
    expect(searchCarriers('롯데')[0].code).toBe('HYUNDAI');
    expect(searchCarriers('cj')[0].code).toBe('CJGLS');
    expect(searchCarriers('KOREX').some((c) => c.code === 'KOREX')).toBe(false); // merged: never offered
  });
  it('skips blank rows, needs a courier, and checks the number against it', () => {
    expect(checkRow('1', { carrier: 'CJGLS', number: '' }, '택배사')).toEqual({ kind: 'empty' });
    expect(checkRow('1', { carrier: null, number: '680405450931' }, '택배사를 고르세요.')).toEqual({ kind: 'invalid', messageKo: '택배사를 고르세요.' });
    expect(checkRow('1', { carrier: 'CJGLS', number: '123456789' }, '')).toEqual({ kind: 'invalid', messageKo: 'CJ대한통운 송장번호는 10자리 또는 12자리입니다 (입력: 9자리).' });
    expect(checkRow('1', { carrier: 'CJGLS', number: '6804-0545-0931' }, '')).toEqual({ kind: 'ready', entry: { shipmentBoxId: '1', deliveryCompanyCode: 'CJGLS', invoiceNumber: '680405450931' } });
  });
});
