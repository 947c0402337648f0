import { useTranslation } from 'react-i18next';
import type { InquiryRow } from '../../shared/ipc/inquiries';
import { StatusBadge } from '../components/StatusBadge';
import { rowKey, shortTime, stateTone, timeNote } from './model';

/** The inbox: what needs the seller first (soonest deadline on top), one row per inquiry. */
export function InquiryList({ rows, total, selected, now, onSelect, neverSynced }: { rows: InquiryRow[]; total: number; selected: string | null; now: Date; onSelect: (row: InquiryRow) => void; neverSynced: boolean }) {
  const { t } = useTranslation();
  if (rows.length === 0) {
    return (
      <div className="inquiries-list inquiries-list--empty panel" data-testid="inquiries-list" data-count={0}>
        <p className="empty">{neverSynced ? t('inquiries.list.neverSynced') : t('inquiries.list.empty')}</p>
      </div>
    );
  }
  return (
    <div className="inquiries-list" data-testid="inquiries-list" data-count={rows.length}>
      <ul className="inquiries-list__items" aria-label={t('inquiries.list.label')}>
        {rows.map((row) => {
          const key = rowKey(row);
          const note = timeNote(row, now);
          const current = key === selected;
          return (
            <li key={key}>
              <button
                type="button"
                className={['inquiry-row', current && 'inquiry-row--current', note?.kind === 'left' && note.urgent && 'inquiry-row--urgent'].filter(Boolean).join(' ')}
                data-testid={`inquiries-row-${key}`}
                data-state={row.state}
                data-kind={row.kind}
                aria-current={current || undefined}
                onClick={() => onSelect(row)}
              >
                <span className="inquiry-row__top">
                  <StatusBadge tone={stateTone(row.state)} testId="inquiries-row-state">
                    {t(`inquiries.state.${row.state}`)}
                  </StatusBadge>
                  <StatusBadge tone={row.kind === 'callcenter' ? 'info' : 'neutral'}>{t(`inquiries.kind.${row.kind}`)}</StatusBadge>
                  {row.answeredBySystem && <StatusBadge tone="neutral">{t('inquiries.list.bySystem')}</StatusBadge>}
                  <time className="inquiry-row__time subtle" dateTime={row.inquiryAt}>
                    {shortTime(row.inquiryAt)}
                  </time>
                </span>
                <span className="inquiry-row__question">{row.question.replace(/\s+/g, ' ')}</span>
                <span className="inquiry-row__bottom">
                  {row.productName && <span className="inquiry-row__product subtle">{row.productName}</span>}
                  {note?.kind === 'left' && (
                    <span className={note.urgent ? 'inquiry-row__left inquiry-row__left--urgent' : 'inquiry-row__left'} data-testid="inquiries-row-left">
                      {t('inquiries.list.left', { time: note.text })}
                    </span>
                  )}
                  {note?.kind === 'overdue' && (
                    <span className="inquiry-row__left inquiry-row__left--urgent" data-testid="inquiries-row-left" title={t('inquiries.list.overdueHint')}>
                      {t('inquiries.list.overdue')}
                    </span>
                  )}
                  {note?.kind === 'waiting' && (
                    <span className="inquiry-row__waiting subtle" data-testid="inquiries-row-waiting">
                      {t('inquiries.list.waiting', { time: note.text })}
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {total > rows.length && <p className="subtle inquiries-list__more">{t('inquiries.list.shown', { shown: rows.length, total })}</p>}
    </div>
  );
}
