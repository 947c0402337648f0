import { useTranslation } from 'react-i18next';
import type { PayoutRow, RevenueLine } from '../../shared/ipc/settlement';
import { formatWon } from '../../shared/money';
import { StatusBadge } from '../components/StatusBadge';

const won = (n: number) => formatWon(n);

export function RevenueTable({ lines, total }: { lines: RevenueLine[]; total: number }) {
  const { t } = useTranslation();
  if (total === 0) return <p className="empty" data-testid="settlement-revenue-empty">{t('settlement.revenue.empty')}</p>;
  return (
    <div className="table-wrap settlement-table" data-testid="settlement-revenue-table" data-count={lines.length}>
      <table className="table">
        <thead>
          <tr>
            <th>{t('settlement.revenue.recognitionDate')}</th>
            <th>{t('settlement.revenue.saleType')}</th>
            <th>{t('settlement.revenue.orderId')}</th>
            <th>{t('settlement.revenue.saleDate')}</th>
            <th>{t('settlement.revenue.settlementDate')}</th>
            <th>{t('settlement.revenue.product')}</th>
            <th className="num">{t('settlement.revenue.quantity')}</th>
            <th className="num">{t('settlement.revenue.saleAmount')}</th>
            <th className="num">{t('settlement.revenue.delivery')}</th>
            <th className="num">{t('settlement.revenue.fee')}</th>
            <th className="num">{t('settlement.revenue.settlementAmount')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={`${l.recognitionDate}-${l.orderId}-${l.saleType}-${i}`} data-testid="settlement-revenue-row" data-sale-type={l.saleType}>
              <td className="cell--nowrap">{l.recognitionDate}</td>
              <td>{l.saleType === 'REFUND' ? <StatusBadge tone="warn">{t('settlement.revenue.REFUND')}</StatusBadge> : t('settlement.revenue.SALE')}</td>
              <td className="mono">{l.orderId}</td>
              <td className="cell--nowrap">{l.saleDate ?? ''}</td>
              <td className="cell--nowrap">{l.settlementDate ?? ''}</td>
              <td className="cell--truncate" title={l.productSummary}>
                {l.productSummary}
              </td>
              <td className="num">{l.quantity}</td>
              <td className="num">{won(l.saleAmount)}</td>
              <td className="num">{won(l.deliveryAmount)}</td>
              <td className="num">{won(l.serviceFee + l.serviceFeeVat + l.deliveryFee + l.deliveryFeeVat)}</td>
              <td className="num">{won(l.settlementAmount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > lines.length && <p className="subtle">{t('settlement.revenue.truncated', { shown: lines.length, total })}</p>}
    </div>
  );
}

export function PayoutTable({ rows }: { rows: PayoutRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="empty" data-testid="settlement-payouts-empty">{t('settlement.payouts.empty')}</p>;
  const type = (s: string) => (s in { MONTHLY: 1, WEEKLY: 1, ADDITIONAL: 1, RESERVE: 1 } ? t(`settlement.payouts.types.${s as 'MONTHLY'}`) : s);
  return (
    <div className="table-wrap settlement-table" data-testid="settlement-payouts-table" data-count={rows.length}>
      <table className="table">
        <thead>
          <tr>
            <th>{t('settlement.payouts.month')}</th>
            <th>{t('settlement.payouts.type')}</th>
            <th>{t('settlement.payouts.range')}</th>
            <th>{t('settlement.payouts.date')}</th>
            <th className="num">{t('settlement.payouts.totalSale')}</th>
            <th className="num">{t('settlement.payouts.serviceFee')}</th>
            <th className="num">{t('settlement.payouts.target')}</th>
            <th className="num">{t('settlement.payouts.amount')}</th>
            <th className="num">{t('settlement.payouts.reserve')}</th>
            <th className="num">{t('settlement.payouts.deductions')}</th>
            <th className="num">{t('settlement.payouts.finalAmount')}</th>
            <th>{t('settlement.payouts.status')}</th>
            <th>{t('settlement.payouts.bank')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.yearMonth}-${i}`} data-testid="settlement-payout-row" data-type={r.settlementType} data-status={r.status}>
              <td>{r.yearMonth}</td>
              <td>{type(r.settlementType)}</td>
              <td className="cell--nowrap">
                {r.dateFrom ?? ''} ~ {r.dateTo ?? ''}
              </td>
              <td className="cell--nowrap">{r.settlementDate ?? ''}</td>
              <td className="num">{won(r.totalSale)}</td>
              <td className="num">{won(r.serviceFee)}</td>
              <td className="num">{won(r.settlementTargetAmount)}</td>
              <td className="num">{won(r.settlementAmount)}</td>
              <td className="num">{won(r.lastAmount)}</td>
              <td className="num">{won(r.deductions)}</td>
              <td className="num">
                <strong>{won(r.finalAmount)}</strong>
              </td>
              <td>
                <StatusBadge tone={r.status === 'DONE' ? 'ok' : 'info'}>{r.status === 'DONE' || r.status === 'SUBJECT' ? t(`settlement.payouts.statuses.${r.status}`) : r.status}</StatusBadge>
              </td>
              <td className="cell--nowrap subtle">{[r.bankName, r.bankAccount].filter(Boolean).join(' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
