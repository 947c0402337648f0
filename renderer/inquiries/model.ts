// Pure helpers of the inquiries screen (tested without a DOM).
import type { InquiryRow, InquiryState, InquiryView } from '../../shared/ipc/inquiries';
import { formatLeftKo, msLeft } from '../../shared/inquiries';
import type { BadgeTone } from '../components/StatusBadge';

export const VIEWS: InquiryView[] = ['ACTION', 'NO_ANSWER', 'TRANSFER', 'DONE', 'ALL'];

export function stateTone(state: InquiryState): BadgeTone {
  switch (state) {
    case 'NO_ANSWER':
      return 'danger';
    case 'TRANSFER':
      return 'warn';
    case 'ANSWERED':
      return 'ok';
    default:
      return 'neutral';
  }
}

export type TimeNote = { kind: 'left'; text: string; urgent: boolean } | { kind: 'overdue' } | { kind: 'waiting'; text: string } | null;

/** Less than 3 hours before Coupang answers or closes it on its own. */
export const URGENT_MS = 3 * 3_600_000;

/**
 * What the row says about time: open transfers count down to their 24-hour mark (or say it has
 * passed); unanswered product questions show how long the customer has waited.
 */
export function timeNote(row: InquiryRow, now: Date): TimeNote {
  if (row.state !== 'NO_ANSWER' && row.state !== 'TRANSFER') return null;
  if (row.deadlineAt) {
    const left = msLeft(row.deadlineAt, now);
    if (left === null) return null;
    if (left <= 0 || row.overdue) return { kind: 'overdue' };
    return { kind: 'left', text: formatLeftKo(left), urgent: left < URGENT_MS };
  }
  const waited = now.getTime() - Date.parse(row.inquiryAt);
  return Number.isNaN(waited) ? null : { kind: 'waiting', text: formatLeftKo(Math.max(waited, 60_000)) };
}

export function rowKey(row: Pick<InquiryRow, 'kind' | 'inquiryId'>): string {
  return `${row.kind}-${row.inquiryId}`;
}

/** '2026-11-20T09:36:38+09:00' → '11-20 09:36' (the list); the detail shows the full time. */
export function shortTime(iso: string | null): string {
  if (!iso) return '';
  const m = /^\d{4}-(\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}

export function fullTime(iso: string | null): string {
  if (!iso) return '';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}
