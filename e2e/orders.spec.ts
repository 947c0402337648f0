// The orders screen end to end: the browser host's real main-process services against a
// standalone sandbox (a profile points at it), so the test can drive the sandbox's admin API —
// make fresh orders, have a customer ask to stop a shipment, cut the network and bring it back.
import type { Locator, Page } from '@playwright/test';
import { connectSandbox as connect, expect, sandboxAdmin as admin, screenshot, test, type SandboxInfo } from './fixtures';


/** Fresh sandbox state and `count` new ACCEPT orders old enough to be listed (Coupang lists after ~10 min); their shipment boxes. */
async function freshOrders(sandbox: SandboxInfo, count: number): Promise<string[]> {
  await admin(sandbox, '/outage', { down: false });
  await admin(sandbox, '/reset', {});
  const { created } = await admin<{ created: { shipmentBoxId: string }[] }>(sandbox, '/orders/generate', { count, minutesAgo: 30 });
  return created.map((c) => c.shipmentBoxId);
}

/** A sandbox profile for the standalone sandbox; the first saved profile becomes the active one. */

async function openOrdersAndSync(app: Page) {
  await app.getByTestId('nav-orders').click();
  await expect(app.getByTestId('screen-orders')).toBeVisible();
  await app.getByTestId('orders-sync').click();
  await expect(app.getByTestId('orders-sync-report')).toBeVisible({ timeout: 60_000 });
  await expect(app.getByTestId('orders-sync')).toBeEnabled({ timeout: 60_000 });
}

const row = (app: Page, id: string): Locator => app.getByTestId(`orders-row-${id}`);
const summary = (app: Page) => app.getByTestId('orders-action-summary-text');

async function search(app: Page, text: string) {
  await app.getByTestId('orders-search').fill(text);
  await app.getByTestId('orders-search').press('Enter');
}

test('acknowledge 3 new orders, enter an invoice, complete a stop-shipment: statuses follow', async ({ app, sandbox }) => {
  test.setTimeout(180_000);
  const ids = await freshOrders(sandbox, 3);
  await connect(app, sandbox, '샌드박스 주문');
  await openOrdersAndSync(app);

  // 상품준비중 처리 for the three new orders.
  await app.getByTestId('orders-tab-ACCEPT').click();
  for (const id of ids) {
    await expect(row(app, id)).toBeVisible();
    await expect(row(app, id).getByTestId('orders-row-status')).toHaveText('결제완료');
    await row(app, id).getByTestId('orders-row-check').click();
  }
  // One order can come in more than one box (묶음배송 단위): every box is a row of its own.
  const n = ids.length;
  expect(n).toBeGreaterThanOrEqual(3);
  await expect(app.getByTestId('orders-selection-count')).toHaveText(`선택 ${n}건`);
  await expect(app.getByTestId('orders-action-acknowledge')).toHaveAttribute('data-eligible', String(n));
  await screenshot(app, 'orders-selected');
  await app.getByTestId('orders-action-acknowledge').click();
  await expect(summary(app)).toHaveText(`상품준비중 처리: ${n}건 성공, 0건 실패, 0건 확인 필요`, { timeout: 30_000 });

  await app.getByTestId('orders-tab-INSTRUCT').click();
  for (const id of ids) {
    await expect(row(app, id).getByTestId('orders-row-status')).toHaveText('상품준비중');
    await expect(row(app, id).getByTestId('orders-row-result')).toHaveAttribute('data-state', 'done');
  }
  await screenshot(app, 'orders-acknowledged');

  // 송장 입력 for the first: a wrong length is refused in Korean before anything is sent.
  await row(app, ids[0]).getByTestId('orders-row-check').click();
  await app.getByTestId('orders-action-uploadInvoice').click();
  const picker = app.getByTestId(`orders-invoice-carrier-${ids[0]}`);
  await picker.fill('대한통운');
  await picker.press('Enter');
  await expect(picker).toHaveAttribute('data-code', 'CJGLS');
  const number = app.getByTestId(`orders-invoice-number-${ids[0]}`);
  await number.fill('123456789');
  await expect(app.getByTestId(`orders-invoice-error-${ids[0]}`)).toHaveText('CJ대한통운 송장번호는 10자리 또는 12자리입니다 (입력: 9자리).');
  await expect(app.getByTestId('orders-invoice-submit')).toBeDisabled();
  await screenshot(app, 'orders-invoice-error');
  const invoice = `5${String(Date.now()).slice(-11)}`; // 12 digits, not used before
  await number.fill(invoice);
  await app.getByTestId('orders-invoice-submit').click();
  await expect(summary(app)).toHaveText('송장 입력: 1건 성공, 0건 실패, 0건 확인 필요', { timeout: 30_000 });

  await app.getByTestId('orders-tab-ALL').click();
  await search(app, ids[0]);
  await expect(row(app, ids[0]).getByTestId('orders-row-status')).toHaveText('배송지시');
  await expect(row(app, ids[0]).getByTestId('orders-row-invoice')).toContainText(invoice);
  await expect(row(app, ids[0]).getByTestId('orders-row-result')).toHaveAttribute('data-state', 'done');

  // The customer of the second asks to stop shipping; after a sync it waits in the red tab.
  await admin(sandbox, '/orders/customer', { shipmentBoxId: ids[1], action: 'cancel' });
  await search(app, '');
  await app.getByTestId('orders-sync').click();
  await expect(app.getByTestId('orders-tab-CLAIM')).toHaveAttribute('data-alert', 'true', { timeout: 60_000 });
  await app.getByTestId('orders-tab-CLAIM').click();
  await expect(row(app, ids[1]).getByTestId('orders-row-flag-claim')).toBeVisible();
  await row(app, ids[1]).getByTestId('orders-row-check').click();
  await expect(app.getByTestId('orders-action-uploadInvoice')).toBeDisabled();
  await app.getByTestId('orders-action-stopShipment').click();
  await screenshot(app, 'orders-stop-request');
  await app.getByTestId('orders-confirm-submit').click();
  await expect(summary(app)).toHaveText('출고중지완료: 1건 성공, 0건 실패, 0건 확인 필요', { timeout: 30_000 });
  await expect(app.getByTestId('orders-tab-count-CLAIM')).toHaveText('0', { timeout: 30_000 });

  // The drawer tells the whole story of the stopped one.
  await app.getByTestId('orders-tab-ALL').click();
  await search(app, ids[1]);
  await row(app, ids[1]).getByTestId('orders-row-open').click();
  await expect(app.getByTestId('orders-drawer')).toBeVisible();
  await expect(app.getByTestId('orders-detail-results')).toContainText('출고중지완료');
  await screenshot(app, 'orders-drawer');
  await app.keyboard.press('Escape');
  await expect(app.getByTestId('orders-drawer')).toBeHidden();
});

