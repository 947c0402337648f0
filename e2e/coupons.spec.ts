// The coupons screen in the browser host against the standalone sandbox (its virtual clock is
// frozen for the test and moved by hand through the admin API, so REQUESTED → DONE happens when
// the test says so): create an instant coupon and watch it finish, add options, expire it, and see
// a coupon on an option that is already in another coupon end FAIL with Coupang's reason.
import type { Page } from '@playwright/test';
import { connectSandbox as connect, expect, sandboxAdmin as admin, screenshot, test, type SandboxInfo } from './fixtures';



/** Options of the sandbox seller: free ones (no coupon yet) and one already in an instant coupon. */
async function sandboxOptions(sandbox: SandboxInfo) {
  const view = await admin(sandbox, '/coupons');
  const inDownload = new Set(view.downloadCoupons.flatMap((c: any) => c.vendorItemIds.map(String)));
  const free: string[] = view.options.filter((o: any) => o.approved && !o.instantCouponId && !inDownload.has(String(o.vendorItemId))).map((o: any) => String(o.vendorItemId));
  const held = view.options.find((o: any) => o.approved && o.instantCouponId);
  return { free, held: String(held.vendorItemId), heldBy: String(held.instantCouponId) };
}

async function createInstant(app: Page, name: string, ids: string[]) {
  await app.getByTestId('coupons-tab-instant').click();
  const form = app.getByTestId('instant-form');
  if (!(await form.isVisible())) await app.getByTestId('instant-new').click();
  await expect(form).toBeVisible();
  await expect(app.getByTestId('instant-contract')).not.toHaveValue('');
  await app.getByTestId('instant-name').fill(name);
  await app.getByTestId('instant-type').selectOption('RATE');
  await app.getByTestId('instant-discount').fill('10');
  await app.getByTestId('instant-maxDiscountPrice').fill('5000');
  await app.getByTestId('instant-picker-paste').fill(ids.join('\n'));
  await app.getByTestId('instant-picker-paste-add').click();
  await expect(app.getByTestId('instant-picker-selected')).toHaveAttribute('data-count', String(ids.length));
  await app.getByTestId('instant-submit').click();
  await expect(app.getByTestId('instant-created')).toContainText('처리 중');
}

