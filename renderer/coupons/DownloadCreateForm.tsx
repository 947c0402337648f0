// Creating a download coupon (다운로드쿠폰): up to 3 policies of one discount type (rule 33), amounts
// in 10-won steps (34, 35), a start at least an hour away (38). Creation answers at once with the
// couponId; the options are then attached 100 per call (41), one call after the other, because a
// failed call destroys the coupon (42).
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DOWNLOAD_MAX_POLICIES,
  errorsOf,
  formatCouponTime,
  kstEndOfDay,
  nextWholeHourAfter,
  validateDownloadCoupon,
  type DownloadCouponDraft,
  type DownloadPolicyDraft,
} from '../../shared/coupons';
import type { ContractWithBudgets, DownloadCoupon } from '../../shared/ipc/coupons';
import { ErrorPanel } from '../components/ErrorPanel';
import { ItemPicker } from './ItemPicker';
import { FieldIssues, IssueList } from './parts';
import { useAssignments, useCouponWrite } from './useCoupons';

export interface DownloadFormValues {
  contractId: string;
  title: string;
  userId: string;
  startDate: string;
  endDate: string;
  typeOfDiscount: 'RATE' | 'PRICE';
  policies: Array<Omit<DownloadPolicyDraft, 'typeOfDiscount'>>;
  vendorItemIds: string[];
}

const emptyPolicy = () => ({ title: '', description: '', minimumPrice: '', discount: '', maximumDiscountPrice: '', maximumPerDaily: '1' });

export function emptyDownloadForm(now: Date, contracts: readonly ContractWithBudgets[], userId: string | null): DownloadFormValues {
  const usable = contracts.find((c) => c.type === 'NON_CONTRACT_BASED') ?? contracts[0];
  return {
    contractId: usable?.contractId ?? '',
    title: '',
    userId: userId ?? '',
    startDate: formatCouponTime(nextWholeHourAfter(now)),
    endDate: formatCouponTime(kstEndOfDay(now, 14)),
    typeOfDiscount: 'PRICE',
    policies: [emptyPolicy()],
    vendorItemIds: [],
  };
}

export function toDownloadDraft(v: DownloadFormValues): DownloadCouponDraft {
  return {
    contractId: v.contractId,
    title: v.title,
    userId: v.userId,
    startDate: v.startDate,
    endDate: v.endDate,
    // For PRICE the maximum is ignored by Coupang (shown as -1, rule 34): send the discount itself.
    policies: v.policies.map((p) => ({ ...p, typeOfDiscount: v.typeOfDiscount, maximumDiscountPrice: v.typeOfDiscount === 'PRICE' ? p.discount : p.maximumDiscountPrice })),
    vendorItemIds: v.vendorItemIds,
  };
}

