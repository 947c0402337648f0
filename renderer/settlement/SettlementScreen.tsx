// 정산: revenue (매출내역) and payouts (지급내역) of a chosen period. The period is split into the
// revenue API's 31-day windows by the main process; what was fetched stays in the local store, so
// the screen opens on the stored figures (offline) and [쿠팡에서 조회] refreshes them.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../shared/ipc/contract';
import type { RevenueTotals } from '../../shared/ipc/settlement';
import { formatKstDateTime, kstDate } from '../../shared/kst';
import { formatWon } from '../../shared/money';
import { SETTLEMENT_MAX_PERIOD_DAYS } from '../../shared/settlement/rules';
import { useBridgeApi } from '../components/api-context';
import { ErrorPanel } from '../components/ErrorPanel';
import { Screen } from '../components/Screen';
import { downloadBase64 } from '../components/download';
import { DailyChart } from './DailyChart';
import { fillDaily, periodIssue, PRESETS, presetPeriod, windowCount, type Period, type Preset } from './model';
import { PayoutTable, RevenueTable } from './tables';
import './settlement.css';

type Revenue = ResponseOf<'settlement.revenue'>;
type Payouts = ResponseOf<'settlement.payouts'>;
type Tab = 'revenue' | 'payouts';
type Format = 'xlsx' | 'csv-utf8' | 'csv-cp949';

const keys = {
  revenue: (p: Period) => ['settlement', 'revenue', p.from, p.to] as const,
  payouts: (p: Period) => ['settlement', 'payouts', p.from, p.to] as const,
};

function Total({ id, label, value, hint }: { id: keyof RevenueTotals | 'fees'; label: string; value: number; hint?: string }) {
  return (
    <div className={`settlement-total settlement-total--${id}`} data-testid={`settlement-total-${id}`} data-value={value}>
      <span className="settlement-total__label">{label}</span>
      <strong className="settlement-total__value">{formatWon(value)}</strong>
      {hint && <span className="settlement-total__hint subtle">{hint}</span>}
    </div>
  );
}

function Totals({ totals }: { totals: RevenueTotals }) {
  const { t } = useTranslation();
  const serviceFees = totals.serviceFee + totals.serviceFeeVat;
  const deliveryFees = totals.deliveryFee + totals.deliveryFeeVat;
  return (
    <section className="settlement-totals" aria-label={t('settlement.totals.label')} data-testid="settlement-totals">
      <div className="settlement-total" data-testid="settlement-total-lines" data-value={totals.lines}>
        <span className="settlement-total__label">{t('settlement.totals.lines')}</span>
        <strong className="settlement-total__value">{totals.lines.toLocaleString('ko-KR')}</strong>
        <span className="settlement-total__hint subtle">
          {t('settlement.totals.orders', { count: totals.orders })}
          {totals.refundLines > 0 && ` · ${t('settlement.totals.refunds', { count: totals.refundLines })}`}
        </span>
      </div>
      <Total id="saleAmount" label={t('settlement.totals.saleAmount')} value={totals.saleAmount} hint={totals.coupangDiscount ? `${t('settlement.totals.coupangDiscount')} ${formatWon(totals.coupangDiscount)}` : undefined} />
      <Total id="deliveryAmount" label={t('settlement.totals.deliveryAmount')} value={totals.deliveryAmount} />
      <Total id="totalSale" label={t('settlement.totals.totalSale')} value={totals.totalSale} hint={t('settlement.totals.totalSaleHint')} />
      <Total id="fees" label={t('settlement.totals.fees')} value={serviceFees + deliveryFees} hint={t('settlement.totals.feesHint', { service: formatWon(serviceFees), delivery: formatWon(deliveryFees) })} />
      <Total id="sellerDiscountCoupon" label={t('settlement.totals.sellerDiscount')} value={totals.sellerDiscountCoupon} />
      <Total id="settlementAmount" label={t('settlement.totals.settlementAmount')} value={totals.settlementAmount} />
    </section>
  );
}

