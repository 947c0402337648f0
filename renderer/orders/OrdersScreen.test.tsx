// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OrderRow } from '../../shared/ipc/orders';
import { renderWithProviders } from '../test/render';
import { OrdersScreen } from './OrdersScreen';
import { boxId, createOrdersFake, makeRow, type OrdersFake } from './testing/fakeOrders';

// jsdom has no layout: give the grid's scroll box a real height so the virtualizer has a window.
const GRID_HEIGHT = 600;
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
const clientWidth = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get() {
      return (this as HTMLElement).getAttribute('role') === 'grid' ? GRID_HEIGHT : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get() {
      return (this as HTMLElement).getAttribute('role') === 'grid' ? 1200 : 0;
    },
  });
});
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight);
  if (clientWidth) Object.defineProperty(HTMLElement.prototype, 'clientWidth', clientWidth);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const accept = (i: number, o: Partial<OrderRow> = {}) => makeRow(i, { status: 'ACCEPT', orderedAt: `2025-03-${String(20 - i).padStart(2, '0')}T10:00:00+09:00`, ...o });
const instruct = (i: number, o: Partial<OrderRow> = {}) => makeRow(i, { status: 'INSTRUCT', orderedAt: `2025-03-${String(20 - i).padStart(2, '0')}T10:00:00+09:00`, ...o });

async function renderOrders(fake: OrdersFake) {
  const r = renderWithProviders(<OrdersScreen />, fake);
  await waitFor(() => expect(screen.getByTestId('orders-grid').getAttribute('aria-busy')).toBe('false'));
  return r;
}

const row = (id: string) => screen.getByTestId(`orders-row-${id}`);
const check = (id: string, shiftKey = false) => fireEvent.click(within(row(id)).getByTestId('orders-row-check'), { shiftKey });
const domRows = () => screen.getByTestId('orders-grid').querySelectorAll('[role="row"][data-index]');

describe('status tabs', () => {
  it('show a count per status and turn the stop/cancel-request tab red when anything waits there', async () => {
    const fake = createOrdersFake({ rows: [accept(0), accept(1), accept(2), instruct(3), instruct(4, { claimPending: true }), makeRow(5, { status: 'DELIVERING' })] });
    await renderOrders(fake);
    await waitFor(() => expect(screen.getByTestId('orders-tab-count-ALL').textContent).toBe('6'));
    expect(screen.getByTestId('orders-tab-count-ACCEPT').textContent).toBe('3');
    expect(screen.getByTestId('orders-tab-count-INSTRUCT').textContent).toBe('2');
    expect(screen.getByTestId('orders-tab-count-DELIVERING').textContent).toBe('1');
    expect(screen.getByTestId('orders-tab-count-FINAL_DELIVERY').textContent).toBe('0');
    expect(screen.getByTestId('orders-tab-count-CLAIM').textContent).toBe('1');
    expect(screen.getByTestId('orders-tab-CLAIM').getAttribute('data-alert')).toBe('true');
    expect(screen.getByTestId('orders-tab-CLAIM').textContent).toContain('출고중지·취소요청');
    expect(screen.getByTestId('orders-tab-ACCEPT').getAttribute('data-alert')).toBeNull();

    fireEvent.click(screen.getByTestId('orders-tab-ACCEPT'));
    await waitFor(() => expect(domRows()).toHaveLength(3));
    expect(fake.callsTo('ordersList').at(-1)).toMatchObject({ filter: { status: 'ACCEPT' }, offset: 0 });
    expect(screen.getByTestId('orders-tab-ACCEPT').getAttribute('aria-selected')).toBe('true');
  });
});