test('offline: lists, searches and exports from the store, queues an action, and drains it when back', async ({ app, sandbox }) => {
  // Noticing the outage and the background drain (every 15 s) take their time.
  test.setTimeout(240_000);
  const ids = await freshOrders(sandbox, 2);
  await connect(app, sandbox, '샌드박스 오프라인');
  await openOrdersAndSync(app);
  await expect(row(app, ids[0])).toBeVisible();

  try {
    await admin(sandbox, '/outage', { down: true });
    // The next call to Coupang fails and the screen says so; reading goes on from the store.
    await app.getByTestId('orders-sync').click();
    const banner = app.getByTestId('orders-offline-banner');
    await expect(banner).toBeVisible({ timeout: 60_000 });
    await expect(banner).toContainText('오프라인 — 마지막 동기화');
    await expect(banner).toContainText('KST');

    await expect(app.getByTestId('orders-total')).not.toHaveText('0건');
    await search(app, ids[0]);
    await expect(app.getByTestId('orders-total')).toHaveText('1건');
    await expect(row(app, ids[0])).toBeVisible();

    // Export from the store: the file comes from the main process as base64 and is saved as a download.
    const exported = app.waitForResponse((r) => r.url().includes('/rpc/orders.export'), { timeout: 30_000 });
    const downloadPromise = app.waitForEvent('download', { timeout: 30_000 });
    await app.getByTestId('orders-export-csv-utf8').click();
    const body = (await (await exported).json()) as { ok: boolean; data: { fileName: string; dataBase64: string; rows: number } };
    expect(body.ok).toBe(true);
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(body.data.fileName);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = Buffer.from(body.data.dataBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Excel
    expect(bytes.toString('utf8')).toContain(ids[0]);
    await expect(app.getByTestId('orders-export-done')).toBeVisible();
    await test.step('screenshot offline', () => screenshot(app, 'orders-offline'));

    // An action goes into the outbox. (Explicit timeouts: a stuck action fails here, not at the test's end.)
    await row(app, ids[0]).getByTestId('orders-row-check').click({ timeout: 15_000 });
    await app.getByTestId('orders-action-acknowledge').click({ timeout: 15_000 });
    await expect(row(app, ids[0]).getByTestId('orders-row-result')).toHaveAttribute('data-state', 'queued', { timeout: 30_000 });
    await expect(summary(app)).toContainText('1건 대기열');
    await expect(app.getByTestId('orders-outbox-count')).toHaveText('대기열 1건');
    await expect(row(app, ids[0]).getByTestId('orders-row-flag-outbox')).toBeVisible();
    await screenshot(app, 'orders-outbox');
  } finally {
    await admin(sandbox, '/outage', { down: false });
  }

  // Back online: the outbox drains by itself and the result shows where the order is.
  await expect(app.getByTestId('orders-offline-banner')).toBeHidden({ timeout: 60_000 });
  await expect(row(app, ids[0]).getByTestId('orders-row-result')).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
  await expect(row(app, ids[0]).getByTestId('orders-row-status')).toHaveText('상품준비중', { timeout: 30_000 });
  await expect(app.getByTestId('orders-outbox-count')).toBeHidden();
  await screenshot(app, 'orders-outbox-drained');
});
