// The returns / exchanges screen end to end: the browser host's real main-process services against
// a standalone sandbox (a profile points at it), so the test can have customers ask for a return
// and an exchange of delivered orders through the sandbox's admin API.
import type { Page } from '@playwright/test';
import { connectSandbox as connect, expect, sandboxAdmin as admin, screenshot, test, type SandboxInfo } from './fixtures';


/** Delivered boxes of the seeded history nothing was returned or exchanged from yet. */
async function deliveredBoxes(sandbox: SandboxInfo, n: number): Promise<string[]> {
  const { orders } = await admin<{ orders: any[] }>(sandbox, '/orders');
  const { receipts, exchanges } = await admin<{ receipts: any[]; exchanges: any[] }>(sandbox, '/returns');
  const claimed = new Set([...receipts.flatMap((r) => r.items.map((i: any) => i.shipmentBoxId)), ...exchanges.flatMap((e) => e.items.map((i: any) => i.originalShipmentBoxId))]);
  const boxes = orders.filter((o) => o.status === 'FINAL_DELIVERY' && o.removed === null && !claimed.has(o.shipmentBoxId) && o.items.every((i: any) => i.cancelCount === 0));
  expect(boxes.length).toBeGreaterThanOrEqual(n);
  return boxes.slice(0, n).map((b) => b.shipmentBoxId);
}

/** A sandbox profile for the standalone sandbox; the first saved profile becomes the active one. */

async function openReturnsAndSync(app: Page) {
  await app.getByTestId('nav-returns').click();
  await expect(app.getByTestId('screen-returns')).toBeVisible();
  // The first visit pulls on its own; wait for it, then pull once more on purpose.
  await expect(app.getByTestId('returns-sync')).toBeEnabled({ timeout: 60_000 });
  await app.getByTestId('returns-sync').click();
  await expect(app.getByTestId('returns-sync-report')).toBeVisible({ timeout: 60_000 });
  await expect(app.getByTestId('returns-sync')).toBeEnabled({ timeout: 60_000 });
}

test('approve a return after confirming its receipt; reject an exchange', async ({ app, sandbox }) => {
  await admin(sandbox, '/reset', {});
  const [returnBox, exchangeBox] = await deliveredBoxes(sandbox, 2);
  const { receiptId, cancelCountSum } = await admin<{ receiptId: string; cancelCountSum: number }>(sandbox, '/returns/customer', { shipmentBoxId: returnBox, action: 'return', reasonCode: 'DEFECT' });
  const { exchangeId } = await admin<{ exchangeId: string }>(sandbox, '/returns/customer', { shipmentBoxId: exchangeBox, action: 'exchange', reasonCode: 'DAMAGED' });

  await connect(app, sandbox, '샌드박스 반품');
  await openReturnsAndSync(app);

  // ---- the return: 반품접수 → 입고 확인 → 입고완료 → 승인 → 반품완료 ----
  const row = app.getByTestId(`returns-row-${receiptId}`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId('returns-row-status')).toHaveText('반품접수');
  await row.getByTestId('returns-row-open').click();
  const detail = app.getByTestId('return-detail');
  await expect(detail).toBeVisible();
  await expect(detail.getByTestId('return-detail-status')).toHaveText('반품접수');
  // The VOC reason in Korean, and the receipt total approval will send.
  await expect(detail.getByTestId('return-detail-reason')).toHaveText('상품이 제조/제작 불량임');
  await expect(detail.getByTestId('return-detail-total')).toHaveText(String(cancelCountSum));
  // Only the actions the state allows.
  await expect(detail.getByTestId('return-action-approve')).toBeDisabled();
  await expect(detail.getByTestId('return-action-markAlreadyShipped')).toBeDisabled();
  await expect(detail.getByTestId('return-action-confirmReceipt')).toBeEnabled();
  await screenshot(app, 'returns-detail-unchecked');

  await detail.getByTestId('return-action-confirmReceipt').click();
  await expect(detail.getByTestId('return-action-result')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(detail.getByTestId('return-detail-status')).toHaveText('입고완료');
  await expect(detail.getByTestId('return-action-confirmReceipt')).toBeDisabled();
  await expect(detail.getByTestId('return-action-approve')).toBeEnabled();

  await detail.getByTestId('return-action-approve').click();
  await expect(detail.getByTestId('return-action-result')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(detail.getByTestId('return-detail-status')).toHaveText('반품완료');
  await screenshot(app, 'returns-approved');

  // ---- the exchange: 접수 → 거부 (품절) → 불가 ----
  await app.getByTestId('returns-tab-exchanges').click();
  const xrow = app.getByTestId(`exchange-row-${exchangeId}`);
  await expect(xrow).toBeVisible();
  await expect(xrow.getByTestId('exchange-row-status')).toHaveText('접수');
  await xrow.getByTestId('exchange-row-open').click();
  const xdetail = app.getByTestId('exchange-detail');
  await expect(xdetail.getByTestId('exchange-detail-reason')).toHaveText('상품이 파손되어 배송됨');
  // No waybill for the replacement before the goods are in.
  await expect(xdetail.getByTestId('exchange-action-uploadInvoice')).toBeDisabled();
  await xdetail.getByTestId('exchange-action-reject').click();
  await xdetail.getByTestId('exchange-reject-SOLDOUT').check();
  await screenshot(app, 'returns-exchange-reject');
  await xdetail.getByTestId('exchange-reject-submit').click();
  await expect(xdetail.getByTestId('exchange-action-result')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expect(xdetail.getByTestId('exchange-detail-status')).toHaveText('불가');
  await expect(xdetail.getByTestId('exchange-action-reject')).toBeDisabled();

  // Coupang's side agrees.
  const truth = await admin<{ receipts: any[]; exchanges: any[] }>(sandbox, '/returns');
  expect(truth.receipts.find((r) => r.receiptId === receiptId)).toMatchObject({ receiptStatus: 'RETURNS_COMPLETED' });
  expect(truth.exchanges.find((e) => e.exchangeId === exchangeId)).toMatchObject({ exchangeStatus: 'REJECT', rejectCode: 'SOLDOUT' });

  // The lists stay readable from the local store: the completed return is under 반품완료.
  await app.getByTestId('returns-tab-returns').click();
  await app.getByTestId('returns-filter-status').selectOption('RETURNS_COMPLETED');
  await expect(app.getByTestId(`returns-row-${receiptId}`).getByTestId('returns-row-status')).toHaveText('반품완료');
});

test('a withdrawn return leaves the list and shows in the withdrawal history', async ({ app, sandbox }) => {
  await admin(sandbox, '/reset', {});
  const [box] = await deliveredBoxes(sandbox, 1);
  const { receiptId } = await admin<{ receiptId: string }>(sandbox, '/returns/customer', { shipmentBoxId: box, action: 'return' });
  await admin(sandbox, '/returns/withdraw', { receiptId });

  await connect(app, sandbox, '샌드박스 철회');
  await openReturnsAndSync(app);
  await app.getByTestId('returns-filter-status').selectOption('ALL');
  await expect(app.getByTestId('returns-count')).toBeVisible();
  await expect(app.getByTestId(`returns-row-${receiptId}`)).toHaveCount(0);
  await app.getByTestId('returns-tab-withdrawals').click();
  const row = app.getByTestId(`withdrawal-row-${receiptId}`);
  await expect(row).toBeVisible();
  await expect(row).toContainText('고객');
  await screenshot(app, 'returns-withdrawals');
});