describe('search and filters', () => {
  it('sends the typed search (debounced) and a date preset as KST days', async () => {
    const fake = createOrdersFake({ rows: [accept(0, { receiverName: '홍길동' }), accept(1)] });
    await renderOrders(fake);
    fireEvent.change(screen.getByTestId('orders-search'), { target: { value: ' 홍길동 ' } });
    await waitFor(() => expect(fake.callsTo('ordersList').some((r: any) => r.filter.search === '홍길동')).toBe(true));
    expect(fake.callsTo('ordersList').at(-1)).toMatchObject({ filter: { status: 'ALL', search: '홍길동' }, sort: 'orderedAt', desc: true });
    await waitFor(() => expect(domRows()).toHaveLength(1));
    expect(row(boxId(0)).textContent).toContain('홍길동');

    fireEvent.click(screen.getByTestId('orders-preset-7'));
    await waitFor(() => expect((fake.callsTo('ordersList').at(-1) as any).filter).toMatchObject({ search: '홍길동', from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), to: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }));
  });

  it('sorts by a column header and saves, picks and deletes a filter', async () => {
    const fake = createOrdersFake({ rows: [accept(0), accept(1)] });
    await renderOrders(fake);
    fireEvent.click(screen.getByTestId('orders-sort-orderPrice'));
    await waitFor(() => expect(fake.callsTo('ordersList').at(-1)).toMatchObject({ sort: 'orderPrice', desc: true }));
    fireEvent.click(screen.getByTestId('orders-sort-orderPrice'));
    await waitFor(() => expect(fake.callsTo('ordersList').at(-1)).toMatchObject({ sort: 'orderPrice', desc: false }));

    fireEvent.click(screen.getByTestId('orders-tab-ACCEPT'));
    fireEvent.change(screen.getByTestId('orders-save-filter-name'), { target: { value: '결제완료만' } });
    fireEvent.click(screen.getByTestId('orders-save-filter'));
    await waitFor(() => expect(fake.callsTo('ordersSaveFilter')).toEqual([{ name: '결제완료만', filter: { status: 'ACCEPT' } }]));
    await screen.findByTestId('orders-save-filter-ok');

    fireEvent.click(screen.getByTestId('orders-tab-ALL'));
    const select = (await screen.findByRole('option', { name: '결제완료만' })).closest('select')!;
    fireEvent.change(select, { target: { value: 'f1' } });
    await waitFor(() => expect(screen.getByTestId('orders-tab-ACCEPT').getAttribute('aria-selected')).toBe('true'));
    fireEvent.click(screen.getByTestId('orders-saved-filter-delete'));
    await waitFor(() => expect(fake.callsTo('ordersDeleteFilter')).toEqual([{ id: 'f1' }]));
  });
});

describe('acknowledging (상품준비중 처리)', () => {
  it('sends the selected ACCEPT orders as string IDs and shows each result and the summary', async () => {
    const fake = createOrdersFake({ rows: [accept(0), accept(1), accept(2), instruct(3)] });
    await renderOrders(fake);
    const ids = [boxId(0), boxId(1), boxId(2)];
    for (const id of ids) check(id);
    expect(screen.getByTestId('orders-selection-count').textContent).toBe('선택 3건');
    const button = screen.getByTestId('orders-action-acknowledge');
    expect(button.getAttribute('data-eligible')).toBe('3');
    expect(button.textContent).toContain('3/3');

    fireEvent.click(button);
    await waitFor(() => expect(fake.callsTo('ordersAcknowledge')).toEqual([{ shipmentBoxIds: ids }]));
    expect(ids.every((id) => typeof id === 'string' && id.length === 18)).toBe(true);

    const summary = await screen.findByTestId('orders-action-summary');
    expect(screen.getByTestId('orders-action-summary-text').textContent).toBe('상품준비중 처리: 3건 성공, 0건 실패, 0건 확인 필요');
    expect(summary.getAttribute('data-done')).toBe('3');
    for (const id of ids) {
      await waitFor(() => expect(within(row(id)).getByTestId('orders-row-status').textContent).toBe('상품준비중'));
      const mark = within(row(id)).getByTestId('orders-row-result');
      expect(mark.getAttribute('data-state')).toBe('done');
      expect(mark.textContent).toContain('✓');
    }
    // Done orders leave the selection.
    expect(screen.getByTestId('orders-selection-count').textContent).toBe('선택 없음');
  });

  it('says how many selected are eligible and why, and keeps a refused order selected with its message', async () => {
    const fake = createOrdersFake({ rows: [accept(0), accept(1), instruct(2)] });
    fake.orders.refuse.set(boxId(1), '배송상태를 변경할 수 없습니다. 주문내역을 확인해주세요.');
    await renderOrders(fake);
    check(boxId(0));
    check(boxId(1));
    check(boxId(2));
    const button = screen.getByTestId('orders-action-acknowledge');
    expect(button.textContent).toContain('2/3');
    expect(button.getAttribute('title')).toContain('선택한 3건 중 2건 처리 가능');
    expect(button.getAttribute('title')).toContain('제외 1건: 결제완료 상태가 아님');
    // Nothing selected is in 배송지시+: 송장 수정 is off and says why.
    const update = screen.getByTestId('orders-action-updateInvoice');
    expect(update).toHaveProperty('disabled', true);
    expect(update.getAttribute('title')).toContain('송장이 등록된 상태');

    fireEvent.click(button);
    await waitFor(() => expect(fake.callsTo('ordersAcknowledge')).toEqual([{ shipmentBoxIds: [boxId(0), boxId(1)] }]));
    await waitFor(() => expect(screen.getByTestId('orders-action-summary-text').textContent).toBe('상품준비중 처리: 1건 성공, 1건 실패, 0건 확인 필요'));
    const failed = within(row(boxId(1))).getByTestId('orders-row-result');
    expect(failed.getAttribute('data-state')).toBe('failed');
    expect(failed.getAttribute('title')).toContain('배송상태를 변경할 수 없습니다');
    expect(row(boxId(1)).getAttribute('data-selected')).toBe('true');
    expect(row(boxId(0)).getAttribute('data-selected')).toBeNull();
  });

  it('cannot send twice: the button is disabled while the first call is out', async () => {
    const fake = createOrdersFake({ rows: [accept(0)] });
    await renderOrders(fake);
    check(boxId(0));
    const release = fake.holdChannel('ordersAcknowledge');
    const button = screen.getByTestId('orders-action-acknowledge');
    fireEvent.click(button);
    fireEvent.click(button);
    fireEvent.doubleClick(button);
    await waitFor(() => expect(button).toHaveProperty('disabled', true));
    expect(button.textContent).toContain('보내는 중');
    expect(fake.callsTo('ordersAcknowledge')).toHaveLength(1);
    await act(async () => release());
    await screen.findByTestId('orders-action-summary');
    expect(fake.callsTo('ordersAcknowledge')).toHaveLength(1);
  });
});

