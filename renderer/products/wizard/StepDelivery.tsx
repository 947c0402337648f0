// Step 6: delivery and returns. Outbound and return places come from the account (created here
// when there are none, rules 128-141); the charge type decides which fees exist (rules 101-105),
// the return fee is held to 100-150% (106), and remote-area delivery needs a courier with fees on
// the outbound place (110, 111).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboundPlaceView, ReturnPlaceView } from '../../../shared/ipc/products';
import { DELIVERY_CHARGE_TYPES, DELIVERY_COMPANIES, DELIVERY_METHODS, NO_RETURN_CENTERCODE, RETURN_COURIERS } from '../../../shared/products/enums';
import type { ProductIssue } from '../../../shared/products/issues';
import { formatWon } from '../../../shared/money';
import { useBridgeApi } from '../../components/api-context';
import { ErrorPanel } from '../../components/ErrorPanel';
import { productsKeys } from '../api';
import { issuesAt, NumInput, PField } from '../ui';
import type { Wizard } from './useWizard';

const FEE_FIELDS = [
  'vendorCreditFee05kg',
  'vendorCreditFee10kg',
  'vendorCreditFee20kg',
  'vendorCashFee05kg',
  'vendorCashFee10kg',
  'vendorCashFee20kg',
  'consumerCashFee05kg',
  'consumerCashFee10kg',
  'consumerCashFee20kg',
  'returnFee05kg',
  'returnFee10kg',
  'returnFee20kg',
];

