// @vitest-environment jsdom
// The coupon screen against a fake bridge: the create form's live rule messages (the same shared
// validators main runs) and the request tracker moving REQUESTED → DONE / FAIL with the reason.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderCoupons as renderWithProviders } from './testing/render';
import { CouponsScreen } from './CouponsScreen';
import { InstantCreateForm } from './InstantCreateForm';
import { contract, createFakeCoupons, tracked } from './testing/fakeCoupons';

afterEach(() => cleanup());

// 2025-03-10 15:00 KST
const fixedNow = () => new Date('2025-03-10T06:00:00Z');

function type(testId: string, value: string) {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
}

describe('instant coupon form', () => {
  it('shows each rule break next to its field, naming the rule, and sends nothing', async () => {
    const fake = createFakeCoupons();
    renderWithProviders(<InstantCreateForm contracts={[contract()]} now={fixedNow} />, fake);
    expect(screen.getByTestId('instant-startAt')).toHaveProperty('value', '2025-03-11 00:00:00');
    expect(screen.getByTestId('instant-endAt')).toHaveProperty('value', '2025-03-17 23:59:59');

    type('instant-name', '가'.repeat(46));
    expect(screen.getByTestId('field-issue-name').textContent).toMatch(/45자 이내.*\(쿠폰 규칙 15: 즉시할인 생성 값\)/);
    expect(screen.getByTestId('instant-name-count').textContent).toBe('46 / 45자');

    type('instant-discount', '101');
    expect(screen.getByTestId('field-issue-discount').textContent).toContain('정률 할인은 1~100%');
    type('instant-maxDiscountPrice', '5');
    expect(screen.getByTestId('field-issue-maxDiscountPrice').textContent).toContain('쿠폰 규칙 15');
    type('instant-endAt', '2025-13-05 00:00:00');
    expect(screen.getByTestId('field-issue-endAt').textContent).toMatch(/Value 13 for monthOfYear must be in the range \[1,12\].*쿠폰 규칙 16/);

    fireEvent.click(screen.getByTestId('instant-submit'));
    expect(screen.getByTestId('instant-blocked').textContent).toContain('4개');
    expect(fake.callsTo('couponsInstantCreate' as never)).toEqual([]);

    // Warnings inform without blocking: a same-day start (rule 17) and WOW-only (rule 19).
    type('instant-startAt', '2025-03-10 18:00:00');
    expect(screen.getByTestId('field-issue-startAt').textContent).toContain('쿠폰 규칙 17');
    fireEvent.click(screen.getByTestId('instant-wow'));
    expect(screen.getByTestId('field-issue-wowExclusive').textContent).toContain('쿠폰 규칙 19');
    expect(screen.getByTestId('field-issue-wowExclusive').className).toBe('field__warning');
  });

  it('checks the period against the contract (rule 9) and a vendorContractId mix-up (rule 6)', async () => {
    const fake = createFakeCoupons();
    const short = contract({ contractId: '9962', vendorContractId: '7', type: 'CONTRACT_BASED', start: '2025-01-01 00:00:00', end: '2025-03-15 23:59:59' });
    renderWithProviders(<InstantCreateForm contracts={[short]} now={fixedNow} />, fake);
    type('instant-name', '기간 확인');
    type('instant-discount', '10');
    type('instant-maxDiscountPrice', '1000');
    fireEvent.click(screen.getByTestId('instant-submit'));
    expect(screen.getByTestId('field-issue-endAt').textContent).toContain('계약의 유효기간 안에 쿠폰이 존재해야 합니다(계약서의 유효기간:2025-01-01 00:00:00~2025-03-15 23:59:59)');
    expect(screen.getByTestId('field-issue-endAt').textContent).toContain('쿠폰 규칙 9');
  });

  it('takes pasted option IDs, flags options already in another coupon (rule 22) and sends the request', async () => {
    const fake = createFakeCoupons({ assigned: { '3226138951': '778' } });
    renderWithProviders(<InstantCreateForm contracts={[contract()]} now={fixedNow} />, fake);
    type('instant-name', '봄맞이 10%');
    type('instant-discount', '10');
    type('instant-maxDiscountPrice', '5,000');
    type('instant-picker-paste', '3226138951\n3226138847, abc 3226138951');
    fireEvent.click(screen.getByTestId('instant-picker-paste-add'));
    expect(screen.getByTestId('instant-picker-selected').getAttribute('data-count')).toBe('2');
    expect(screen.getByTestId('instant-picker-paste-note').textContent).toMatch(/2개 추가.*옵션ID가 아닌 값 1개 제외 \(abc\)/);
    await waitFor(() => expect(screen.getByTestId('field-issue-vendorItemIds').textContent).toMatch(/3226138951\(쿠폰 778\).*\[CIR08\].*쿠폰 규칙 22/));

    fireEvent.click(screen.getByTestId('instant-submit'));
    await waitFor(() => expect(screen.getByTestId('instant-created').textContent).toContain('요청 #100'));
    expect(screen.getByTestId('instant-created').textContent).toContain('처리 중');
    expect(fake.callsTo('couponsInstantCreate' as never)).toEqual([
      {
        contractId: '150001',
        name: '봄맞이 10%',
        type: 'RATE',
        discount: '10',
        maxDiscountPrice: '5,000', // main reads '5,000' as 5000, like the validator
        startAt: '2025-03-11 00:00:00',
        endAt: '2025-03-17 23:59:59',
        wowExclusive: false,
        vendorItemIds: ['3226138951', '3226138847'],
      },
    ]);
  });
});

