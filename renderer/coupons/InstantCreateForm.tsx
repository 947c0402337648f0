// Creating an instant discount coupon (즉시할인쿠폰): the same shared rules the main process applies
// run here on every keystroke, so a seller sees "45자 이내 (쿠폰 규칙 15)" before pressing anything.
// Creation is asynchronous at Coupang: the result arrives in 요청 현황 as REQUESTED → DONE/FAIL.
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  errorsOf,
  formatCouponTime,
  INSTANT_DISCOUNT_TYPES,
  INSTANT_NAME_MAX,
  kstEndOfDay,
  nextKstMidnight,
  parseCouponTime,
  validateInstantCoupon,
  type CouponIssue,
  type InstantCouponDraft,
} from '../../shared/coupons';
import type { ContractWithBudgets, TrackedRequest } from '../../shared/ipc/coupons';
import { ErrorPanel } from '../components/ErrorPanel';
import { ItemPicker } from './ItemPicker';
import { FieldIssues, IssueList } from './parts';
import { useAssignments, useCouponWrite } from './useCoupons';

export interface InstantFormValues {
  contractId: string;
  name: string;
  type: string;
  discount: string;
  maxDiscountPrice: string;
  startAt: string;
  endAt: string;
  wowExclusive: boolean;
  vendorItemIds: string[];
}

export function emptyInstantForm(now: Date = new Date(), contracts: readonly ContractWithBudgets[] = []): InstantFormValues {
  const usable = contracts.find((c) => c.type === 'NON_CONTRACT_BASED') ?? contracts[0];
  return {
    contractId: usable?.contractId ?? '',
    name: '',
    type: 'RATE',
    discount: '',
    maxDiscountPrice: '',
    startAt: formatCouponTime(nextKstMidnight(now)),
    endAt: formatCouponTime(kstEndOfDay(now, 7)),
    wowExclusive: false,
    vendorItemIds: [],
  };
}

export function toInstantDraft(v: InstantFormValues): InstantCouponDraft {
  return { ...v };
}

type Field = 'contractId' | 'name' | 'type' | 'discount' | 'maxDiscountPrice' | 'startAt' | 'endAt' | 'wowExclusive' | 'vendorItemIds';

