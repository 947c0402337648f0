// 고객문의: product Q&A and the contact center's transfers in one inbox. What needs the seller is on
// top, soonest 24-hour mark first; answers are checked (2–1,000 characters, line breaks as \n)
// before they go, and can start from saved templates. Reads work offline from the local store.
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INQUIRIES_REFRESH, INQUIRY_WINDOW_DAYS } from '../../shared/inquiries';
import type { InquiryFilter, InquiryRow, InquiryView } from '../../shared/ipc/inquiries';
import { formatKstDateTime } from '../../shared/kst';
import { useBridgeApi } from '../components/api-context';
import { ErrorPanel } from '../components/ErrorPanel';
import { Screen } from '../components/Screen';
import { InquiryList } from './InquiryList';
import { InquiryPane } from './InquiryPane';
import { rowKey, VIEWS } from './model';
import { TemplatesPanel } from './TemplatesPanel';
import { invalidateInquiries, useInquiryDetail, useInquiryList, useNow } from './useInquiries';
import './inquiries.css';

type SyncReport = Awaited<ReturnType<ReturnType<typeof useBridgeApi>['inquiriesSync']>>;

function SyncBar({ lastSyncAt, lastErrorKo }: { lastSyncAt: string | null; lastErrorKo: string | null }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const qc = useQueryClient();
  const [days, setDays] = useState(7);
  const [pending, setPending] = useState(false);
  const [report, setReport] = useState<SyncReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const guard = useRef(false);

  const sync = async () => {
    if (guard.current) return;
    guard.current = true;
    setPending(true);
    setError(null);
    setReport(null);
    try {
      setReport(await api.inquiriesSync({ days }));
    } catch (err) {
      setError(err);
    } finally {
      guard.current = false;
      setPending(false);
      void invalidateInquiries(qc);
    }
  };
  const last = lastSyncAt ? formatKstDateTime(lastSyncAt) : null;

  return (
    <div className="inquiries-syncbar" role="group" aria-label={t('inquiries.sync.label')} data-testid="inquiries-sync-bar">
      <button type="button" className="button button--primary button--small" data-testid="inquiries-sync" onClick={sync} disabled={pending} aria-busy={pending} title={t('inquiries.sync.buttonTitle', { days: INQUIRY_WINDOW_DAYS, minutes: INQUIRIES_REFRESH.intervalMs / 60_000 })}>
        {pending ? t('inquiries.sync.running') : t('inquiries.sync.button')}
      </button>
      <label className="subtle" htmlFor="inquiries-sync-days">
        {t('inquiries.sync.days')}
      </label>
      <select id="inquiries-sync-days" data-testid="inquiries-sync-days" value={days} onChange={(e) => setDays(Number(e.target.value))}>
        <option value={7}>{t('inquiries.sync.days7')}</option>
        <option value={30}>{t('inquiries.sync.days30')}</option>
        <option value={90}>{t('inquiries.sync.days90')}</option>
      </select>
      <span data-testid="inquiries-last-sync">
        <span className="subtle">{t('inquiries.sync.lastSync')}</span> {last ?? t('inquiries.sync.never')}
      </span>
      {report && (
        <span role="status" className="inquiries-syncbar__ok" data-testid="inquiries-sync-report">
          {t('inquiries.sync.report', report)}
        </span>
      )}
      {!report && !error && lastErrorKo && <span className="inquiries-syncbar__error">{lastErrorKo}</span>}
      <ErrorPanel error={error} title={t('inquiries.sync.failed')} testId="inquiries-sync-error" />
    </div>
  );
}

