// The product screen in the browser host. Registration end to end against the standalone sandbox:
// a category with a choose-one group and NUMBER units (72882 라떼분말: 최소 중량 | 최소 용량, 개당
// 수량, 수량), a mandatory option left empty blocking step 3, submit with the approval request, the
// sandbox's virtual clock moved past its decision, 승인완료 in the wizard and the list. Drafts: one
// left at step 5 comes back at step 5, filled, after a reload and after a second host process opens
// the same data folder.
import type { Page } from '@playwright/test';
import { connectSandbox as connect, expect, sandboxAdmin as admin, screenshot, startNodeScript, test, type HostInfo } from './fixtures';



const wizard = (app: Page) => app.getByTestId('product-wizard');

async function next(app: Page, to: number) {
  await app.getByTestId('wizard-next').click();
  await expect(wizard(app)).toHaveAttribute('data-step', String(to));
}

async function pickCategory(app: Page, productName: string, code: string) {
  await app.getByTestId('category-product-name').fill(productName);
  await app.getByTestId('category-recommend').click();
  await expect(app.getByTestId('category-recommendation')).toContainText(code);
  await app.getByTestId('category-use-recommendation').click();
  await expect(app.getByTestId('category-selected')).toHaveAttribute('data-code', code);
  await expect(app.getByTestId('category-usable')).toBeVisible();
  await expect(app.getByTestId('category-meta-summary')).toBeVisible();
}

async function fillBasics(app: Page, name: string) {
  await app.getByTestId('basic-sellerProductName').fill(name);
  await app.getByTestId('basic-displayProductName').fill(name);
  await expect(app.getByTestId('counter-displayProductName')).toHaveText(`${[...name].length}/100`);
  await app.getByTestId('basic-brand').fill('웡데스크');
  await app.getByTestId('basic-manufacture').fill('웡데스크');
  await app.getByTestId('basic-searchTags').fill('라떼');
  await app.getByTestId('basic-searchTags').press('Enter');
  await app.getByTestId('basic-vendorUserId').fill('wing_e2e');
}

test('registers a product through the wizard (group options, NUMBER units) and follows it to 승인완료', async ({ app, sandbox }) => {
  test.setTimeout(240_000);
  await connect(app, sandbox, '상품 샌드박스');
  await app.getByTestId('nav-products').click();
  await expect(app.getByTestId('screen-products')).toBeVisible();
  await app.getByTestId('products-tab-register').click();
  await app.getByTestId('wizard-new').click();
  await expect(wizard(app)).toHaveAttribute('data-step', '1');

  // 1: recommended from the product name, checked usable, meta loaded.
  await pickCategory(app, '라떼분말', '72882');
  await screenshot(app, 'products-step1-category');
  await next(app, 2);

  // 2: names with counters.
  await fillBasics(app, '웡데스크 바닐라 라떼분말');
  await next(app, 3);

  // 3: the choose-one group (최소 중량 | 최소 용량) and NUMBER options with their units.
  await expect(app.getByTestId('option-group-1')).toBeVisible();
  await app.getByTestId('option-group-1-최소 중량').check();
  await app.getByTestId('item-0-opt-최소 중량').fill('500');
  await app.getByTestId('item-0-opt-최소 중량-unit').selectOption('g');
  await app.getByTestId('item-0-opt-개당 수량').fill('1');
  // 수량 (mandatory) left empty on purpose.
  await app.getByTestId('item-0-salePrice').fill('12000');
  await app.getByTestId('item-0-originalPrice').fill('15000');
  await app.getByTestId('item-0-maximumBuyCount').fill('100');
  await app.getByTestId('wizard-next').click();
  await expect(wizard(app)).toHaveAttribute('data-step', '3');
  await expect(app.getByTestId('step-blocked')).toBeVisible();
  await expect(app.getByTestId('step-issues')).toContainText("필수 구매옵션 '수량'이(가) 비어 있습니다");
  await expect(app.getByTestId('step-issues')).toContainText('[규칙 77]');
  await screenshot(app, 'products-step3-blocked');

  await app.getByTestId('item-0-opt-수량').fill('1');
  await app.getByTestId('item-add').click();
  await app.getByTestId('item-1-opt-최소 중량').fill('1');
  await app.getByTestId('item-1-opt-최소 중량-unit').selectOption('kg');
  await app.getByTestId('item-1-opt-개당 수량').fill('1');
  await app.getByTestId('item-1-opt-수량').fill('2');
  await app.getByTestId('item-1-salePrice').fill('23000');
  await app.getByTestId('item-1-originalPrice').fill('30000');
  await app.getByTestId('item-1-maximumBuyCount').fill('50');
  await screenshot(app, 'products-step3-options');
  await next(app, 4);

  // 4: one notice category, every row prefilled.
  await app.getByTestId('notice-category-가공식품').check();
  await expect(app.getByTestId('notice-rows').locator('input').first()).toHaveValue('상세페이지 참조');
  await next(app, 5);

  // 5: images and content.
  await app.getByTestId('image-representation').fill('https://img.example.com/latte/main.jpg');
  await app.getByTestId('content-0-text').fill('<p>부드러운 바닐라 라떼</p>');
  await next(app, 6);

  // 6: the account's own places, free shipping with the 100-150% return fee.
  await expect(app.locator('[data-testid^="outbound-"]:checked')).toHaveCount(1);
  await expect(app.locator('[data-testid^="return-"]:checked')).toHaveCount(1);
  await app.getByTestId('charge-FREE').check();
  await app.getByTestId('delivery-deliveryChargeOnReturn').fill('2500');
  await app.getByTestId('delivery-returnCharge').fill('5000');
  await app.getByTestId('wizard-next').click();
  await expect(app.getByTestId('step-issues')).toContainText('[규칙 106]');
  await app.getByTestId('delivery-returnCharge').fill('3000');
  await screenshot(app, 'products-step6-delivery');
  await next(app, 7);
  await next(app, 8);

  // 8: the request JSON, every rule checked, submit with the approval request.
  await expect(app.getByTestId('review-ok')).toBeVisible();
  const json = app.getByTestId('review-json');
  await expect(json).toContainText('"displayCategoryCode": 72882');
  await expect(json).toContainText('"attributeValueName": "500g"');
  await expect(json).toContainText('"attributeValueName": "1kg"');
  await screenshot(app, 'products-step8-review');
  await app.getByTestId('submit-request').click();
  await expect(app.getByTestId('submit-result')).toHaveAttribute('data-ok', 'true');
  const status = app.getByTestId('product-status');
  await expect(status).toHaveText('승인대기중');
  const id = (await app.getByTestId('submit-result').textContent())!.match(/등록상품ID (\d+)/)![1];

  // The sandbox decides on its virtual clock: move it past the decision.
  await admin(sandbox, '/clock', { advanceMinutes: 31 });
  await expect(status).toHaveText('승인완료', { timeout: 20_000 });
  await screenshot(app, 'products-approved');

  await app.getByTestId('products-tab-manage').click();
  await app.getByTestId('products-status-filter').selectOption('APPROVED');
  await expect(app.getByTestId(`product-status-${id}`)).toHaveText('승인완료');
  await app.getByTestId(`product-open-${id}`).click();
  await expect(app.getByTestId('product-detail')).toContainText('웡데스크 바닐라 라떼분말');
  await expect(app.getByTestId('bulk-grid').locator('tbody tr')).toHaveCount(2);
  await screenshot(app, 'products-list-approved');

  // A per-option price change goes through the item API, one result per option.
  await app.getByTestId('bulk-0-salePrice').fill('12500');
  await app.getByTestId('bulk-send').click();
  await expect(app.getByTestId('bulk-0-result')).toContainText('판매가를 12,500원으로 바꿨습니다');
  const view = await admin(sandbox, '/products');
  expect(view.products.find((p: any) => p.sellerProductId === id)?.status).toBe('APPROVED');
});