test('instant coupon: create → REQUESTED → DONE, add options, expire; an overlapping option ends FAIL with the reason', async ({ app, sandbox }) => {
  test.setTimeout(180_000);
  // Freeze the sandbox's virtual clock: requests finish only when the test advances it.
  await admin(sandbox, '/clock', { timeScale: 0 });
  const advance = () => admin(sandbox, '/clock', { advanceMinutes: 1 });
  try {
    await connect(app, sandbox, '쿠폰 샌드박스');
    const { free, held, heldBy } = await sandboxOptions(sandbox);
    const [a, b, c] = free;

    await app.getByTestId('nav-coupons').click();
    await expect(app.getByTestId('screen-coupons')).toBeVisible();

    // Contracts and budgets.
    await app.getByTestId('coupons-tab-contracts').click();
    await expect(app.getByTestId('contracts-table')).toBeVisible();
    await expect(app.getByTestId('contracts-table')).toContainText('자유계약');
    await expect(app.getByTestId('budget-this-month').first()).toBeVisible();
    await screenshot(app, 'coupons-contracts');

    // Live validation names the rule before anything is sent.
    await app.getByTestId('coupons-tab-instant').click();
    await app.getByTestId('instant-new').click();
    await app.getByTestId('instant-name').fill('가'.repeat(46));
    await expect(app.getByTestId('field-issue-name')).toContainText('쿠폰 규칙 15');
    await app.getByTestId('instant-discount').fill('150');
    await expect(app.getByTestId('field-issue-discount')).toContainText('1~100%');
    await screenshot(app, 'coupons-instant-validation');

    // Create: REQUESTED in the tracker until the clock moves, then DONE with the couponId.
    await createInstant(app, 'E2E 봄맞이 10%', [a, b]);
    await screenshot(app, 'coupons-instant-form');
    await app.getByTestId('coupons-tab-requests').click();
    const publish = app.locator('[data-testid^="request-row-"][data-kind="COUPON_PUBLISH"]').filter({ hasText: 'E2E 봄맞이 10%' });
    await expect(publish).toHaveAttribute('data-state', 'REQUESTED');
    await expect(publish.getByTestId('request-state')).toContainText('처리 중');
    await expect(publish.getByTestId('request-requested-id')).toHaveText(/^\d{10,}$/);
    await expect(app.getByTestId('coupons-pending-count')).toHaveText('1');
    await screenshot(app, 'coupons-requests-requested');

    await advance();
    await publish.getByTestId('request-refresh').click();
    await expect(publish).toHaveAttribute('data-state', 'DONE', { timeout: 30_000 });
    const couponId = (await publish.getByTestId('request-open-coupon').textContent())!.trim();
    expect(couponId).toMatch(/^\d+$/);
    // Its options follow as their own request, which also completes when the clock moves.
    const items = app.locator(`[data-testid^="request-row-"][data-kind="COUPON_ITEM_PUBLISH"]`).filter({ hasText: couponId }).first();
    await expect(items).toBeVisible({ timeout: 30_000 });
    await advance();
    await expect(items).toHaveAttribute('data-state', 'DONE', { timeout: 30_000 });
    await expect(items.getByTestId('request-counts')).toContainText('성공 2');
    await screenshot(app, 'coupons-requests-done');

    // Detail drawer: the options, then add one more.
    await publish.getByTestId('request-open-coupon').click();
    const drawer = app.getByTestId('instant-drawer');
    await expect(drawer).toBeVisible();
    await expect(drawer.getByTestId('instant-facts')).toContainText('E2E 봄맞이 10%');
    await expect(drawer.getByTestId('instant-item-row')).toHaveCount(2);
    await drawer.getByTestId('instant-add-open').click();
    await drawer.getByTestId('instant-add-picker-paste').fill(c);
    await drawer.getByTestId('instant-add-picker-paste-add').click();
    await drawer.getByTestId('instant-add-submit').click();
    const addRequest = drawer.locator('[data-testid="drawer-request"][data-kind="COUPON_ITEM_PUBLISH"]').first();
    await expect(addRequest).toHaveAttribute('data-state', 'REQUESTED');
    // Rule 23: no expiry while a request on the coupon runs.
    await drawer.getByTestId('instant-expire').click();
    await expect(drawer.getByTestId('instant-expire-issues')).toContainText('쿠폰 규칙 23');
    await expect(drawer.getByTestId('instant-expire-confirm')).toBeDisabled();
    await screenshot(app, 'coupons-instant-drawer-pending');
    await advance();
    await expect(addRequest).toHaveAttribute('data-state', 'DONE', { timeout: 30_000 });
    await expect(drawer.getByTestId('instant-item-row')).toHaveCount(3, { timeout: 15_000 });

    // Expire with confirmation.
    await expect(drawer.getByTestId('instant-expire-confirm')).toBeEnabled();
    await drawer.getByTestId('instant-expire-confirm').click();
    const expireRequest = drawer.locator('[data-testid="drawer-request"][data-kind="COUPON_EXPIRE"]');
    await expect(expireRequest).toHaveAttribute('data-state', 'REQUESTED');
    await advance();
    await expect(expireRequest).toHaveAttribute('data-state', 'DONE', { timeout: 30_000 });
    await expect(drawer.getByTestId('instant-detail-status')).toContainText('사용종료', { timeout: 15_000 });
    await screenshot(app, 'coupons-instant-expired');
    const expired = (await admin(sandbox, '/coupons')).instantCoupons.find((x: any) => String(x.couponId) === couponId);
    expect(expired.status).toBe('EXPIRED');
    await drawer.getByTestId('instant-drawer-close').click();

    // An option already in another instant coupon: the coupon is made, its options FAIL with [CIR08].
    await createInstant(app, 'E2E 겹치는 옵션', [held]);
    await advance();
    await app.getByTestId('coupons-tab-requests').click();
    const overlap = app.locator('[data-testid^="request-row-"][data-kind="COUPON_PUBLISH"]').filter({ hasText: 'E2E 겹치는 옵션' });
    await overlap.getByTestId('request-refresh').click().catch(() => {});
    await expect(overlap).toHaveAttribute('data-state', 'DONE', { timeout: 30_000 });
    const overlapCoupon = (await overlap.getByTestId('request-open-coupon').textContent())!.trim();
    const failed = app.locator('[data-testid^="request-row-"][data-kind="COUPON_ITEM_PUBLISH"]').filter({ hasText: overlapCoupon }).first();
    await expect(failed).toBeVisible({ timeout: 30_000 });
    await advance();
    await expect(failed).toHaveAttribute('data-state', 'FAIL', { timeout: 30_000 });
    await expect(failed.getByTestId('request-reason')).toContainText('[CIR08] 해당 옵션은 이미 다른 쿠폰에 발행되어져 있습니다.');
    await failed.getByTestId('request-failed-toggle').click();
    await expect(failed.getByTestId('request-failed-items')).toContainText(held);
    expect(heldBy).not.toBe(overlapCoupon);
    await screenshot(app, 'coupons-requests-fail');
  } finally {
    await admin(sandbox, '/clock', { timeScale: 1 }).catch(() => {});
  }
});