describe('selection', () => {
  it('shift-click selects a range; select-all takes the whole filter with its count; clear empties it', async () => {
    const rows = Array.from({ length: 8 }, (_, i) => accept(i));
    const fake = createOrdersFake({ rows });
    await renderOrders(fake);
    check(boxId(1));
    check(boxId(4), true);
    expect(screen.getByTestId('orders-selection-count').textContent).toBe('선택 4건');
    expect([1, 2, 3, 4].every((i) => row(boxId(i)).getAttribute('aria-selected') === 'true')).toBe(true);
    expect(row(boxId(0)).getAttribute('aria-selected')).toBe('false');

    expect(screen.getByTestId('orders-select-all').textContent).toBe('현재 필터 전체 선택 (8건)');
    fireEvent.click(screen.getByTestId('orders-select-all'));
    await waitFor(() => expect(screen.getByTestId('orders-selection-count').textContent).toBe('선택 8건'));
    expect(fake.callsTo('ordersList').some((r: any) => r.limit === 1000)).toBe(true);
    fireEvent.click(screen.getByTestId('orders-clear-selection'));
    expect(screen.getByTestId('orders-selection-count').textContent).toBe('선택 없음');
  });

  it('is keyboard driven: arrows move, space selects, Enter opens the drawer, Esc closes it', async () => {
    const fake = createOrdersFake({ rows: [accept(0), accept(1), accept(2)] });
    await renderOrders(fake);
    const grid = screen.getByTestId('orders-grid');
    grid.focus();
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: ' ' });
    expect(row(boxId(1)).getAttribute('aria-selected')).toBe('true');
    expect(grid.getAttribute('aria-activedescendant')).toBe('orders-row-el-1');
    fireEvent.keyDown(grid, { key: 'Enter' });
    const drawer = await screen.findByTestId('orders-drawer');
    expect(drawer.getAttribute('data-id')).toBe(boxId(1));
    // The open drawer follows the cursor.
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    await waitFor(() => expect(screen.getByTestId('orders-drawer').getAttribute('data-id')).toBe(boxId(2)));
    fireEvent.keyDown(grid, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('orders-drawer')).toBeNull());
  });
});