describe('request tracker', () => {
  it('shows a pending request live until it is DONE, and a FAIL with Coupang’s reason', async () => {
    const fake = createFakeCoupons({ requests: [tracked({ id: 1, state: 'REQUESTED' })] });
    renderWithProviders(<CouponsScreen initialTab="requests" />, fake);
    const row = await screen.findByTestId('request-row-1');
    expect(within(row).getByTestId('request-state').textContent).toContain('처리 중');
    expect(within(row).getByTestId('request-requested-id').textContent).toBe('123543582159745830895');
    await waitFor(() => expect(screen.getByTestId('coupons-pending-count').textContent).toBe('1'));

    // Coupang finishes: the coupon exists, its options request failed on one option.
    fake.state.requests = [
      tracked({ id: 2, parentId: 1, kind: 'COUPON_ITEM_PUBLISH', couponId: '778', state: 'FAIL', total: 1, succeeded: 0, failed: 1, failedItems: [{ vendorItemId: '3226138847', reason: '[CIR08] 해당 옵션은 이미 다른 쿠폰에 발행되어져 있습니다.' }], reasonKo: '[CIR08] 해당 옵션은 이미 다른 쿠폰에 발행되어져 있습니다. (옵션 3226138847)', payload: { name: '봄맞이 10%', vendorItemCount: 1 } }),
      tracked({ id: 1, state: 'DONE', couponId: '778', total: 1, succeeded: 1, failed: 0 }),
    ];
    await waitFor(() => expect(within(screen.getByTestId('request-row-1')).getByTestId('request-state').textContent).toContain('완료'), { timeout: 5000 });
    const failed = screen.getByTestId('request-row-2');
    expect(failed.getAttribute('data-state')).toBe('FAIL');
    expect(within(failed).getByTestId('request-reason').textContent).toContain('[CIR08]');
    fireEvent.click(within(failed).getByTestId('request-failed-toggle'));
    expect(within(failed).getByTestId('request-failed-items').textContent).toContain('3226138847');
    expect(within(screen.getByTestId('request-row-1')).getByTestId('request-open-coupon').textContent).toBe('778');
    await waitFor(() => expect(screen.queryByTestId('coupons-pending-count')).toBeNull(), { timeout: 5000 });
  });

  it('offers 다시 보내기 only when reading could not confirm, and only after a second click', async () => {
    const fake = createFakeCoupons({
      requests: [
        tracked({ id: 5, state: 'UNKNOWN', requestedId: null, canResend: true, reasonKo: '쿠폰 목록에서 같은 이름·기간의 쿠폰을 찾지 못했습니다.' }),
        tracked({ id: 4, state: 'UNKNOWN', requestedId: null, canResend: false, reasonKo: '확인 중' }),
      ],
    });
    renderWithProviders(<CouponsScreen initialTab="requests" />, fake);
    const unknown = await screen.findByTestId('request-row-5');
    expect(within(screen.getByTestId('request-row-4')).queryByTestId('request-resend')).toBeNull();
    fireEvent.click(within(unknown).getByTestId('request-resend'));
    expect(fake.callsTo('couponsRequestResend' as never)).toEqual([]);
    fireEvent.click(within(unknown).getByTestId('request-resend-confirm'));
    await waitFor(() => expect(fake.callsTo('couponsRequestResend' as never)).toEqual([{ id: 5 }]));
    fireEvent.click(within(screen.getByTestId('request-row-4')).getByTestId('request-refresh'));
    await waitFor(() => expect(fake.callsTo('couponsRequestRefresh' as never)).toEqual([{ id: 4 }]));
  });
});
