// 고객문의 and 정산 end to end: the browser host's real main-process services against the standalone
// sandbox (a profile points at it) so the test can ask the sandbox's admin API what is true —
// which inquiries exist and what the revenue of a period must add up to.
import { connectSandbox as connect, expect, sandboxAdmin as admin, screenshot, test } from './fixtures';



test('answer a product inquiry: it leaves the unanswered filter and Coupang has the answer', async ({ app, sandbox }) => {
  await admin(sandbox, '/reset', {});
  const { created } = await admin<{ created: Array<{ inquiryId: string }> }>(sandbox, '/inquiries/generate', { family: 'product', count: 1, minutesAgo: 5 });
  const transfer = (await admin<{ created: Array<{ inquiryId: string }> }>(sandbox, '/inquiries/generate', { family: 'callcenter', kind: 'answer', count: 1 })).created[0];
  const id = created[0].inquiryId;
  await connect(app, sandbox, '샌드박스 고객문의');

  await app.getByTestId('nav-inquiries').click();
  await expect(app.getByTestId('screen-inquiries')).toBeVisible();
  await app.getByTestId('inquiries-sync').click();
  await expect(app.getByTestId('inquiries-sync-report')).toBeVisible({ timeout: 60_000 });

  // The contact-center transfer counts down to its 24-hour mark.
  const transferRow = app.getByTestId(`inquiries-row-callcenter-${transfer.inquiryId}`);
  await expect(transferRow).toBeVisible();
  await expect(transferRow.getByTestId('inquiries-row-left')).toHaveText(/자동 종료까지 2[0-3]시간/);

  await app.getByTestId('inquiries-tab-NO_ANSWER').click();
  await app.getByTestId('inquiries-kind').selectOption('product');
  const row = app.getByTestId(`inquiries-row-product-${id}`);
  await expect(row).toBeVisible();
  await expect(row).toHaveAttribute('data-state', 'NO_ANSWER');
  // Read the 미답변 count once the product filter has reached both the list and the tab counts.
  await expect
    .poll(async () => {
      const listed = Number(await app.getByTestId('inquiries-list').getAttribute('data-count'));
      const counted = Number(await app.getByTestId('inquiries-tab-NO_ANSWER').getAttribute('data-count'));
      const otherKinds = await app.locator('[data-testid="inquiries-list"] [data-kind]:not([data-kind="product"])').count();
      return otherKinds === 0 && listed === counted;
    })
    .toBe(true);
  const unansweredBefore = Number(await app.getByTestId('inquiries-tab-NO_ANSWER').getAttribute('data-count'));
  await row.click();

  const detail = app.getByTestId('inquiries-detail');
  await expect(detail).toHaveAttribute('data-inquiry-id', id);
  await expect(detail.getByTestId('inquiries-thread')).toBeVisible();
  // Start from a saved template, then write the rest on new lines.
  await app.getByTestId('inquiries-template-select').selectOption({ index: 1 });
  await app.getByTestId('inquiries-template-insert').click();
  const content = app.getByTestId('inquiries-answer-content');
  await expect(content).not.toHaveValue('');
  await content.fill('안녕하세요, 고객님.\n오늘 오후에 출고됩니다.\n감사합니다.');
  await expect(app.getByTestId('inquiries-answer-counter')).toHaveAttribute('data-count', String([...'안녕하세요, 고객님.\n오늘 오후에 출고됩니다.\n감사합니다.'].length));
  await app.getByTestId('inquiries-reply-by').fill('wing-e2e');
  await app.getByTestId('inquiries-answer-submit').click();
  await expect(app.getByTestId('inquiries-answer-confirm')).toBeVisible();
  await screenshot(app, 'inquiries-answer');
  await app.getByTestId('inquiries-answer-confirm-yes').click();
  await expect(app.getByTestId('inquiries-result')).toHaveAttribute('data-state', 'done', { timeout: 30_000 });

  // Gone from 미답변; the count went down by one; 답변완료 has it with the answer in the thread.
  await expect(row).toHaveCount(0);
  await expect(app.getByTestId('inquiries-tab-NO_ANSWER')).toHaveAttribute('data-count', String(unansweredBefore - 1));
  await app.getByTestId('inquiries-tab-DONE').click();
  await expect(row).toHaveAttribute('data-state', 'ANSWERED');
  await expect(detail.getByTestId('inquiries-detail-state')).toHaveText('답변완료');
  await expect(detail.locator('[data-author="vendor"]')).toContainText('오늘 오후에 출고됩니다.');
  await screenshot(app, 'inquiries-answered');

  const truth = await admin(sandbox, '/inquiries');
  const answered = truth.productInquiries.find((i: any) => i.inquiryId === id);
  expect(answered.status).toBe('ANSWERED');
  expect(answered.answer.content).toBe('안녕하세요, 고객님.\n오늘 오후에 출고됩니다.\n감사합니다.');
  expect(answered.answer.by).toBe('wing-e2e');
});

