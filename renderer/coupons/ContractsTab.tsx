// 계약·예산: every contract (free and contract based) with this and next month's budget as bars.
// contractId is what coupons need; vendorContractId (-1 on the free contract) is not (rule 6).
import { useTranslation } from 'react-i18next';
import { formatKstDateTime } from '../../shared/kst';
import { ErrorPanel } from '../components/ErrorPanel';
import { StatusBadge } from '../components/StatusBadge';
import { BudgetBar } from './parts';
import { useContracts } from './useCoupons';

export function ContractsTab() {
  const { t } = useTranslation();
  const q = useContracts();
  const data = q.data;
  return (
    <div className="coupons-tab" data-testid="coupons-contracts">
      <section className="panel" aria-labelledby="contracts-title">
        <div className="section-bar">
          <h2 className="panel__title" id="contracts-title">
            {t('coupons.contracts.title')}
          </h2>
          <button type="button" className="button button--small" data-testid="contracts-refresh" disabled={q.isFetching} onClick={() => void q.refetch()}>
            {q.isFetching ? t('common.loading') : t('coupons.common.refresh')}
          </button>
          {data && (
            <span className="subtle" data-testid="contracts-fetched">
              {t('coupons.contracts.fetchedAt', { at: formatKstDateTime(data.fetchedAt) })}
            </span>
          )}
        </div>
        <ErrorPanel error={q.error} testId="contracts-error" />
        {q.isPending && <p className="subtle">{t('common.loading')}</p>}
        {data && data.contracts.length === 0 && (
          <p className="empty" data-testid="contracts-empty">
            {t('coupons.contracts.empty')}
          </p>
        )}
        {data && data.contracts.length > 0 && (
          <div className="table-wrap">
            <table className="table" data-testid="contracts-table">
              <thead>
                <tr>
                  <th scope="col">contractId</th>
                  <th scope="col">{t('coupons.contracts.type')}</th>
                  <th scope="col">{t('coupons.contracts.period')}</th>
                  <th scope="col">{t('coupons.contracts.share')}</th>
                  <th scope="col">{t('coupons.contracts.budget', { month: data.thisMonth })}</th>
                  <th scope="col">{t('coupons.contracts.budget', { month: data.nextMonth })}</th>
                </tr>
              </thead>
              <tbody>
                {data.contracts.map((c) => (
                  <tr key={c.contractId} data-testid={`contract-row-${c.contractId}`}>
                    <td>
                      <span className="mono">{c.contractId}</span>
                      <div className="subtle" title={t('coupons.contracts.vendorContractIdHint')}>
                        vendorContractId {c.vendorContractId ?? '—'}
                      </div>
                    </td>
                    <td>
                      <StatusBadge tone={c.type === 'NON_CONTRACT_BASED' ? 'neutral' : 'info'} title={c.type ?? undefined}>
                        {c.type === 'CONTRACT_BASED' || c.type === 'NON_CONTRACT_BASED' ? t(`coupons.contractType.${c.type}`) : (c.type ?? '—')}
                      </StatusBadge>
                    </td>
                    <td className="mono cell--nowrap">
                      {c.start} ~ {c.end}
                    </td>
                    <td className="cell--nowrap">
                      {t('coupons.contracts.shareValue', { seller: c.sellerShareRatio ?? '—', coupang: c.coupangShareRatio ?? '—' })}
                    </td>
                    <td>
                      {c.budgetErrorKo ? (
                        <span className="text-danger" data-testid="budget-error">
                          {c.budgetErrorKo}
                        </span>
                      ) : (
                        <BudgetBar used={c.thisMonth?.usedBudgetAmount ?? null} total={c.thisMonth?.totalBudgetAmount ?? null} testId="budget-this-month" />
                      )}
                    </td>
                    <td>{!c.budgetErrorKo && <BudgetBar used={c.nextMonth?.usedBudgetAmount ?? null} total={c.nextMonth?.totalBudgetAmount ?? null} testId="budget-next-month" />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="hint">{t('coupons.contracts.hint')}</p>
      </section>
    </div>
  );
}