describe('detail drawer', () => {
  it('shows what to ship with the cancel math, receiver, orderer, split shipping, claims and history', async () => {
    const fake = createOrdersFake({ rows: [instruct(0, { itemCount: 2, claimPending: true, ableSplitShipping: true })] });
    await renderOrders(fake);
    fireEvent.click(within(row(boxId(0))).getByTestId('orders-row-open'));
    await screen.findByTestId('orders-detail-items');
    expect(screen.getByTestId('orders-detail-qty-math').textContent).toBe('3 − 취소 1 − 취소대기 1 = 1');
    expect(screen.getAllByTestId('orders-detail-qty-math')).toHaveLength(1); // the second item has nothing taken off
    expect(screen.getByTestId('orders-detail-receiver').textContent).toContain('서울특별시 송파구');
    expect(screen.getByTestId('orders-detail-orderer').textContent).toContain('0507-****-0000');
    expect(screen.getByTestId('orders-detail-split').textContent).toBe('분리배송 가능');
    expect(screen.getByTestId('orders-detail-claims').textContent).toContain('출고중지요청');
    expect(screen.getByTestId('orders-detail-claims').textContent).toContain('단순 변심');
    expect(screen.getByTestId('orders-detail-history').textContent).toContain('결제완료');
    fireEvent.click(screen.getByTestId('orders-drawer-close'));
    expect(screen.queryByTestId('orders-drawer')).toBeNull();
  });
});

describe('invoice entry (송장 입력)', () => {
  it('rejects a 9-digit CJ number in Korean, then sends the corrected, normalised number', async () => {
    const fake = createOrdersFake({ rows: [instruct(0), instruct(1)] });
    await renderOrders(fake);
    check(boxId(0));
    fireEvent.click(screen.getByTestId('orders-action-uploadInvoice'));
    const form = await screen.findByTestId('orders-invoice-form');
    const picker = within(form).getByTestId(`orders-invoice-carrier-${boxId(0)}`);
    fireEvent.focus(picker);
    fireEvent.change(picker, { target: { value: '대한통운' } });
    const options = within(form).getByTestId(`orders-invoice-carrier-${boxId(0)}-options`);
    expect(options.querySelector('[role="option"]')!.getAttribute('data-code')).toBe('CJGLS');
    fireEvent.keyDown(picker, { key: 'Enter' });
    expect(picker.getAttribute('data-code')).toBe('CJGLS');
    expect((picker as HTMLInputElement).value).toBe('CJ대한통운');

    const number = within(form).getByTestId(`orders-invoice-number-${boxId(0)}`);
    fireEvent.change(number, { target: { value: '123456789' } });
    const error = within(form).getByTestId(`orders-invoice-error-${boxId(0)}`);
    expect(error.textContent).toBe('CJ대한통운 송장번호는 10자리 또는 12자리입니다 (입력: 9자리).');
    expect(number.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByTestId('orders-invoice-submit')).toHaveProperty('disabled', true);

    fireEvent.change(number, { target: { value: '6804-0545-0931' } });
    expect(within(form).queryByTestId(`orders-invoice-error-${boxId(0)}`)).toBeNull();
    fireEvent.click(within(form).getByTestId('orders-invoice-submit'));
    await waitFor(() => expect(fake.callsTo('ordersUploadInvoice')).toEqual([{ entries: [{ shipmentBoxId: boxId(0), deliveryCompanyCode: 'CJGLS', invoiceNumber: '680405450931' }] }]));
    await waitFor(() => expect(within(row(boxId(0))).getByTestId('orders-row-result').getAttribute('data-state')).toBe('done'));
    await waitFor(() => expect(within(row(boxId(0))).getByTestId('orders-row-invoice').textContent).toContain('680405450931'));
    // Every order of the form was handled: it closes.
    await waitFor(() => expect(screen.queryByTestId('orders-invoice-form')).toBeNull());
  });

  it('says why a closed courier cannot be used', async () => {
    const fake = createOrdersFake({ rows: [instruct(0)] });
    await renderOrders(fake);
    check(boxId(0));
    fireEvent.click(screen.getByTestId('orders-action-uploadInvoice'));
    const picker = await screen.findByTestId(`orders-invoice-carrier-${boxId(0)}`);
    fireEvent.change(picker, { target: { value: 'KOREX' } });
    fireEvent.blur(picker);
    expect(screen.getByTestId(`orders-invoice-carrier-${boxId(0)}-error`).textContent).toContain('CJ대한통운(CJGLS)으로 입력하세요');
  });
});

