// @vitest-environment jsdom
// The returns screen against a fake main process: only the actions a state allows are offered
// (with the shared gate's reason), approval follows the receipt confirmation, waybills are
// checked with shared/carriers before anything is sent, an exchange is rejected with a reason.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { ReturnsScreen } from './ReturnsScreen';
import { createFakeReturns, exchangeDetail, returnDetail } from './testing/fakeReturns';

afterEach(() => cleanup());

function render(fake: ReturnType<typeof createFakeReturns>) {
  return renderWithProviders(<ReturnsScreen />, fake as never);
}

describe('returns screen', () => {
  it('rows a background refresh stored appear by themselves when its sync time changes', async () => {
    const fake = createFakeReturns();
    render(fake);
    await screen.findByTestId('returns-row-1600000001');
    expect(screen.getByTestId('returns-sync').title).toBe('고른 기간의 반품·교환·철회를 지금 받습니다. 앱이 켜져 있는 동안 최근 30일은 15분마다 자동으로 받습니다.');
    fake.syncedInBackground(returnDetail({ receiptId: '1600000077' }), '2025-09-01T12:15:00+09:00');
    // The sync state is polled every 5 s; the list follows the new sync time without a click.
    expect(await screen.findByTestId('returns-row-1600000077', {}, { timeout: 8_000 })).toBeTruthy();
    expect(fake.callsTo('returnsSync')).toEqual([]);
  }, 15_000);

  it('confirms the receipt, then approves; approve is refused before with the reason', async () => {
    const fake = createFakeReturns();
    render(fake);
    const row = await screen.findByTestId('returns-row-1600000001');
    expect(within(row).getByTestId('returns-row-status').textContent).toBe('반품접수');
    fireEvent.click(within(row).getByTestId('returns-row-open'));
    const detail = await screen.findByTestId('return-detail');
    await waitFor(() => expect(within(detail).getByTestId('return-detail-status').textContent).toBe('반품접수'));
    expect(within(detail).getByTestId('return-detail-reason').textContent).toBe('상품이 제조/제작 불량임');
    expect(within(detail).getByTestId('return-detail-total').textContent).toBe('7');
    const approve = within(detail).getByTestId('return-action-approve') as HTMLButtonElement;
    expect(approve.disabled).toBe(true);
    expect(approve.title).toMatch(/입고완료/);
    expect((within(detail).getByTestId('return-action-stopShipment') as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(detail).getByTestId('return-action-confirmReceipt'));
    await waitFor(() => expect(within(detail).getByTestId('return-action-result').getAttribute('data-state')).toBe('done'));
    await waitFor(() => expect(within(detail).getByTestId('return-detail-status').textContent).toBe('입고완료'));
    await waitFor(() => expect((within(detail).getByTestId('return-action-approve') as HTMLButtonElement).disabled).toBe(false));
    expect(detail.textContent).toContain('접수 전체 수량 7개');
    fireEvent.click(within(detail).getByTestId('return-action-approve'));
    await waitFor(() => expect(within(detail).getByTestId('return-detail-status').textContent).toBe('반품완료'));
    expect(fake.callsTo('returnsApprove')).toEqual([{ receiptId: '1600000001' }]);
  });

  it('offers stop / already shipped on a release stop and checks the waybill before sending', async () => {
    const stop = returnDetail({ receiptId: '1600000002', receiptStatus: 'RELEASE_STOP_UNCHECKED', receiptStatusKo: '출고중지요청', releaseStop: true, items: [{ ...returnDetail().items[0], releaseStatus: 'N', releaseStatusKo: '미출고' }] });
    const fake = createFakeReturns({ returns: [stop] });
    render(fake);
    fireEvent.click(within(await screen.findByTestId('returns-row-1600000002')).getByTestId('returns-row-open'));
    const detail = await screen.findByTestId('return-detail');
    await waitFor(() => expect((within(detail).getByTestId('return-action-markAlreadyShipped') as HTMLButtonElement).disabled).toBe(false));
    expect((within(detail).getByTestId('return-action-confirmReceipt') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(detail).getByTestId('return-action-markAlreadyShipped'));
    fireEvent.change(screen.getByTestId('return-shipped-form-carrier'), { target: { value: 'CJGLS' } });
    fireEvent.change(screen.getByTestId('return-shipped-form-invoice'), { target: { value: '123' } });
    expect(screen.getByTestId('return-shipped-form-error').textContent).toMatch(/10자리 또는 12자리/);
    expect((screen.getByTestId('return-shipped-form-submit') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByTestId('return-shipped-form-invoice'), { target: { value: '1234-5678-9012' } });
    fireEvent.click(screen.getByTestId('return-shipped-form-submit'));
    await waitFor(() => expect(fake.callsTo('returnsMarkAlreadyShipped')).toEqual([{ receiptId: '1600000002', deliveryCompanyCode: 'CJGLS', invoiceNumber: '123456789012' }]));
  });

  it('rejects an exchange with SOLDOUT or WITHDRAW; no waybill before the goods are in', async () => {
    const fake = createFakeReturns({ exchanges: [exchangeDetail()] });
    render(fake);
    fireEvent.click(screen.getByTestId('returns-tab-exchanges'));
    fireEvent.click(within(await screen.findByTestId('exchange-row-101000001')).getByTestId('exchange-row-open'));
    const detail = await screen.findByTestId('exchange-detail');
    await waitFor(() => expect((within(detail).getByTestId('exchange-action-reject') as HTMLButtonElement).disabled).toBe(false));
    const upload = within(detail).getByTestId('exchange-action-uploadInvoice') as HTMLButtonElement;
    expect(upload.disabled).toBe(true);
    expect(upload.title).toMatch(/입고 확인 후/);
    fireEvent.click(within(detail).getByTestId('exchange-action-reject'));
    fireEvent.click(screen.getByTestId('exchange-reject-WITHDRAW'));
    fireEvent.click(screen.getByTestId('exchange-reject-submit'));
    await waitFor(() => expect(within(detail).getByTestId('exchange-detail-status').textContent).toBe('불가'));
    expect(fake.callsTo('returnsExchangeReject')).toEqual([{ exchangeId: '101000001', rejectCode: 'WITHDRAW' }]);
  });
});
