// 송장 일괄등록 in Chromium against the browser host in demo mode (embedded sandbox with orders):
// a real file dropped on the drop zone, a column mapped by hand, problems seen and filtered, ACCEPT
// orders acknowledged from the validation, the upload watched to the end, the result downloaded.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

async function rpc<T = any>(page: Page, channel: string, body: unknown): Promise<T> {
  const env = await page.evaluate(
    async ([ch, b]) => {
      const token = sessionStorage.getItem('wingdesk.hostToken') ?? '';
      const res = await fetch(`/rpc/${ch}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Wingdesk-Token': token }, body: JSON.stringify(b) });
      return res.json();
    },
    [channel, body] as const,
  );
  if (!env.ok) throw new Error(`${channel}: ${JSON.stringify(env.error)}`);
  return env.data as T;
}

async function dropFile(page: Page, testId: string, name: string, bytes: Buffer, type = 'text/csv') {
  const dataTransfer = await page.evaluateHandle(
    ({ name, b64, type }) => {
      const raw = atob(b64);
      const arr = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) arr[i] = raw.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([arr], name, { type }));
      return dt;
    },
    { name, b64: bytes.toString('base64'), type },
  );
  await page.getByTestId(testId).dispatchEvent('dragover', { dataTransfer });
  await page.getByTestId(testId).dispatchEvent('drop', { dataTransfer });
}

test('drop a courier file, map a column, fix what can be fixed, upload, watch progress, download the result', async ({ app }) => {
  test.setTimeout(180_000);
  // The orders must be in the local store for the order checks: pull them like the 동기화 button.
  await app.getByTestId('nav-orders').click();
  await app.getByTestId('orders-sync').click();
  await expect(app.getByTestId('orders-sync-running')).toBeHidden({ timeout: 120_000 });
  const list = async (status: string) => (await rpc(app, 'orders.list', { filter: { status }, limit: 200 })).rows.filter((r: any) => !r.claimPending && !r.receiverChanged);
  const instruct = await list('INSTRUCT');
  const accept = await list('ACCEPT');
  expect(instruct.length).toBeGreaterThanOrEqual(3);
  expect(accept.length).toBeGreaterThanOrEqual(1);

  const inv = (i: number) => `68041${String(Date.now()).slice(-6)}${i}`;
  const boxes = [...instruct.slice(0, 3), accept[0]];
  // A courier-program style export: the 송장 column has a name wingdesk does not know.
  const lines = ['배송번호,택배사,송장 No.,받는분', ...boxes.map((b: any, i: number) => `${b.shipmentBoxId},CJ대한통운,${inv(i)},${b.receiverName}`), `${instruct[3]?.shipmentBoxId ?? instruct[0].shipmentBoxId},CJ대한통운,12345,홍길동`];
  const csv = Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n', 'utf8');

  await app.getByTestId('nav-invoices').click();
  await expect(app.getByTestId('screen-invoices')).toBeVisible();
  await expect(app.getByTestId('invoice-dropzone')).toBeVisible();
  await dropFile(app, 'invoice-dropzone', '택배사_출력자료.csv', csv);

  await expect(app.getByTestId('invoice-preview')).toBeVisible();
  await expect(app.getByTestId('invoice-encoding-detected')).toContainText('UTF-8 (BOM)');
  await expect(app.getByTestId('invoice-missing-column')).toContainText('송장번호');
  await screenshot(app, 'invoices-missing-column');

  // Map the unknown column by hand.
  await app.getByTestId('invoice-map-invoiceNumber').selectOption({ label: '송장 No.' });
  await expect(app.getByTestId('invoice-missing-column')).toHaveCount(0);
  const lastRow = lines.length; // header is row 1
  await expect(app.getByTestId(`invoice-row-${lastRow}`)).toHaveAttribute('data-codes', /INVOICE_LENGTH/);
  await expect(app.getByTestId('invoice-row-5')).toHaveAttribute('data-codes', /ORDER_STATE/);
  await app.getByTestId('invoice-filter-problems').click();
  await expect(app.locator('[data-testid^="invoice-row-"]')).toHaveCount(2);
  await screenshot(app, 'invoices-problems');

  // The ACCEPT order: acknowledge it from here, then it is valid.
  await app.getByTestId('invoice-acknowledge').click();
  await expect(app.getByTestId('invoice-message')).toContainText('상품준비중');
  await expect(app.getByTestId('invoice-row-5')).toHaveCount(0);
  await app.getByTestId('invoice-filter-all').click();
  await expect(app.getByTestId('invoice-row-5')).toHaveAttribute('data-codes', '');
  await expect(app.getByTestId('invoice-valid-count')).toContainText('4');

  await app.getByTestId('invoice-start').click();
  await expect(app.getByTestId('invoice-progress-bar')).toBeVisible();
  await screenshot(app, 'invoices-progress');
  await expect(app.getByTestId('invoice-job')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(app.getByTestId('invoice-progress-text')).toContainText(`${lines.length - 1} / ${lines.length - 1}`);
  await expect(app.getByTestId('invoice-count-accepted')).toContainText('4');
  await expect(app.getByTestId('invoice-count-skipped')).toContainText('1');
  await expect(app.getByTestId(`invoice-result-${lastRow}`)).toHaveAttribute('data-state', 'skipped');
  await screenshot(app, 'invoices-results');

  const [download] = await Promise.all([app.waitForEvent('download'), app.getByTestId('invoice-export-csv').click()]);
  expect(download.suggestedFilename()).toMatch(/결과.*\.csv$/);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.split('\r\n').filter((l) => l.includes('등록됨'))).toHaveLength(4);
  expect(text).toContain('INVOICE_LENGTH');

  // The orders store now knows the invoices went up.
  const after = await rpc(app, 'orders.detail', { shipmentBoxId: boxes[0].shipmentBoxId });
  expect(after.status).toBe('DEPARTURE');
});

test('an Excel file through the file picker: Excel’s lost digits are named on their row', async ({ app }) => {
  await app.getByTestId('nav-invoices').click();
  await app.getByTestId('invoice-file-input').setInputFiles('shared/invoices/fixtures/wing.xlsx');
  await expect(app.getByTestId('invoice-preview')).toBeVisible();
  await expect(app.getByTestId('invoice-row-5')).toHaveAttribute('data-codes', 'SCIENTIFIC_NOTATION');
  await expect(app.getByTestId('invoice-row-5')).toContainText('뒷자리 숫자가 사라졌습니다');
  await expect(app.getByTestId('invoice-sheet')).toHaveValue('배송리스트');
  await screenshot(app, 'invoices-xlsx');
});