describe('stop requests and cancels', () => {
  it('completes a stop-shipment from the red tab', async () => {
    const fake = createOrdersFake({ rows: [instruct(0, { claimPending: true }), instruct(1)] });
    await renderOrders(fake);
    fireEvent.click(screen.getByTestId('orders-tab-CLAIM'));
    await waitFor(() => expect(domRows()).toHaveLength(1));
    expect(within(row(boxId(0))).getByTestId('orders-row-flag-claim').textContent).toBe('출고중지요청');
    check(boxId(0));
    expect(screen.getByTestId('orders-action-uploadInvoice')).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByTestId('orders-action-stopShipment'));
    fireEvent.click(await screen.findByTestId('orders-confirm-submit'));
    await waitFor(() => expect(fake.callsTo('ordersStopShipment')).toEqual([{ shipmentBoxIds: [boxId(0)] }]));
    await waitFor(() => expect(screen.getByTestId('orders-tab-count-CLAIM').textContent).toBe('0'));
  });

  it('warns that a seller cancel lowers the seller score and needs a reason, the WING ID and a tick', async () => {
    const fake = createOrdersFake({ rows: [accept(0, { itemCount: 2 })] });
    await renderOrders(fake);
    check(boxId(0));
    fireEvent.click(screen.getByTestId('orders-action-cancel'));
    const form = await screen.findByTestId('orders-cancel-form');
    expect(within(form).getByTestId('orders-cancel-warning').textContent).toContain('판매자 점수');
    await within(form).findByTestId('orders-cancel-items');
    await waitFor(() => expect(within(form).getAllByRole('checkbox')).toHaveLength(3)); // two items + the tick
    const submit = within(form).getByTestId('orders-cancel-submit');
    expect(submit).toHaveProperty('disabled', true);
    fireEvent.change(within(form).getByTestId('orders-cancel-reason'), { target: { value: 'CCTTER' } });
    fireEvent.change(within(form).getByTestId('orders-cancel-userid'), { target: { value: 'wing-seller' } });
    expect(submit).toHaveProperty('disabled', true);
    fireEvent.click(within(form).getByTestId('orders-cancel-understood'));
    expect(submit).toHaveProperty('disabled', false);
    fireEvent.click(submit);
    await waitFor(() => expect(fake.callsTo('ordersCancel')).toHaveLength(1));
    expect(fake.callsTo('ordersCancel')[0]).toEqual({ shipmentBoxId: boxId(0), vendorItemIds: [expect.any(String), expect.any(String)], middleCancelCode: 'CCTTER', userId: 'wing-seller' });
  });
});

describe('offline', () => {
  it('shows the banner, keeps reading, queues an action, and shows the result once the outbox drains', async () => {
    const fake = createOrdersFake({ rows: [accept(0), accept(1)], online: false, lastSyncAt: '2025-03-28T00:30:00Z' });
    await renderOrders(fake);
    const banner = await screen.findByTestId('orders-offline-banner');
    expect(banner.textContent).toContain('오프라인 — 마지막 동기화 2025-03-28 09:30:00 KST');

    // Reading still works offline.
    fireEvent.change(screen.getByTestId('orders-search'), { target: { value: orderIdPrefix(1) } });
    await waitFor(() => expect(domRows()).toHaveLength(1));
    fireEvent.change(screen.getByTestId('orders-search'), { target: { value: '' } });
    await waitFor(() => expect(domRows()).toHaveLength(2));

    check(boxId(0));
    fireEvent.click(screen.getByTestId('orders-action-acknowledge'));
    await waitFor(() => expect(within(row(boxId(0))).getByTestId('orders-row-result').getAttribute('data-state')).toBe('queued'));
    expect(within(row(boxId(0))).getByTestId('orders-row-result').textContent).toContain('⏳');
    expect(screen.getByTestId('orders-action-summary-text').textContent).toContain('1건 대기열');
    await waitFor(() => expect(screen.getByTestId('orders-outbox-count').textContent).toBe('대기열 1건'));
    await waitFor(() => expect(within(row(boxId(0))).getByTestId('orders-row-flag-outbox')).toBeTruthy());
    // A queued order cannot be sent again.
    check(boxId(0));
    expect(screen.getByTestId('orders-action-acknowledge').getAttribute('data-eligible')).toBe('0');

    act(() => fake.goOnline());
    await waitFor(() => expect(screen.queryByTestId('orders-offline-banner')).toBeNull(), { timeout: 5000 });
    await waitFor(() => expect(within(row(boxId(0))).getByTestId('orders-row-result').getAttribute('data-state')).toBe('done'), { timeout: 5000 });
    expect(within(row(boxId(0))).getByTestId('orders-row-result').getAttribute('title')).toContain('대기열에서 보낸 결과입니다');
    await waitFor(() => expect(within(row(boxId(0))).getByTestId('orders-row-status').textContent).toBe('상품준비중'));
    expect(screen.queryByTestId('orders-outbox-count')).toBeNull();
    // The drawer shows the main process's journal of it.
    fireEvent.click(within(row(boxId(0))).getByTestId('orders-row-open'));
    const journal = await screen.findByTestId('orders-detail-results');
    expect(journal.getAttribute('data-source')).toBe('journal');
    expect(journal.textContent).toContain('완료');
    expect(journal.textContent).toContain('상품준비중 처리');
  });
});

