import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../components/format';
import { tabCount, TABS, type TabKey } from './model';

/** One tab per status with its count; the stop/cancel-request tab turns red while anything waits there. */
export function StatusTabs({ current, counts, onChange }: { current: TabKey; counts: Record<string, number> | undefined; onChange: (tab: TabKey) => void }) {
  const { t } = useTranslation();
  const label = (tab: TabKey) => (tab === 'ALL' ? t('orders.tabs.ALL') : tab === 'CLAIM' ? t('orders.tabs.CLAIM') : t(`orders.status.${tab}`));

  // Arrow keys move between tabs, as in any tab list.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const i = TABS.indexOf(current);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    onChange(next);
    document.getElementById(`orders-tab-${next}`)?.focus();
  };

  return (
    <div className="orders-tabs" role="tablist" aria-label={t('orders.tabs.label')} data-testid="orders-tabs" onKeyDown={onKeyDown}>
      {TABS.map((tab) => {
        const count = tabCount(counts, tab);
        const alert = tab === 'CLAIM' && (count ?? 0) > 0;
        return (
          <button
            key={tab}
            id={`orders-tab-${tab}`}
            type="button"
            role="tab"
            aria-selected={tab === current}
            tabIndex={tab === current ? 0 : -1}
            className={['orders-tab', tab === current && 'orders-tab--current', alert && 'orders-tab--alert'].filter(Boolean).join(' ')}
            data-testid={`orders-tab-${tab}`}
            data-alert={alert || undefined}
            title={tab === 'CLAIM' ? t('orders.tabs.claimHint') : undefined}
            onClick={() => onChange(tab)}
          >
            <span className="orders-tab__label">{label(tab)}</span>
            <span className="orders-tab__count" data-testid={`orders-tab-count-${tab}`}>
              {count === null ? '…' : formatCount(count)}
            </span>
          </button>
        );
      })}
    </div>
  );
}
