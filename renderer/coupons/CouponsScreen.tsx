// 쿠폰: contracts and budgets, instant discount coupons, download coupons and the request tracker.
// Coupon writes are asynchronous at Coupang; the 요청 현황 tab shows each one live until DONE/FAIL.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouponFamily } from '../../shared/ipc/coupons';
import { Screen } from '../components/Screen';
import { ContractsTab } from './ContractsTab';
import { DownloadTab } from './DownloadTab';
import { InstantTab } from './InstantTab';
import { RequestsTab } from './RequestsTab';
import { useRequests } from './useCoupons';
import './coupons.css';

export const couponTabs = ['contracts', 'instant', 'download', 'requests'] as const;
export type CouponTab = (typeof couponTabs)[number];

export function CouponsScreen({ initialTab = 'instant' }: { initialTab?: CouponTab }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<CouponTab>(initialTab);
  const [openInstant, setOpenInstant] = useState<string | null>(null);
  const [openDownload, setOpenDownload] = useState<string | null>(null);
  const active = useRequests('active');
  const pending = active.data?.pending ?? 0;

  const showRequests = () => setTab('requests');
  const openCoupon = (family: CouponFamily, couponId: string) => {
    if (family === 'instant') {
      setOpenInstant(couponId);
      setTab('instant');
    } else {
      setOpenDownload(couponId);
      setTab('download');
    }
  };

  return (
    <Screen route="coupons">
      <div className="tabs" role="tablist" aria-label={t('coupons.tabs.label')}>
        {couponTabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`coupons-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`coupons-panel-${name}`}
            className={tab === name ? 'tabs__tab tabs__tab--current' : 'tabs__tab'}
            data-testid={`coupons-tab-${name}`}
            onClick={() => setTab(name)}
          >
            {t(`coupons.tabs.${name}`)}
            {name === 'requests' && pending > 0 && (
              <span className="tabs__count" data-testid="coupons-pending-count">
                {pending}
              </span>
            )}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`coupons-panel-${tab}`} aria-labelledby={`coupons-tab-${tab}`}>
        {tab === 'contracts' && <ContractsTab />}
        {tab === 'instant' && <InstantTab onShowRequests={showRequests} openId={openInstant} onOpen={setOpenInstant} />}
        {tab === 'download' && <DownloadTab onShowRequests={showRequests} openId={openDownload} onOpen={setOpenDownload} />}
        {tab === 'requests' && <RequestsTab onOpenCoupon={openCoupon} />}
      </div>
    </Screen>
  );
}