function orderIdPrefix(i: number) {
  return makeRow(i).orderId;
}

describe('scale', () => {
  it('renders only a window of rows for 100,000 orders and fetches pages by offset as it scrolls', async () => {
    const fake = createOrdersFake({ virtualTotal: 100_000 });
    await renderOrders(fake);
    await waitFor(() => expect(screen.getByTestId('orders-total').textContent).toBe('100,000건'));
    const grid = screen.getByTestId('orders-grid');
    expect(grid.getAttribute('aria-rowcount')).toBe('100001');
    await waitFor(() => expect(grid.querySelectorAll('[data-testid^="orders-row-4"]').length).toBeGreaterThan(10));
    const first = domRows().length;
    expect(first).toBeGreaterThan(10);
    expect(first).toBeLessThan(60); // 600px / 30px rows + overscan, not 100,000
    expect(fake.callsTo('ordersList').every((r: any) => r.limit <= 1000)).toBe(true);

    // Jump to the middle: only the rows there are in the DOM, and their page is asked for by offset.
    Object.defineProperty(grid, 'scrollTop', { configurable: true, value: 30 * 50_000 });
    fireEvent.scroll(grid);
    await waitFor(() => expect(grid.querySelector(`[data-testid="orders-row-${boxId(50_000)}"]`)).not.toBeNull());
    expect(domRows().length).toBeLessThan(60);
    expect(fake.callsTo('ordersList').some((r: any) => r.offset === 50_000)).toBe(true);
    expect(fake.callsTo('ordersList').length).toBeLessThan(10);
  });
});

describe('export and picking list', () => {
  it('downloads the current view in the chosen format with the main process’s file name', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      created.push(b as Blob);
      return 'blob:orders';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    const fake = createOrdersFake({ rows: [accept(0)], online: false });
    await renderOrders(fake);
    fireEvent.click(screen.getByTestId('orders-tab-ACCEPT'));
    fireEvent.click(screen.getByTestId('orders-export-csv-cp949'));
    await screen.findByTestId('orders-export-done');
    expect(fake.callsTo('ordersExport')).toEqual([{ filter: { status: 'ACCEPT' }, format: 'csv-cp949' }]);
    expect(clicks[0].download).toBe('주문_2025-03-28.csv');
    expect(created[0].type).toBe('text/csv');
    expect(created[0].size).toBe(8);
  });

  it('shows a printable picking list for the selection and prints it', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const fake = createOrdersFake({ rows: [accept(0), accept(1)] });
    await renderOrders(fake);
    check(boxId(1));
    fireEvent.click(screen.getByTestId('orders-picking-open'));
    const sheet = await screen.findByTestId('orders-picking-list');
    await within(sheet).findByTestId('orders-picking-summary');
    expect(fake.callsTo('ordersPickingList')).toEqual([{ shipmentBoxIds: [boxId(1)] }]);
    expect(within(sheet).getByTestId('orders-picking-summary').textContent).toBe('묶음배송 12건 · 상품 2종 · 총 15개');
    expect(document.body.classList.contains('printing-picking')).toBe(true);
    fireEvent.click(within(sheet).getByTestId('orders-picking-print'));
    expect(print).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('orders-picking-list')).toBeNull());
    expect(document.body.classList.contains('printing-picking')).toBe(false);
    vi.unstubAllGlobals();
  });
});