function ViewTabs({ current, counts, onChange }: { current: InquiryView; counts: Record<InquiryView, number> | undefined; onChange: (v: InquiryView) => void }) {
  const { t } = useTranslation();
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const i = VIEWS.indexOf(current);
    const next = VIEWS[(i + (e.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length];
    onChange(next);
    document.getElementById(`inquiries-tab-${next}`)?.focus();
  };
  return (
    <div className="inquiries-tabs" role="tablist" aria-label={t('inquiries.tabs.label')} onKeyDown={onKeyDown}>
      {VIEWS.map((v) => {
        const count = counts?.[v];
        const alert = (v === 'ACTION' || v === 'NO_ANSWER' || v === 'TRANSFER') && (count ?? 0) > 0;
        return (
          <button
            key={v}
            id={`inquiries-tab-${v}`}
            type="button"
            role="tab"
            aria-selected={v === current}
            tabIndex={v === current ? 0 : -1}
            className={['inquiries-tab', v === current && 'inquiries-tab--current', alert && 'inquiries-tab--alert'].filter(Boolean).join(' ')}
            data-testid={`inquiries-tab-${v}`}
            data-count={count ?? ''}
            onClick={() => onChange(v)}
          >
            {t(`inquiries.tabs.${v}`)}
            {count !== undefined && <span className="inquiries-tab__count">{count.toLocaleString('ko-KR')}</span>}
          </button>
        );
      })}
    </div>
  );
}

export function InquiriesScreen() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<InquiryFilter>({ view: 'ACTION', kind: 'ALL' });
  const [searchText, setSearchText] = useState('');
  const [selected, setSelected] = useState<Pick<InquiryRow, 'kind' | 'inquiryId'> | null>(null);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const now = useNow();
  const list = useInquiryList(filter);
  const detail = useInquiryDetail(selected);
  const data = list.data;
  const selectedKey = selected ? rowKey(selected) : null;
  const neverSynced = useMemo(() => !data?.lastSyncAt && (data?.counts.ALL ?? 0) === 0, [data]);

  return (
    <Screen route="inquiries">
      <div className="inquiries">
        <SyncBar lastSyncAt={data?.lastSyncAt ?? null} lastErrorKo={data?.lastErrorKo ?? null} />
        <div className="inquiries-filters">
          <ViewTabs current={filter.view} counts={data?.counts} onChange={(view) => setFilter((f) => ({ ...f, view }))} />
          <label className="visually-hidden" htmlFor="inquiries-kind">
            {t('inquiries.kinds.label')}
          </label>
          <select id="inquiries-kind" data-testid="inquiries-kind" value={filter.kind} onChange={(e) => setFilter((f) => ({ ...f, kind: e.target.value as InquiryFilter['kind'] }))}>
            <option value="ALL">{t('inquiries.kinds.ALL')}</option>
            <option value="product">{t('inquiries.kinds.product')}</option>
            <option value="callcenter">{t('inquiries.kinds.callcenter')}</option>
          </select>
          <form
            className="inquiries-search"
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              setFilter((f) => ({ ...f, search: searchText.trim() || undefined }));
            }}
          >
            <label className="visually-hidden" htmlFor="inquiries-search">
              {t('inquiries.search.label')}
            </label>
            <input id="inquiries-search" data-testid="inquiries-search" type="search" value={searchText} placeholder={t('inquiries.search.placeholder')} onChange={(e) => setSearchText(e.target.value)} />
          </form>
          <button type="button" className="button button--small" data-testid="inquiries-templates-open" onClick={() => setTemplatesOpen((o) => !o)} aria-expanded={templatesOpen}>
            {t('inquiries.templates.open')}
          </button>
        </div>
        {templatesOpen && <TemplatesPanel onClose={() => setTemplatesOpen(false)} />}
        <ErrorPanel error={list.error} testId="inquiries-list-error" />
        <div className="inquiries-body">
          <InquiryList rows={data?.rows ?? []} total={data?.total ?? 0} selected={selectedKey} now={now} neverSynced={neverSynced} onSelect={(row) => setSelected({ kind: row.kind, inquiryId: row.inquiryId })} />
          <InquiryPane key={selectedKey ?? 'none'} detail={selected ? detail.data : undefined} loading={detail.isLoading} error={detail.error} now={now} />
        </div>
      </div>
    </Screen>
  );
}