export function InstantCreateForm({ contracts, onCreated, now = () => new Date() }: { contracts: ContractWithBudgets[]; onCreated?: (r: TrackedRequest) => void; now?: () => Date }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<InstantFormValues>(() => emptyInstantForm(now(), contracts));
  const [touched, setTouched] = useState<Set<Field>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [created, setCreated] = useState<TrackedRequest | null>(null);
  const assignments = useAssignments('instant', values.vendorItemIds);
  const create = useCouponWrite((api, v: InstantFormValues) =>
    api.couponsInstantCreate({
      contractId: v.contractId,
      name: v.name,
      type: v.type,
      discount: v.discount,
      maxDiscountPrice: v.maxDiscountPrice,
      startAt: v.startAt,
      endAt: v.endAt,
      wowExclusive: v.wowExclusive,
      vendorItemIds: v.vendorItemIds,
    }),
  );

  const issues: CouponIssue[] = useMemo(
    () => validateInstantCoupon(toInstantDraft(values), { now: now(), contracts, assigned: assignments.data?.assigned ?? null }),
    [values, contracts, assignments.data, now],
  );
  // Errors of fields not touched yet stay quiet until the first submit; warnings always show.
  const visible = issues.filter((i) => submitted || i.severity === 'warning' || i.field === null || touched.has(i.field.split('.')[0] as Field));

  const set = <K extends keyof InstantFormValues>(key: K, value: InstantFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setTouched((s) => new Set(s).add(key as Field));
    setCreated(null);
  };
  const setPeriod = (startMs: number, endMs: number) => {
    setValues((v) => ({ ...v, startAt: formatCouponTime(startMs), endAt: formatCouponTime(endMs) }));
    setTouched((s) => new Set(s).add('startAt').add('endAt'));
  };
  const startMs = (() => {
    const p = parseCouponTime(values.startAt);
    return p.ok ? p.ms : nextKstMidnight(now()).getTime();
  })();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (create.isPending || errorsOf(issues).length) return;
    const out = await create.mutateAsync(values).catch(() => null);
    if (!out) return;
    setCreated(out.request);
    setSubmitted(false);
    setTouched(new Set());
    setValues(emptyInstantForm(now(), contracts));
    onCreated?.(out.request);
  };

  const nameLength = [...values.name.trim()].length;
  const field = (name: Field, label: string, control: ReactNode, hint?: ReactNode) => (
    <div className={visible.some((i) => i.field === name && i.severity === 'error') ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={`instant-${name}`}>
        {label}
      </label>
      <div className="field__control">
        {control}
        <FieldIssues issues={visible} field={name} />
        {hint && <p className="field__hint">{hint}</p>}
      </div>
    </div>
  );

  return (
    <section className="panel" aria-labelledby="instant-form-title">
      <h2 className="panel__title" id="instant-form-title">
        {t('coupons.create.title')}
      </h2>
      <form className="form" data-testid="instant-form" noValidate onSubmit={onSubmit}>
        {field(
          'contractId',
          t('coupons.create.contract'),
          <select id="instant-contractId" data-testid="instant-contract" value={values.contractId} onChange={(e) => set('contractId', e.target.value)}>
            <option value="">{t('coupons.create.chooseContract')}</option>
            {contracts.map((c) => (
              <option key={c.contractId} value={c.contractId}>
                {c.contractId} · {c.type ? t(`coupons.contractType.${c.type as 'CONTRACT_BASED'}`, { defaultValue: c.type }) : ''} · {c.start?.slice(0, 10)} ~ {c.end?.slice(0, 10)}
              </option>
            ))}
          </select>,
          t('coupons.create.contractHint'),
        )}
        {field(
          'name',
          t('coupons.create.name'),
          <input id="instant-name" type="text" data-testid="instant-name" value={values.name} onChange={(e) => set('name', e.target.value)} placeholder={t('coupons.create.namePlaceholder')} />,
          <span data-testid="instant-name-count" className={nameLength > INSTANT_NAME_MAX ? 'text-danger' : undefined}>
            {t('coupons.create.nameCount', { count: nameLength, max: INSTANT_NAME_MAX })}
          </span>,
        )}
        {field(
          'type',
          t('coupons.create.type'),
          <select id="instant-type" data-testid="instant-type" value={values.type} onChange={(e) => set('type', e.target.value)}>
            {INSTANT_DISCOUNT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`coupons.type.${type}`)} ({type})
              </option>
            ))}
          </select>,
          t(`coupons.create.typeHint.${values.type as 'RATE'}`, { defaultValue: '' }),
        )}
        {field(
          'discount',
          values.type === 'RATE' ? t('coupons.create.discountRate') : t('coupons.create.discountWon'),
          <input id="instant-discount" type="text" inputMode="decimal" className="input--num" data-testid="instant-discount" value={values.discount} onChange={(e) => set('discount', e.target.value)} />,
        )}
        {field(
          'maxDiscountPrice',
          t('coupons.create.maxDiscountPrice'),
          <input
            id="instant-maxDiscountPrice"
            type="text"
            inputMode="numeric"
            className="input--num"
            data-testid="instant-maxDiscountPrice"
            value={values.maxDiscountPrice}
            onChange={(e) => set('maxDiscountPrice', e.target.value)}
          />,
          t('coupons.create.maxDiscountHint'),
        )}
        {field(
          'startAt',
          t('coupons.create.startAt'),
          <input id="instant-startAt" type="text" className="mono input--time" data-testid="instant-startAt" value={values.startAt} onChange={(e) => set('startAt', e.target.value)} placeholder="yyyy-MM-dd HH:mm:ss" />,
          t('coupons.create.startHint'),
        )}
        {field(
          'endAt',
          t('coupons.create.endAt'),
          <>
            <input id="instant-endAt" type="text" className="mono input--time" data-testid="instant-endAt" value={values.endAt} onChange={(e) => set('endAt', e.target.value)} placeholder="yyyy-MM-dd HH:mm:ss" />
            <span className="button-row button-row--inline">
              {[7, 14, 30].map((days) => (
                <button key={days} type="button" className="button button--small" data-testid={`instant-period-${days}`} onClick={() => setPeriod(startMs, kstEndOfDay(new Date(startMs), days - 1).getTime())}>
                  {t('coupons.create.days', { count: days })}
                </button>
              ))}
            </span>
          </>,
        )}
        {field(
          'wowExclusive',
          t('coupons.create.wow'),
          <label className="radio">
            <input id="instant-wowExclusive" type="checkbox" data-testid="instant-wow" checked={values.wowExclusive} onChange={(e) => set('wowExclusive', e.target.checked)} />
            {t('coupons.create.wowLabel')}
          </label>,
        )}
        <div className="field">
          <span className="field__label">{t('coupons.create.items')}</span>
          <div className="field__control">
            <ItemPicker family="instant" selected={values.vendorItemIds} onChange={(ids) => set('vendorItemIds', ids)} assigned={assignments.data?.assigned} testId="instant-picker" />
            <FieldIssues issues={visible} field="vendorItemIds" />
            <p className="field__hint">{t('coupons.create.itemsHint')}</p>
          </div>
        </div>

        <IssueList issues={visible.filter((i) => i.field === null)} testId="instant-form-issues" />
        <ErrorPanel error={create.error} testId="instant-create-error" />
        {created && (
          <p className="form__saved" role="status" data-testid="instant-created">
            {t('coupons.create.accepted', { id: created.id, state: t(`coupons.state.${created.state}`) })}
          </p>
        )}
        <div className="form__actions">
          <button type="submit" className="button button--primary" data-testid="instant-submit" disabled={create.isPending}>
            {create.isPending ? t('coupons.create.submitting') : t('coupons.create.submit')}
          </button>
          {submitted && errorsOf(issues).length > 0 && (
            <span className="text-danger" data-testid="instant-blocked">
              {t('coupons.create.blocked', { count: errorsOf(issues).length })}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