test('a draft left at step 5 resumes at step 5, filled, after a reload and after a host restart', async ({ app, host }) => {
  test.setTimeout(180_000);
  await app.getByTestId('nav-products').click();
  await app.getByTestId('wizard-new').click();
  await app.getByTestId('category-search').fill('일반노트');
  await app.getByTestId('category-search-go').click();
  await app.getByTestId('category-pick-79716').click();
  await expect(app.getByTestId('category-usable')).toBeVisible();
  await expect(app.getByTestId('category-meta-summary')).toBeVisible();
  await next(app, 2);
  await fillBasics(app, '웡데스크 스프링 노트');
  await next(app, 3);
  await app.getByTestId('item-0-opt-색상').fill('빨강');
  await app.getByTestId('item-0-opt-수량').fill('1');
  await app.getByTestId('item-0-salePrice').fill('3000');
  await app.getByTestId('item-0-originalPrice').fill('4000');
  await app.getByTestId('item-0-maximumBuyCount').fill('20');
  await next(app, 4);
  await app.getByTestId('notice-category-기타 재화').check();
  await next(app, 5);
  await app.getByTestId('image-representation').fill('https://img.example.com/note/main.jpg');
  await app.getByTestId('content-0-text').fill('<p>튼튼한 스프링 노트</p>');
  const saved = app.getByTestId('draft-save-state');
  await expect(saved).toHaveAttribute('data-state', 'saved');
  await app.waitForTimeout(800); // past the autosave debounce of the last keystroke
  await expect(saved).toHaveAttribute('data-state', 'saved');

  await app.reload();
  await expect(wizard(app)).toHaveAttribute('data-step', '5');
  await expect(app.getByTestId('image-representation')).toHaveValue('https://img.example.com/note/main.jpg');
  await expect(app.getByTestId('content-0-text')).toHaveValue('<p>튼튼한 스프링 노트</p>');
  await screenshot(app, 'products-draft-resumed-reload');
  await app.getByTestId('wizard-step-3').click();
  await expect(app.getByTestId('item-0-opt-색상')).toHaveValue('빨강');
  await expect(app.getByTestId('item-0-salePrice')).toHaveValue('3000');
  await app.getByTestId('wizard-step-5').click();
  await expect(wizard(app)).toHaveAttribute('data-step', '5');

  // A second host process on the same data folder (a restart of the app).
  const second = await startNodeScript<HostInfo>('electron/host/serve.ts', ['--port', '0', '--data-dir', host.dataDir]);
  try {
    await app.goto(second.info.url);
    await expect(app.getByTestId('status-bar')).toBeVisible();
    await app.getByTestId('nav-products').click();
    const row = app.locator('[data-testid^="draft-row-"]').filter({ hasText: '웡데스크 스프링 노트' });
    await expect(row).toContainText('5단계');
    await row.locator('[data-testid^="draft-resume-"]').click();
    await expect(wizard(app)).toHaveAttribute('data-step', '5');
    await expect(app.getByTestId('image-representation')).toHaveValue('https://img.example.com/note/main.jpg');
    await expect(app.getByTestId('content-0-text')).toHaveValue('<p>튼튼한 스프링 노트</p>');
    await screenshot(app, 'products-draft-resumed-restart');
  } finally {
    await second.stop();
  }
});
