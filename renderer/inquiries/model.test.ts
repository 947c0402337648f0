import { describe, expect, it } from 'vitest';
import type { InquiryRow } from '../../shared/ipc/inquiries';
import { shortTime, timeNote } from './model';

const row = (over: Partial<InquiryRow>): InquiryRow => ({
  kind: 'callcenter', inquiryId: '1', state: 'NO_ANSWER', productName: '', vendorItemId: null, question: 'q', inquiryAt: '2026-11-20T09:00:00+09:00', orderIds: [], category: null,
  deadlineAt: '2026-11-21T09:00:00+09:00', overdue: false, answeredAt: null, answeredBySystem: false, syncedAt: '', ...over,
});

describe('time notes', () => {
  const now = new Date('2026-11-20T22:00:00Z'); // 2026-11-21 07:00 KST
  it('counts down open transfers and marks the last 3 hours urgent', () => {
    expect(timeNote(row({}), now)).toEqual({ kind: 'left', text: '2시간', urgent: true });
    expect(timeNote(row({ deadlineAt: '2026-11-21T20:30:00+09:00' }), now)).toEqual({ kind: 'left', text: '13시간 30분', urgent: false });
  });
  it('says overdue once the mark has passed', () => {
    expect(timeNote(row({ deadlineAt: '2026-11-21T06:00:00+09:00' }), now)).toEqual({ kind: 'overdue' });
  });
  it('shows how long an unanswered product question has waited, nothing for answered ones', () => {
    expect(timeNote(row({ kind: 'product', deadlineAt: null }), now)).toEqual({ kind: 'waiting', text: '22시간' });
    expect(timeNote(row({ state: 'ANSWERED' }), now)).toBeNull();
  });
  it('formats list times', () => {
    expect(shortTime('2026-11-20T09:36:38+09:00')).toBe('11-20 09:36');
  });
});