test('settlement for 60 days: split into API windows, totals equal the sandbox’s delivered orders', async ({ app, sandbox }) => {
  await admin(sandbox, '/reset', {});
  await connect(app, sandbox, '샌드박스 정산');
  const since = Date.now();

  await app.getByTestId('nav-settlement').click();
  await expect(app.getByTestId('screen-settlement')).toBeVisible();
  await app.getByTestId('settlement-preset-last60').click();
  await expect(app.getByTestId('settlement-status')).toHaveAttribute('data-fetched', 'yes', { timeout: 60_000 });
  await expect(app.getByTestId('settlement-windows')).toHaveAttribute('data-count', '2');
  await expect(app.getByTestId('settlement-status')).toHaveAttribute('data-windows', '2');
  const from = await app.getByTestId('settlement-from').inputValue();
  const to = await app.getByTestId('settlement-to').inputValue();

  const expected = (await admin(sandbox, `/settlement?from=${from}&to=${to}`)).totals;
  expect(expected.lines).toBeGreaterThan(0);
  const value = async (id: string) => Number(await app.getByTestId(`settlement-total-${id}`).getAttribute('data-value'));
  expect(await value('lines')).toBe(expected.lines);
  expect(await value('saleAmount')).toBe(expected.saleAmount);
  expect(await value('deliveryAmount')).toBe(expected.deliveryAmount);
  expect(await value('totalSale')).toBe(expected.totalSale);
  expect(await value('fees')).toBe(expected.serviceFee + expected.serviceFeeVat + expected.deliveryFee + expected.deliveryFeeVat);
  expect(await value('settlementAmount')).toBe(expected.settlementAmount);
  await expect(app.getByTestId('settlement-chart')).toHaveAttribute('data-days', '60');
  await expect(app.getByTestId('settlement-revenue-row').first()).toBeVisible();
  await screenshot(app, 'settlement-60-days');

  // The main process never asked Coupang for more than 31 days at once.
  const calls = (await admin(sandbox, `/requests?since=${since}`)).requests.filter((r: any) => r.path.endsWith('/revenue-history'));
  expect(calls.length).toBeGreaterThanOrEqual(2);
  const ranges = new Set<string>();
  for (const c of calls) {
    const q = new URLSearchParams(c.query);
    const days = (Date.parse(q.get('recognitionDateTo')!) - Date.parse(q.get('recognitionDateFrom')!)) / 86_400_000 + 1;
    expect(days).toBeLessThanOrEqual(31);
    ranges.add(`${q.get('recognitionDateFrom')}~${q.get('recognitionDateTo')}`);
  }
  expect(ranges.size).toBe(2);

  // Export of what is shown, then the payouts of the months the period touches.
  const download = app.waitForEvent('download');
  await app.getByTestId('settlement-export-xlsx').click();
  expect((await download).suggestedFilename()).toBe(`매출내역_${sandbox.vendorId}_${from}_${to}.xlsx`);
  await expect(app.getByTestId('settlement-export-done')).toContainText(`${expected.lines}행`);

  await app.getByTestId('settlement-tab-payouts').click();
  await app.getByTestId('settlement-payouts-fetch').click();
  await expect(app.getByTestId('settlement-payout-row').first()).toBeVisible({ timeout: 30_000 });
  await screenshot(app, 'settlement-payouts');

  // Stored: after a reload the screen opens on the last 30 days from the local store (no fetch),
  // and those figures are the sandbox's too.
  await app.reload();
  await app.getByTestId('nav-settlement').click();
  await expect(app.getByTestId('settlement-status')).toHaveAttribute('data-fetched', 'no');
  const from30 = await app.getByTestId('settlement-from').inputValue();
  const stored = (await admin(sandbox, `/settlement?from=${from30}&to=${to}`)).totals;
  await expect(app.getByTestId('settlement-total-settlementAmount')).toHaveAttribute('data-value', String(stored.settlementAmount));
  await expect(app.getByTestId('settlement-total-lines')).toHaveAttribute('data-value', String(stored.lines));
});