export function StepDelivery({ w }: { w: Wizard }) {
  const { t } = useTranslation();
  const dl = w.draft.data.delivery;
  const show = w.showErrors(6);
  const at = (f: string) => issuesAt(w.issues, f);
  const set = <K extends keyof typeof dl>(k: K, v: (typeof dl)[K]) => w.update((d) => void (d.delivery[k] = v));
  const places = w.places.data;
  const outbound = places?.outbound ?? [];
  const returns = places?.returns ?? [];
  const selectedOutbound = outbound.find((o) => o.code === dl.outboundShippingPlaceCode) ?? null;
  const type = dl.deliveryChargeType;

  const pickReturn = (r: ReturnPlaceView) =>
    w.update((d) => {
      Object.assign(d.delivery, {
        returnCenterCode: r.code,
        returnChargeName: r.name,
        companyContactNumber: r.companyContactNumber,
        returnZipCode: r.zipCode,
        returnAddress: r.address,
        returnAddressDetail: r.addressDetail,
      });
    });

  const setType = (next: string) =>
    w.update((d) => {
      const x = d.delivery;
      x.deliveryChargeType = next;
      // Rules 101-103: the fees a type does not use are 0.
      if (next === 'FREE') {
        x.deliveryCharge = 0;
        x.freeShipOverAmount = 0;
        if (!x.deliveryChargeOnReturn) x.deliveryChargeOnReturn = x.returnCharge || 2500;
      } else {
        x.deliveryChargeOnReturn = 0;
        if (next !== 'CONDITIONAL_FREE') x.freeShipOverAmount = 0;
        if (!x.deliveryCharge) x.deliveryCharge = 2500;
      }
    });

  // With places loaded and none chosen yet, take the first usable ones (the seller can change them).
  useEffect(() => {
    if (!places) return;
    if (!dl.outboundShippingPlaceCode) {
      const o = places.outbound.find((x) => x.usable && !x.global);
      if (o) w.update((d) => void (d.delivery.outboundShippingPlaceCode = o.code));
    }
    if (!dl.returnCenterCode) {
      const r = places.returns.find((x) => x.usable);
      if (r) pickReturn(r);
    }
  }, [places]);

  const initial = dl.deliveryChargeOnReturn ?? 0;
  const customerPays = type === 'FREE' ? initial + (dl.returnCharge ?? 0) : (dl.deliveryCharge ?? 0) + (dl.returnCharge ?? 0);

  return (
    <div className="pw-step" data-testid="step-delivery">
      <ErrorPanel error={w.places.error} testId="places-error" />
      {w.places.isPending && <p className="subtle">{t('common.loading')}</p>}

      <section className="pw-section">
        <h3 className="pw-h3">{t('products.delivery.outbound')}</h3>
        {places && outbound.length === 0 && <p className="subtle" data-testid="no-outbound">{t('products.delivery.noOutbound')}</p>}
        <ul className="pw-list">
          {outbound.map((o) => (
            <li key={o.code}>
              <label className="radio">
                <input type="radio" name="outbound" data-testid={`outbound-${o.code}`} checked={dl.outboundShippingPlaceCode === o.code} disabled={!o.usable} onChange={() => set('outboundShippingPlaceCode', o.code)} />
                <strong>{o.name}</strong> <code>{o.code}</code> {o.global && <span className="badge badge--info">{t('products.delivery.overseas')}</span>} <span className="subtle">{o.address}</span>
                {o.remoteInfos.length > 0 && (
                  <span className="subtle"> · {t('products.delivery.remoteFees')}: {o.remoteInfos.filter((r) => r.usable).map((r) => `${DELIVERY_COMPANIES[r.deliveryCode] ?? r.deliveryCode} 제주 ${formatWon(r.jeju)}/도서산간 ${formatWon(r.notJeju)}`).join(', ')}</span>
                )}
              </label>
            </li>
          ))}
        </ul>
        {show && <Issues list={at('outboundShippingPlaceCode')} />}
        <NewOutboundPlace w={w} autoOpen={!!places && outbound.length === 0} />
      </section>

      <section className="pw-section">
        <h3 className="pw-h3">{t('products.delivery.returnPlace')}</h3>
        {places && returns.length === 0 && <p className="subtle" data-testid="no-returns">{t('products.delivery.noReturns')}</p>}
        <ul className="pw-list">
          {returns.map((r) => (
            <li key={r.code}>
              <label className="radio">
                <input type="radio" name="return" data-testid={`return-${r.code}`} checked={dl.returnCenterCode === r.code} disabled={!r.usable} onChange={() => pickReturn(r)} />
                <strong>{r.name}</strong> <code>{r.code}</code> <span className="subtle">{RETURN_COURIERS[r.deliverCode ?? ''] ?? r.deliverCode} · {r.goodsflowStatus ?? ''} · {r.address} {r.addressDetail}</span>
              </label>
            </li>
          ))}
          <li>
            <label className="radio">
              <input type="radio" name="return" data-testid="return-none" checked={dl.returnCenterCode === NO_RETURN_CENTERCODE} onChange={() => set('returnCenterCode', NO_RETURN_CENTERCODE)} />
              {t('products.delivery.noReturnCenter')}
            </label>
          </li>
        </ul>
        {show && <Issues list={at('returnCenterCode')} />}
        {dl.returnCenterCode === NO_RETURN_CENTERCODE && (
          <div className="pw-grid2" data-testid="return-address-form">
            {(['returnChargeName', 'companyContactNumber', 'returnZipCode', 'returnAddress', 'returnAddressDetail'] as const).map((k) => (
              <PField key={k} id={`delivery-${k}`} label={t(`products.delivery.${k}`)} issues={at(k)} show={show}>
                <input id={`delivery-${k}`} data-testid={`delivery-${k}`} value={dl[k]} onChange={(e) => set(k, e.target.value)} />
              </PField>
            ))}
          </div>
        )}
        <NewReturnPlace w={w} autoOpen={!!places && returns.length === 0} />
      </section>

      <section className="pw-section pw-grid2">
        <PField id="delivery-method" label={t('products.delivery.method')} issues={at('deliveryMethod')} show={show}>
          <select id="delivery-method" data-testid="delivery-method" value={dl.deliveryMethod} onChange={(e) => set('deliveryMethod', e.target.value)}>
            {Object.entries(DELIVERY_METHODS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </PField>
        <PField id="delivery-company" label={t('products.delivery.company')} issues={at('deliveryCompanyCode')} show={show || dl.remoteAreaDeliverable === 'Y'}>
          <select id="delivery-company" data-testid="delivery-company" value={dl.deliveryCompanyCode} onChange={(e) => set('deliveryCompanyCode', e.target.value)}>
            {Object.entries(DELIVERY_COMPANIES).map(([k, v]) => (
              <option key={k} value={k}>
                {v} ({k})
              </option>
            ))}
          </select>
        </PField>
        {dl.deliveryMethod === 'MAKE_ORDER' && (
          <PField id="delivery-extraInfoMessage" label={t('products.delivery.extraInfoMessage')} issues={at('extraInfoMessage')} show>
            <input id="delivery-extraInfoMessage" data-testid="delivery-extraInfoMessage" value={dl.extraInfoMessage} onChange={(e) => set('extraInfoMessage', e.target.value)} />
          </PField>
        )}
      </section>

      <fieldset className="pw-fieldset">
        <legend>{t('products.delivery.chargeType')}</legend>
        {Object.entries(DELIVERY_CHARGE_TYPES).map(([k, v]) => (
          <label key={k} className="radio">
            <input type="radio" name="charge-type" data-testid={`charge-${k}`} checked={type === k} onChange={() => setType(k)} />
            {v}
          </label>
        ))}
        {show && <Issues list={at('deliveryChargeType')} />}
      </fieldset>
      <div className="pw-grid2">
        {(type === 'NOT_FREE' || type === 'CONDITIONAL_FREE') && (
          <PField id="delivery-deliveryCharge" label={t('products.delivery.deliveryCharge')} issues={at('deliveryCharge')} show={show}>
            <NumInput id="delivery-deliveryCharge" data-testid="delivery-deliveryCharge" min={0} step={100} value={dl.deliveryCharge} onChange={(v) => set('deliveryCharge', v)} />
          </PField>
        )}
        {type === 'CONDITIONAL_FREE' && (
          <PField id="delivery-freeShipOverAmount" label={t('products.delivery.freeShipOverAmount')} hint={t('products.delivery.freeShipOverAmountHint')} issues={at('freeShipOverAmount')} show={show}>
            <NumInput id="delivery-freeShipOverAmount" data-testid="delivery-freeShipOverAmount" min={0} step={100} value={dl.freeShipOverAmount} onChange={(v) => set('freeShipOverAmount', v)} />
          </PField>
        )}
        {type === 'FREE' && (
          <PField id="delivery-deliveryChargeOnReturn" label={t('products.delivery.deliveryChargeOnReturn')} hint={t('products.delivery.deliveryChargeOnReturnHint')} issues={at('deliveryChargeOnReturn')} show={show}>
            <NumInput id="delivery-deliveryChargeOnReturn" data-testid="delivery-deliveryChargeOnReturn" min={0} step={100} value={dl.deliveryChargeOnReturn} onChange={(v) => set('deliveryChargeOnReturn', v)} />
          </PField>
        )}
        <PField
          id="delivery-returnCharge"
          label={t('products.delivery.returnCharge')}
          hint={
            type === 'FREE' && initial > 0
              ? t('products.delivery.returnChargeRange', { min: formatWon(initial), max: formatWon(Math.floor(initial * 1.5)) })
              : t('products.delivery.returnChargeHint')
          }
          issues={at('returnCharge')}
          show={show || at('returnCharge').some((i) => i.ruleId === 'R106')}
        >
          <NumInput id="delivery-returnCharge" data-testid="delivery-returnCharge" min={0} step={100} value={dl.returnCharge} onChange={(v) => set('returnCharge', v)} />
        </PField>
      </div>
      <p className="field__hint" data-testid="return-cost-explained">
        {t(type === 'FREE' ? 'products.delivery.customerPaysFree' : 'products.delivery.customerPaysPaid', { amount: formatWon(customerPays) })}
      </p>

      <fieldset className="pw-fieldset">
        <legend>{t('products.delivery.options')}</legend>
        <label className="radio">
          <input type="checkbox" data-testid="delivery-remoteArea" checked={dl.remoteAreaDeliverable === 'Y'} onChange={(e) => set('remoteAreaDeliverable', e.target.checked ? 'Y' : 'N')} />
          {t('products.delivery.remoteArea')}
        </label>
        {dl.remoteAreaDeliverable === 'Y' && (
          <p className="field__hint" data-testid="remote-area-explained">
            {selectedOutbound && selectedOutbound.remoteInfos.length
              ? t('products.delivery.remoteAreaFees', { fees: selectedOutbound.remoteInfos.map((r) => `${DELIVERY_COMPANIES[r.deliveryCode] ?? r.deliveryCode}: 제주 ${formatWon(r.jeju)}, 제주 외 ${formatWon(r.notJeju)}`).join(' / ') })
              : t('products.delivery.remoteAreaNoFees')}
          </p>
        )}
        <label className="radio">
          <input type="checkbox" data-testid="delivery-union" checked={dl.unionDeliveryType === 'UNION_DELIVERY'} onChange={(e) => set('unionDeliveryType', e.target.checked ? 'UNION_DELIVERY' : 'NOT_UNION_DELIVERY')} />
          {t('products.delivery.union')}
        </label>
        {show && <Issues list={at('unionDeliveryType')} />}
      </fieldset>
    </div>
  );
}

function Issues({ list }: { list: ProductIssue[] }) {
  if (!list.length) return null;
  return (
    <ul className="pw-inline-issues">
      {list.map((i, n) => (
        <li key={n} className={i.severity === 'error' ? 'field__error' : 'field__hint pw-warning'}>
          {i.messageKo}
        </li>
      ))}
    </ul>
  );
}

function NewOutboundPlace({ w, autoOpen }: { w: Wizard; autoOpen: boolean }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [f, setF] = useState({ name: '', zip: '', address: '', detail: '', phone: '', courier: 'CJGLS', jeju: 5000, notJeju: 3000, remote: true, global: false });
  const create = useMutation({
    mutationFn: () =>
      api.productsCreateOutboundPlace({
        userId: w.draft.data.basic.vendorUserId || 'wingdesk',
        shippingPlaceName: f.name,
        global: f.global,
        usable: true,
        placeAddresses: [{ addressType: f.global ? 'OVERSEA' : 'JIBUN', countryCode: f.global ? 'US' : 'KR', companyContactNumber: f.phone, returnZipCode: f.zip, returnAddress: f.address, returnAddressDetail: f.detail }],
        remoteInfos: f.remote && !f.global ? [{ deliveryCode: f.courier, jeju: f.jeju, notJeju: f.notJeju }] : [],
      }),
    onSuccess: async (r) => {
      if (!r.ok) return;
      await qc.invalidateQueries({ queryKey: productsKeys.places });
      if (r.code) w.update((d) => void (d.delivery.outboundShippingPlaceCode = r.code!));
      setOpen(false);
    },
  });
  if (!open && !autoOpen) {
    return (
      <button type="button" className="button button--small" data-testid="outbound-new" onClick={() => setOpen(true)}>
        {t('products.delivery.newOutbound')}
      </button>
    );
  }
  const up = (k: keyof typeof f, v: string | number | boolean) => setF((x) => ({ ...x, [k]: v }));
  return (
    <form
      className="panel pw-place-form"
      data-testid="outbound-form"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <h4>{t('products.delivery.newOutbound')}</h4>
      <div className="pw-grid2">
        <PField id="ob-name" label={t('products.delivery.placeName')}>
          <input id="ob-name" data-testid="outbound-form-name" value={f.name} onChange={(e) => up('name', e.target.value)} />
        </PField>
        <PField id="ob-phone" label={t('products.delivery.phone')} hint="02-1234-5678">
          <input id="ob-phone" data-testid="outbound-form-phone" value={f.phone} onChange={(e) => up('phone', e.target.value)} />
        </PField>
        <PField id="ob-zip" label={t('products.delivery.zip')}>
          <input id="ob-zip" data-testid="outbound-form-zip" value={f.zip} onChange={(e) => up('zip', e.target.value)} />
        </PField>
        <PField id="ob-address" label={t('products.delivery.address')} hint={t('products.delivery.jibunHint')}>
          <input id="ob-address" data-testid="outbound-form-address" value={f.address} onChange={(e) => up('address', e.target.value)} />
        </PField>
        <PField id="ob-detail" label={t('products.delivery.addressDetail')}>
          <input id="ob-detail" data-testid="outbound-form-detail" value={f.detail} onChange={(e) => up('detail', e.target.value)} />
        </PField>
        <label className="radio">
          <input type="checkbox" checked={f.global} onChange={(e) => up('global', e.target.checked)} />
          {t('products.delivery.globalPlace')}
        </label>
        <label className="radio">
          <input type="checkbox" checked={f.remote} disabled={f.global} onChange={(e) => up('remote', e.target.checked)} />
          {t('products.delivery.addRemoteFees')}
        </label>
        {f.remote && !f.global && (
          <>
            <PField id="ob-courier" label={t('products.delivery.company')}>
              <select id="ob-courier" value={f.courier} onChange={(e) => up('courier', e.target.value)}>
                {Object.entries(DELIVERY_COMPANIES).map(([k, v]) => (
                  <option key={k} value={k}>
                    {v}
                  </option>
                ))}
              </select>
            </PField>
            <PField id="ob-jeju" label={t('products.delivery.jeju')}>
              <NumInput id="ob-jeju" value={f.jeju} onChange={(v) => up('jeju', v ?? 0)} />
            </PField>
            <PField id="ob-notjeju" label={t('products.delivery.notJeju')}>
              <NumInput id="ob-notjeju" value={f.notJeju} onChange={(v) => up('notJeju', v ?? 0)} />
            </PField>
          </>
        )}
      </div>
      {create.data && !create.data.ok && (
        <ul className="pw-inline-issues" data-testid="outbound-form-issues">
          <li className="field__error">{create.data.messageKo}</li>
          {create.data.issues.map((i, n) => (
            <li key={n} className="field__error">
              {i.messageKo}
            </li>
          ))}
        </ul>
      )}
      <ErrorPanel error={create.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" data-testid="outbound-form-save" disabled={create.isPending}>
          {t('products.delivery.createPlace')}
        </button>
        {!autoOpen && (
          <button type="button" className="button" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

function NewReturnPlace({ w, autoOpen }: { w: Wizard; autoOpen: boolean }) {
  const { t } = useTranslation();
  const api = useBridgeApi();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [f, setF] = useState({ name: '', courier: 'CJGLS', contract: '', customer: '', fee: 2500, zip: '', address: '', detail: '', phone: '' });
  const create = useMutation({
    mutationFn: () =>
      api.productsCreateReturnPlace({
        userId: w.draft.data.basic.vendorUserId || 'wingdesk',
        shippingPlaceName: f.name,
        deliverCode: f.courier,
        contractNumber: f.contract,
        contractCustomerNumber: f.customer,
        // Rule 140: unknown amounts → the smallest contracted amount in every field.
        fees: Object.fromEntries(FEE_FIELDS.map((k) => [k, f.fee])),
        placeAddresses: [{ addressType: 'JIBUN', companyContactNumber: f.phone, returnZipCode: f.zip, returnAddress: f.address, returnAddressDetail: f.detail }],
      }),
    onSuccess: async (r) => {
      if (!r.ok) return;
      await qc.invalidateQueries({ queryKey: productsKeys.places });
      const fresh = await qc.fetchQuery({ queryKey: productsKeys.places, queryFn: () => api.productsPlaces() });
      const place = fresh.returns.find((x) => x.code === r.code);
      if (place)
        w.update((d) =>
          Object.assign(d.delivery, { returnCenterCode: place.code, returnChargeName: place.name, companyContactNumber: place.companyContactNumber, returnZipCode: place.zipCode, returnAddress: place.address, returnAddressDetail: place.addressDetail }),
        );
      setOpen(false);
    },
  });
  if (!open && !autoOpen) {
    return (
      <button type="button" className="button button--small" data-testid="return-new" onClick={() => setOpen(true)}>
        {t('products.delivery.newReturn')}
      </button>
    );
  }
  const up = (k: keyof typeof f, v: string | number) => setF((x) => ({ ...x, [k]: v }));
  return (
    <form
      className="panel pw-place-form"
      data-testid="return-form"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <h4>{t('products.delivery.newReturn')}</h4>
      <div className="pw-grid2">
        <PField id="rp-name" label={t('products.delivery.placeName')}>
          <input id="rp-name" data-testid="return-form-name" value={f.name} onChange={(e) => up('name', e.target.value)} />
        </PField>
        <PField id="rp-courier" label={t('products.delivery.returnCourier')}>
          <select id="rp-courier" data-testid="return-form-courier" value={f.courier} onChange={(e) => up('courier', e.target.value)}>
            {Object.entries(RETURN_COURIERS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </PField>
        <PField id="rp-contract" label={t('products.delivery.contractNumber')}>
          <input id="rp-contract" data-testid="return-form-contract" value={f.contract} onChange={(e) => up('contract', e.target.value)} />
        </PField>
        {f.courier === 'EPOST' && (
          <PField id="rp-customer" label={t('products.delivery.contractCustomerNumber')}>
            <input id="rp-customer" data-testid="return-form-customer" value={f.customer} onChange={(e) => up('customer', e.target.value)} />
          </PField>
        )}
        <PField id="rp-fee" label={t('products.delivery.goodsflowFee')} hint={t('products.delivery.goodsflowFeeHint')}>
          <NumInput id="rp-fee" data-testid="return-form-fee" value={f.fee} onChange={(v) => up('fee', v ?? 0)} />
        </PField>
        <PField id="rp-phone" label={t('products.delivery.phone')} hint="02-1234-5678">
          <input id="rp-phone" data-testid="return-form-phone" value={f.phone} onChange={(e) => up('phone', e.target.value)} />
        </PField>
        <PField id="rp-zip" label={t('products.delivery.zip')}>
          <input id="rp-zip" data-testid="return-form-zip" value={f.zip} onChange={(e) => up('zip', e.target.value)} />
        </PField>
        <PField id="rp-address" label={t('products.delivery.address')} hint={t('products.delivery.jibunHint')}>
          <input id="rp-address" data-testid="return-form-address" value={f.address} onChange={(e) => up('address', e.target.value)} />
        </PField>
        <PField id="rp-detail" label={t('products.delivery.addressDetail')}>
          <input id="rp-detail" data-testid="return-form-detail" value={f.detail} onChange={(e) => up('detail', e.target.value)} />
        </PField>
      </div>
      {create.data && !create.data.ok && (
        <ul className="pw-inline-issues" data-testid="return-form-issues">
          <li className="field__error">{create.data.messageKo}</li>
          {create.data.issues.map((i, n) => (
            <li key={n} className="field__error">
              {i.messageKo}
            </li>
          ))}
        </ul>
      )}
      <ErrorPanel error={create.error} />
      <div className="button-row">
        <button type="submit" className="button button--primary" data-testid="return-form-save" disabled={create.isPending}>
          {t('products.delivery.createPlace')}
        </button>
        {!autoOpen && (
          <button type="button" className="button" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

export type { OutboundPlaceView };