function ExportBar({ period, what, disabled }: { period: Period; what: Tab; disabled: boolean }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const [pending, setPending] = useState<Format | null>(null);
  const [done, setDone] = useState<{ fileName: string; rows: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (format: Format) => {
    if (pending) return;
    setPending(format);
    setError(null);
    setDone(null);
    try {
      const file = await api.settlementExport({ ...period, what, format });
      downloadBase64(file.fileName, file.mimeType, file.dataBase64);
      setDone({ fileName: file.fileName, rows: file.rows });
    } catch (err) {
      setError(err);
    } finally {
      setPending(null);
    }
  };
  const formats: Array<{ format: Format; key: 'xlsx' | 'csvUtf8' | 'csvCp949' }> = [
    { format: 'xlsx', key: 'xlsx' },
    { format: 'csv-utf8', key: 'csvUtf8' },
    { format: 'csv-cp949', key: 'csvCp949' },
  ];
  return (
    <div className="settlement-export" role="group" aria-label={t('settlement.export.label')} data-testid="settlement-export">
      <span className="subtle">{t('settlement.export.label')}</span>
      {formats.map(({ format, key }) => (
        <button key={format} type="button" className="button button--small" data-testid={`settlement-export-${format}`} disabled={disabled || pending !== null} aria-busy={pending === format} onClick={() => run(format)}>
          {pending === format ? t('settlement.export.exporting') : t(`settlement.export.${key}`)}
        </button>
      ))}
      {done && (
        <span role="status" className="subtle" data-testid="settlement-export-done">
          {t('settlement.export.done', done)}
        </span>
      )}
      <ErrorPanel error={error} title={t('settlement.export.failed')} testId="settlement-export-error" />
    </div>
  );
}

export function SettlementScreen() {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const qc = useQueryClient();
  const today = kstDate();
  const [draft, setDraft] = useState<Period>(() => presetPeriod('last30', today));
  const [period, setPeriod] = useState<Period>(draft);
  const [tab, setTab] = useState<Tab>('revenue');
  const [fetching, setFetching] = useState(false);
  const [fetchError, setFetchError] = useState<unknown>(null);
  const [lastFetch, setLastFetch] = useState<{ key: string; report: Revenue['fetch'] } | null>(null);
  const [payoutsFetching, setPayoutsFetching] = useState(false);
  const [payoutsError, setPayoutsError] = useState<unknown>(null);
  const guard = useRef(false);

  const issue = periodIssue(draft);
  const revenue = useQuery({ queryKey: keys.revenue(period), queryFn: () => api.settlementRevenue({ ...period, refresh: false }), placeholderData: (prev) => prev });
  const payouts = useQuery({ queryKey: keys.payouts(period), queryFn: () => api.settlementPayouts({ ...period, refresh: false }), enabled: tab === 'payouts' });
  const data: Revenue | undefined = revenue.data;

  /** Applies the draft period and fetches it from Coupang (split into ≤ 31-day windows). */
  const fetchRevenue = async (p: Period = draft) => {
    if (guard.current || periodIssue(p)) return;
    guard.current = true;
    setPeriod(p);
    setFetching(true);
    setFetchError(null);
    setLastFetch(null);
    try {
      const result = await api.settlementRevenue({ ...p, refresh: true });
      // A stored read of the same period still in flight must not overwrite the fresh answer.
      await qc.cancelQueries({ queryKey: keys.revenue(p) });
      qc.setQueryData(keys.revenue(p), result);
      setLastFetch({ key: `${p.from}~${p.to}`, report: result.fetch });
    } catch (err) {
      setFetchError(err);
      void qc.invalidateQueries({ queryKey: keys.revenue(p) });
    } finally {
      guard.current = false;
      setFetching(false);
    }
  };

  const fetchPayouts = async () => {
    if (payoutsFetching) return;
    setPayoutsFetching(true);
    setPayoutsError(null);
    try {
      const result = await api.settlementPayouts({ ...period, refresh: true });
      await qc.cancelQueries({ queryKey: keys.payouts(period) });
      qc.setQueryData(keys.payouts(period), result);
    } catch (err) {
      setPayoutsError(err);
    } finally {
      setPayoutsFetching(false);
    }
  };

  const choose = (preset: Preset) => {
    const p = presetPeriod(preset, today);
    setDraft(p);
    void fetchRevenue(p);
  };

  const fetched = lastFetch && lastFetch.key === `${period.from}~${period.to}` ? lastFetch.report : null;
  const status = (() => {
    if (!data) return null;
    if (fetched) return { tone: 'ok', text: t('settlement.status.fetched', fetched) };
    if (!data.lastFetchedAt) return { tone: 'info', text: t('settlement.status.notFetched') };
    const at = formatKstDateTime(data.lastFetchedAt) ?? data.lastFetchedAt;
    return { tone: data.complete ? 'info' : 'warn', text: `${t('settlement.status.stored', { at })}${data.complete ? '' : ` — ${t('settlement.status.incomplete')}`}` };
  })();
  const payoutData: Payouts | undefined = payouts.data;

  return (
    <Screen route="settlement">
      <div className="settlement">
        <form
          className="panel settlement-period"
          aria-label={t('settlement.period.label')}
          data-testid="settlement-period"
          onSubmit={(e) => {
            e.preventDefault();
            void fetchRevenue();
          }}
        >
          <div className="settlement-period__row">
            <label htmlFor="settlement-from">{t('settlement.period.from')}</label>
            <input id="settlement-from" type="date" data-testid="settlement-from" value={draft.from} max={draft.to} onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))} />
            <span aria-hidden="true">~</span>
            <label htmlFor="settlement-to">{t('settlement.period.to')}</label>
            <input id="settlement-to" type="date" data-testid="settlement-to" value={draft.to} min={draft.from} onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))} />
            <button type="submit" className="button button--primary" data-testid="settlement-fetch" disabled={fetching || issue !== null} aria-busy={fetching}>
              {fetching ? t('settlement.period.fetching') : t('settlement.period.fetch')}
            </button>
          </div>
          <div className="settlement-period__row" role="group" aria-label={t('settlement.period.presets')}>
            <span className="subtle">{t('settlement.period.presets')}</span>
            {PRESETS.map((p) => (
              <button key={p} type="button" className="button button--small" data-testid={`settlement-preset-${p}`} disabled={fetching} onClick={() => choose(p)}>
                {t(`settlement.period.${p}`)}
              </button>
            ))}
          </div>
          <p className="hint" data-testid="settlement-windows" data-count={windowCount(draft)}>
            {issue === 'order' ? t('settlement.period.invalid') : issue === 'tooLong' ? t('settlement.period.tooLong', { max: SETTLEMENT_MAX_PERIOD_DAYS }) : `${t('settlement.period.basis')} · ${t('settlement.period.windows', { count: windowCount(draft) })}`}
          </p>
        </form>

        {status && (
          <p className={`settlement-status settlement-status--${status.tone}`} role="status" data-testid="settlement-status" data-fetched={fetched ? 'yes' : 'no'} data-windows={data?.windows.length ?? 0}>
            {period.from} ~ {period.to} · {status.text}
          </p>
        )}
        <ErrorPanel error={fetchError ?? revenue.error} title={t('settlement.status.failed')} testId="settlement-error" />

        {data && <Totals totals={data.totals} />}
        {data && <DailyChart points={fillDaily(data.daily, period)} />}

        <div className="settlement-tabs" role="tablist" aria-label={t('settlement.tabs.label')}>
          {(['revenue', 'payouts'] as const).map((x) => (
            <button key={x} type="button" role="tab" aria-selected={tab === x} className={tab === x ? 'settlement-tab settlement-tab--current' : 'settlement-tab'} data-testid={`settlement-tab-${x}`} onClick={() => setTab(x)}>
              {t(`settlement.tabs.${x}`)}
            </button>
          ))}
          <ExportBar period={period} what={tab} disabled={!data} />
        </div>

        {tab === 'revenue' && data && <RevenueTable lines={data.lines} total={data.lineCount} />}
        {tab === 'payouts' && (
          <section className="settlement-payouts" data-testid="settlement-payouts">
            <div className="settlement-payouts__bar">
              <button type="button" className="button button--small button--primary" data-testid="settlement-payouts-fetch" onClick={fetchPayouts} disabled={payoutsFetching} aria-busy={payoutsFetching}>
                {payoutsFetching ? t('settlement.payouts.fetching') : t('settlement.payouts.fetch')}
              </button>
              {payoutData && payoutData.rows.length > 0 && (
                <span data-testid="settlement-payouts-summary">{t('settlement.payouts.summary', { done: formatWon(payoutData.totals.done), scheduled: formatWon(payoutData.totals.scheduled) })}</span>
              )}
            </div>
            <p className="hint">{t('settlement.payouts.note')}</p>
            <ErrorPanel error={payoutsError ?? payouts.error} testId="settlement-payouts-error" />
            {payoutData && <PayoutTable rows={payoutData.rows} />}
          </section>
        )}
      </div>
    </Screen>
  );
}
