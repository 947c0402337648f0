// @vitest-environment jsdom
// The screen with a scripted bridge: a dropped file goes to main as base64, every row shows with
// its problems, a column mapped by hand asks main again, and a started job shows its progress.
import { QueryClient } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WingdeskBridge } from '../../shared/ipc/contract';
import type { InvoicePreview, JobView } from '../../shared/ipc/invoices';
import { AppProviders } from '../App';
import { createI18n } from '../i18n';
import { InvoicesScreen } from './InvoicesScreen';

const saved = ['clientHeight', 'clientWidth'].map((k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)] as const);
beforeAll(() => {
  // jsdom has no layout: give the grid's scroll box a size so the virtualizer renders rows.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get() { return (this as HTMLElement).classList.contains('invoice-grid__body') ? 480 : 0; } });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get() { return (this as HTMLElement).classList.contains('invoice-grid__body') ? 1200 : 0; } });
});
afterAll(() => {
  for (const [k, d] of saved) if (d) Object.defineProperty(HTMLElement.prototype, k, d);
});
afterEach(cleanup);

function preview(over: Partial<InvoicePreview> = {}): InvoicePreview {
  return {
    fileId: 'f1',
    fileName: '송장.csv',
    kind: 'csv',
    encoding: 'cp949',
    detectedEncoding: 'cp949',
    sheets: [],
    sheet: null,
    headerRow: 1,
    headers: ['배송번호', '택배사', '송장 No.'],
    mapping: { shipmentBoxId: 0, carrier: 1 },
    mappingSource: 'auto',
    templateId: null,
    templateName: null,
    layoutName: null,
    defaultCarrier: null,
    total: 2,
    valid: 0,
    held: 0,
    orderChecks: 'skipped',
    notices: [{ code: 'ORDER_CHECKS_SKIPPED', message: '주문 확인을 건너뛰었습니다.' }],
    problems: [{ row: 1, column: '송장번호', code: 'MISSING_COLUMN', message: "1행(머리글)에 '송장번호' 열이 없습니다." }],
    counts: { MISSING_COLUMN: 1 },
    acknowledgeable: 0,
    correctable: 0,
    correcting: 0,
    rows: [],
    ...over,
  };
}

const row = (n: number, codes: InvoicePreview['rows'][number]['codes'] = []) => ({ row: n, shipmentBoxId: `66000000000000000${n}`, orderId: '', vendorItemId: '', carrier: 'CJ대한통운', carrierCode: 'CJGLS', invoice: n === 3 ? '12345' : '680405450931', invoiceNumber: n === 3 ? '' : '680405450931', estimatedShippingDate: '', action: 'upload' as const, orderStatus: null, codes, heldKo: null });

const job: JobView = { id: 'j1', vendorId: 'A00012345', fileName: '송장.csv', encoding: 'cp949', state: 'running', active: true, createdAt: '2026-01-05T10:00:00+09:00', startedAt: null, finishedAt: null, total: 2, counts: { pending: 0, sent: 1, accepted: 0, rejected: 0, unknown: 0, skipped: 1 }, done: 1, rowsPerSecond: 2.5, etaSeconds: 1, messageKo: null };

function setup() {
  const calls: Array<[string, any]> = [];
  const ok = (data: unknown) => Promise.resolve({ ok: true as const, data });
  const bridge = {
    invoicesJobs: () => ok([]),
    invoicesOpen: (req: any) => {
      calls.push(['open', req]);
      return ok(preview());
    },
    invoicesPreview: (req: any) => {
      calls.push(['preview', req]);
      return ok(preview({ mapping: req.options.mapping, mappingSource: 'manual', problems: [{ row: 3, column: '송장 No.', code: 'INVOICE_LENGTH', message: '3행 [송장 No.] CJ대한통운 송장번호는 10자리 또는 12자리입니다 (입력: 5자리).' }], counts: { INVOICE_LENGTH: 1 }, valid: 1, rows: [row(2), row(3, ['INVOICE_LENGTH'])] }));
    },
    invoicesStartJob: (req: any) => {
      calls.push(['start', req]);
      return ok(job);
    },
    invoicesJob: () => ok(job),
    invoicesJobRows: () => ok({ rows: [], total: 0 }),
  } as unknown as WingdeskBridge;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  render(
    <AppProviders bridge={bridge} queryClient={queryClient} i18n={createI18n()}>
      <InvoicesScreen />
    </AppProviders>,
  );
  return calls;
}

describe('InvoicesScreen', () => {
  it('drop → missing column → map it → problems on their rows → start → progress', async () => {
    const calls = setup();
    const file = new File([new Uint8Array([0xb0, 0xa1, 0x2c, 0x41])], '송장.csv', { type: 'text/csv' });
    fireEvent.drop(screen.getByTestId('invoice-dropzone'), { dataTransfer: { files: [file] } });
    await screen.findByTestId('invoice-preview');
    expect(calls[0]).toEqual(['open', { fileName: '송장.csv', dataBase64: 'sKEsQQ==' }]);
    expect(screen.getByTestId('invoice-missing-column').textContent).toContain('송장번호');
    expect(screen.getByTestId('invoice-encoding-detected').textContent).toContain('CP949');
    expect(screen.getByTestId('invoice-notice-ORDER_CHECKS_SKIPPED')).toBeTruthy();

    fireEvent.change(screen.getByTestId('invoice-map-invoiceNumber'), { target: { value: '2' } });
    await waitFor(() => expect(calls.length).toBe(2));
    await waitFor(() => expect(screen.getByTestId('invoice-row-3')).toBeTruthy());
    expect(calls[1]).toEqual(['preview', { fileId: 'f1', options: { mapping: { shipmentBoxId: 0, carrier: 1, invoiceNumber: 2 } } }]);
    expect(screen.getByTestId('invoice-row-3').getAttribute('data-codes')).toBe('INVOICE_LENGTH');
    expect(screen.getByTestId('invoice-row-3').textContent).toContain('10자리 또는 12자리');

    fireEvent.click(screen.getByTestId('invoice-filter-valid'));
    await waitFor(() => expect(screen.queryByTestId('invoice-row-3')).toBeNull());
    expect(screen.getByTestId('invoice-row-2')).toBeTruthy();

    fireEvent.click(screen.getByTestId('invoice-start'));
    await screen.findByTestId('invoice-job');
    expect(calls[2][0]).toBe('start');
    expect(screen.getByTestId('invoice-progress-text').textContent).toContain('1 / 2');
    expect(screen.getByTestId('invoice-rate').textContent).toContain('2.5');
    expect(screen.getByTestId('invoice-pause')).toBeTruthy();
  });
});
