// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProductDraft } from '../../shared/products/draft';
import { validDraftData } from '../../shared/products/test-helpers';
import { renderWithProviders } from '../test/render';
import { ProductsScreen } from './ProductsScreen';
import { createProductsFakeBridge } from './test/fakeProductsBridge';

function draft(step: number, mutate: (d: ProductDraft['data']) => void = () => {}): ProductDraft {
  const data = validDraftData();
  mutate(data);
  return { id: 'd1', mode: 'create', sellerProductId: null, step, data, original: null, lastStatus: null, denyReason: null, createdAt: '2025-03-01T00:00:00Z', updatedAt: '2025-03-01T00:00:00Z' };
}

function open(d: ProductDraft) {
  window.history.replaceState(null, '', `/#/products/register/${d.id}`);
  const fake = createProductsFakeBridge({}, [d]);
  renderWithProviders(<ProductsScreen />, fake as any);
  return fake;
}

beforeEach(() => window.history.replaceState(null, '', '/'));
afterEach(() => cleanup());

describe('product wizard', () => {
  it('keeps data-testid="screen-products" and lists drafts to resume', async () => {
    const fake = createProductsFakeBridge({}, [draft(5)]);
    window.history.replaceState(null, '', '/#/products');
    renderWithProviders(<ProductsScreen />, fake as any);
    expect(screen.getByTestId('screen-products')).toBeTruthy();
    const row = await screen.findByTestId('draft-row-d1');
    expect(row.textContent).toContain('5단계');
    fireEvent.click(within(row).getByTestId('draft-resume-d1'));
    expect(await screen.findByTestId('step-images')).toBeTruthy();
    expect((screen.getByTestId('image-representation') as HTMLInputElement).value).toBe('https://img.example.com/note/main.jpg');
  });

  it('a mandatory purchase option left empty blocks step 3 with a message naming the attribute', async () => {
    const fake = open(draft(3, (d) => delete d.items[0].options['수량']));
    const grid = await screen.findByTestId('items-grid');
    expect(within(grid).getByTestId('col-수량').textContent).toContain('*');
    fireEvent.click(screen.getByTestId('wizard-next'));
    const blocked = await screen.findByTestId('step-blocked');
    expect(blocked.textContent).toMatch(/규칙 위반 1건/);
    const issues = screen.getByTestId('step-issues');
    expect(issues.textContent).toContain("필수 구매옵션 '수량'이(가) 비어 있습니다");
    expect(issues.textContent).toContain('[규칙 77]');
    expect(issues.textContent).toContain('items[0].attributes.수량');
    expect(screen.getByTestId('product-wizard').getAttribute('data-step')).toBe('3');
    expect(screen.getByTestId('item-0-opt-수량').closest('td')!.className).toContain('pw-cell--bad');

    fireEvent.change(screen.getByTestId('item-0-opt-수량'), { target: { value: '2' } });
    fireEvent.click(screen.getByTestId('wizard-next'));
    await waitFor(() => expect(screen.getByTestId('product-wizard').getAttribute('data-step')).toBe('4'));
    expect(await screen.findByTestId('step-notices')).toBeTruthy();
    // The step change was saved with the value the seller typed.
    await waitFor(() => expect(fake.store.get('d1')!.step).toBe(4));
    expect(fake.store.get('d1')!.data.items[0].options['수량']).toEqual({ value: '2', unit: '개' });
  });

  it('the review step shows the request JSON and submits it with the approval request', async () => {
    const fake = open(draft(8));
    const json = await screen.findByTestId('review-json');
    await waitFor(() => expect(json.textContent).toContain('"attributeValueName": "1개"'));
    expect(json.textContent).toContain('"displayCategoryCode": 79716');
    expect(json.textContent).toContain('"noticeCategoryName": "기타 재화"');
    expect(json.textContent).toContain('"requested": true');
    expect(await screen.findByTestId('review-ok')).toBeTruthy();
    const submit = screen.getByTestId('submit-request') as HTMLButtonElement;
    await waitFor(() => expect(submit.disabled).toBe(false));
    fireEvent.click(submit);
    const result = await screen.findByTestId('submit-result');
    expect(result.textContent).toContain('70000001');
    expect(fake.callsTo('productsSubmit' as any)).toEqual([{ draftId: 'd1', requested: true }]);
    expect((await screen.findByTestId('product-status')).textContent).toBe('승인대기중');
  });

  it('the review step lists every broken rule and refuses to submit', async () => {
    open(draft(8, (d) => (d.delivery.returnCharge = 5000)));
    const errors = await screen.findByTestId('review-errors');
    await waitFor(() => expect(errors.textContent).toContain('[규칙 106]'));
    expect(errors.textContent).toContain('반품배송비(returnCharge)');
    expect((screen.getByTestId('submit-request') as HTMLButtonElement).disabled).toBe(true);
  });

  it('step 2 counts name lengths live and blocks a 101-character display name', async () => {
    open(draft(2));
    const input = await screen.findByTestId('basic-displayProductName');
    fireEvent.change(input, { target: { value: '가'.repeat(101) } });
    expect(screen.getByTestId('counter-displayProductName').textContent).toBe('101/100');
    expect(screen.getByTestId('counter-displayProductName').className).toContain('pw-counter--over');
    fireEvent.click(screen.getByTestId('wizard-next'));
    const issues = await screen.findByTestId('step-issues');
    expect(issues.textContent).toContain("'노출상품명' 최대 길이(100자)를 초과했습니다");
    expect(issues.textContent).toContain('[규칙 47]');
  });

  it('R76: without the category meta the category step cannot be left', async () => {
    const d = draft(1);
    window.history.replaceState(null, '', `/#/products/register/${d.id}`);
    const fake = createProductsFakeBridge({}, [d]);
    (fake.bridge as any).categoriesMeta = () => Promise.resolve({ ok: false, error: { code: 'COUPANG', messageKo: '메타 조회 실패' } });
    renderWithProviders(<ProductsScreen />, fake as any);
    expect(await screen.findByTestId('category-meta-error')).toBeTruthy();
    fireEvent.click(screen.getByTestId('wizard-next'));
    const issues = await screen.findByTestId('step-issues');
    expect(issues.textContent).toContain('[규칙 76]');
    expect(issues.textContent).toContain('카테고리(displayCategoryCode)');
    expect(screen.getByTestId('product-wizard').getAttribute('data-step')).toBe('1');
  });
});