export function DownloadCreateForm({ contracts, lastUserId, onCreated, now = () => new Date() }: { contracts: ContractWithBudgets[]; lastUserId: string | null; onCreated?: (c: DownloadCoupon | null) => void; now?: () => Date }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<DownloadFormValues>(() => emptyDownloadForm(now(), contracts, lastUserId));
  const [submitted, setSubmitted] = useState(false);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [created, setCreated] = useState<{ couponId: string | null; requestId: number } | null>(null);
  const assignments = useAssignments('download', values.vendorItemIds);
  const create = useCouponWrite((api, v: DownloadFormValues) => api.couponsDownloadCreate(toDownloadDraft(v) as Parameters<typeof api.couponsDownloadCreate>[0]));

  const issues = useMemo(
    () => validateDownloadCoupon(toDownloadDraft(values), { now: now(), contracts, assigned: assignments.data?.assigned ?? null }),
    [values, contracts, assignments.data, now],
  );
  const visible = issues.filter((i) => submitted || i.severity === 'warning' || i.field === null || i.field === 'policies' || touched.has(i.field));
  const touch = (f: string) => setTouched((s) => new Set(s).add(f));
  const set = <K extends keyof DownloadFormValues>(key: K, value: DownloadFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    touch(key);
    setCreated(null);
  };
  const setPolicy = (n: number, key: keyof DownloadFormValues['policies'][number], value: string) => {
    setValues((v) => ({ ...v, policies: v.policies.map((p, i) => (i === n ? { ...p, [key]: value } : p)) }));
    touch(`policies.${n}.${key}`);
    setCreated(null);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (create.isPending || errorsOf(issues).length) return;
    const out = await create.mutateAsync(values).catch(() => null);
    if (!out) return;
    setCreated({ couponId: out.request.couponId, requestId: out.request.id });
    setSubmitted(false);
    setTouched(new Set());
    setValues(emptyDownloadForm(now(), contracts, values.userId));
    onCreated?.(out.coupon);
  };

  const field = (name: string, label: string, control: ReactNode, hint?: ReactNode) => (
    <div className={visible.some((i) => i.field === name && i.severity === 'error') ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={`download-${name}`}>
        {label}
      </label>
      <div className="field__control">
        {control}
        <FieldIssues issues={visible} field={name} />
        {hint && <p className="field__hint">{hint}</p>}
      </div>
    </div>
  );
  const num = (n: number, key: 'minimumPrice' | 'discount' | 'maximumDiscountPrice' | 'maximumPerDaily') => (
    <td className={visible.some((i) => i.field === `policies.${n}.${key}` && i.severity === 'error') ? 'cell--invalid' : undefined}>
      <input
        type="text"
        inputMode="numeric"
        className="input--num"
        aria-label={`${t(`coupons.download.policy.${key}`)} ${n + 1}`}
        data-testid={`download-policy-${n}-${key}`}
        value={values.policies[n][key] as string}
        onChange={(e) => setPolicy(n, key, e.target.value)}
      />
    </td>
  );

  return (
    <section className="panel" aria-labelledby="download-form-title">
      <h2 className="panel__title" id="download-form-title">
        {t('coupons.download.createTitle')}
      </h2>
      <form className="form" data-testid="download-form" noValidate onSubmit={onSubmit}>
        {field(
          'contractId',
          t('coupons.create.contract'),
          <select id="download-contractId" data-testid="download-contract" value={values.contractId} onChange={(e) => set('contractId', e.target.value)}>
            <option value="">{t('coupons.create.chooseContract')}</option>
            {contracts.map((c) => (
              <option key={c.contractId} value={c.contractId}>
                {c.contractId} · {c.type === 'CONTRACT_BASED' || c.type === 'NON_CONTRACT_BASED' ? t(`coupons.contractType.${c.type}`) : c.type} · {c.start?.slice(0, 10)} ~ {c.end?.slice(0, 10)}
              </option>
            ))}
          </select>,
        )}
        {field('title', t('coupons.download.couponTitle'), <input id="download-title" type="text" data-testid="download-title" value={values.title} onChange={(e) => set('title', e.target.value)} />, t('coupons.download.titleHint'))}
        {field('userId', t('coupons.download.userId'), <input id="download-userId" type="text" data-testid="download-userId" value={values.userId} onChange={(e) => set('userId', e.target.value)} autoComplete="off" />, t('coupons.download.userIdHint'))}
        {field('startDate', t('coupons.create.startAt'), <input id="download-startDate" type="text" className="mono input--time" data-testid="download-startDate" value={values.startDate} onChange={(e) => set('startDate', e.target.value)} />, t('coupons.download.startHint'))}
        {field('endDate', t('coupons.create.endAt'), <input id="download-endDate" type="text" className="mono input--time" data-testid="download-endDate" value={values.endDate} onChange={(e) => set('endDate', e.target.value)} />)}
        {field(
          'typeOfDiscount',
          t('coupons.create.type'),
          <select id="download-typeOfDiscount" data-testid="download-type" value={values.typeOfDiscount} onChange={(e) => set('typeOfDiscount', e.target.value as 'RATE' | 'PRICE')}>
            <option value="PRICE">{t('coupons.type.PRICE')} (PRICE)</option>
            <option value="RATE">{t('coupons.type.RATE')} (RATE)</option>
          </select>,
          t('coupons.download.typeHint'),
        )}
        <div className="field">
          <span className="field__label">{t('coupons.download.policies', { count: values.policies.length, max: DOWNLOAD_MAX_POLICIES })}</span>
          <div className="field__control">
            <table className="table table--compact table--form" data-testid="download-policies">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('coupons.download.policy.title')}</th>
                  <th scope="col">{t('coupons.download.policy.minimumPrice')}</th>
                  <th scope="col">{values.typeOfDiscount === 'RATE' ? t('coupons.download.policy.discountRate') : t('coupons.download.policy.discount')}</th>
                  {values.typeOfDiscount === 'RATE' && <th scope="col">{t('coupons.download.policy.maximumDiscountPrice')}</th>}
                  <th scope="col">{t('coupons.download.policy.maximumPerDaily')}</th>
                  <th scope="col">{t('coupons.download.policy.description')}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {values.policies.map((p, n) => (
                  <tr key={n} data-testid={`download-policy-${n}`}>
                    <td className="mono">{n + 1}</td>
                    <td>
                      <input type="text" aria-label={`${t('coupons.download.policy.title')} ${n + 1}`} data-testid={`download-policy-${n}-title`} value={p.title} onChange={(e) => setPolicy(n, 'title', e.target.value)} />
                    </td>
                    {num(n, 'minimumPrice')}
                    {num(n, 'discount')}
                    {values.typeOfDiscount === 'RATE' && num(n, 'maximumDiscountPrice')}
                    {num(n, 'maximumPerDaily')}
                    <td>
                      <input type="text" aria-label={`${t('coupons.download.policy.description')} ${n + 1}`} data-testid={`download-policy-${n}-description`} value={p.description} onChange={(e) => setPolicy(n, 'description', e.target.value)} />
                    </td>
                    <td>
                      {values.policies.length > 1 && (
                        <button type="button" className="button button--small" data-testid={`download-policy-${n}-remove`} onClick={() => set('policies', values.policies.filter((_, i) => i !== n))}>
                          {t('coupons.download.removePolicy')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {values.policies.map((_, n) => (
              <div key={n}>
                {(['title', 'minimumPrice', 'discount', 'maximumDiscountPrice', 'maximumPerDaily'] as const).map((k) => (
                  <FieldIssues key={k} issues={visible} field={`policies.${n}.${k}`} />
                ))}
              </div>
            ))}
            <FieldIssues issues={visible} field="policies" />
            <button type="button" className="button button--small" data-testid="download-add-policy" disabled={values.policies.length >= DOWNLOAD_MAX_POLICIES} onClick={() => set('policies', [...values.policies, emptyPolicy()])}>
              {t('coupons.download.addPolicy')}
            </button>
          </div>
        </div>
        <div className="field">
          <span className="field__label">{t('coupons.create.items')}</span>
          <div className="field__control">
            <ItemPicker family="download" selected={values.vendorItemIds} onChange={(ids) => set('vendorItemIds', ids)} assigned={assignments.data?.assigned} testId="download-picker" />
            <FieldIssues issues={visible} field="vendorItemIds" />
            <p className="field__hint">{t('coupons.download.itemsHint')}</p>
          </div>
        </div>
        <IssueList issues={visible.filter((i) => i.field === null)} testId="download-form-issues" />
        <ErrorPanel error={create.error} testId="download-create-error" />
        {created && (
          <p className="form__saved" role="status" data-testid="download-created">
            {t('coupons.download.created', { couponId: created.couponId ?? '—', id: created.requestId })}
          </p>
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" data-testid="download-submit" disabled={create.isPending}>
            {create.isPending ? t('coupons.create.submitting') : t('coupons.download.submit')}
          </button>
          {submitted && errorsOf(issues).length > 0 && (
            <span className="text-danger" data-testid="download-blocked">
              {t('coupons.create.blocked', { count: errorsOf(issues).length })}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
