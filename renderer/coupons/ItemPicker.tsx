// Choosing options (vendorItemIds) for a coupon: search what wingdesk knows (options from the local
// orders store and from coupons made here) or paste IDs straight from Excel or WING. Hundreds of
// options are normal, so the selection is a compact list with a count, not a wall of checkboxes.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseVendorItemIds } from '../../shared/coupons';
import type { CouponFamily } from '../../shared/ipc/coupons';
import { ErrorPanel } from '../components/ErrorPanel';
import { StatusBadge } from '../components/StatusBadge';
import { useItemCandidates } from './useCoupons';

export interface ItemPickerProps {
  family: CouponFamily;
  selected: string[];
  onChange: (ids: string[]) => void;
  /** vendorItemId → couponId already holding it (rules 22 / 37), to mark chips. */
  assigned?: Record<string, string>;
  /** The coupon being edited: its own options are not a conflict. */
  couponId?: string | null;
  testId: string;
}

const SHOWN_CHIPS = 300;

export function ItemPicker({ family, selected, onChange, assigned = {}, couponId = null, testId }: ItemPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [paste, setPaste] = useState('');
  const [pasteNote, setPasteNote] = useState<string | null>(null);
  const candidates = useItemCandidates(search.trim());
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const searchId = useId();
  const pasteId = useId();

  const add = (ids: string[]) => {
    const next = [...selected];
    for (const id of ids) if (!selectedSet.has(id)) next.push(id);
    onChange(next);
  };
  const remove = (id: string) => onChange(selected.filter((x) => x !== id));
  const toggle = (id: string) => (selectedSet.has(id) ? remove(id) : add([id]));

  const onPaste = () => {
    const parsed = parseVendorItemIds(paste);
    const fresh = parsed.ids.filter((id) => !selectedSet.has(id));
    add(parsed.ids);
    setPaste('');
    setPasteNote(
      [
        t('coupons.picker.pasted', { count: fresh.length }),
        parsed.duplicates.length || parsed.ids.length - fresh.length ? t('coupons.picker.pastedDuplicates', { count: parsed.duplicates.length + parsed.ids.length - fresh.length }) : null,
        parsed.invalid.length ? t('coupons.picker.pastedInvalid', { count: parsed.invalid.length, sample: parsed.invalid.slice(0, 3).join(', ') }) : null,
      ]
        .filter(Boolean)
        .join(' · '),
    );
  };

  const items = candidates.data?.items ?? [];
  const otherCoupon = (c: { instantCouponId: string | null; downloadCouponId: string | null }) => {
    const other = family === 'instant' ? c.instantCouponId : c.downloadCouponId;
    return other && other !== couponId ? other : null;
  };

  return (
    <div className="picker" data-testid={testId}>
      <div className="picker__columns">
        <div className="picker__pane">
          <label className="picker__label" htmlFor={searchId}>
            {t('coupons.picker.search')}
          </label>
          <input
            id={searchId}
            type="text"
            data-testid={`${testId}-search`}
            placeholder={t('coupons.picker.searchPlaceholder')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
          {candidates.data && !candidates.data.ordersAvailable && <p className="field__hint">{t('coupons.picker.noOrders')}</p>}
          <ErrorPanel error={candidates.error} testId={`${testId}-error`} />
          <div className="picker__results">
            {items.length === 0 ? (
              <p className="empty" data-testid={`${testId}-empty`}>
                {candidates.isPending ? t('common.loading') : t('coupons.picker.noResults')}
              </p>
            ) : (
              <table className="table table--compact">
                <thead>
                  <tr>
                    <th scope="col">
                      <button type="button" className="button button--small" data-testid={`${testId}-add-all`} onClick={() => add(items.map((i) => i.vendorItemId))}>
                        {t('coupons.picker.addAll', { count: items.length })}
                      </button>
                    </th>
                    <th scope="col">{t('coupons.common.vendorItemId')}</th>
                    <th scope="col">{t('coupons.picker.name')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((c) => {
                    const other = otherCoupon(c);
                    return (
                      <tr key={c.vendorItemId} data-testid={`${testId}-candidate`}>
                        <td>
                          <input type="checkbox" aria-label={c.vendorItemId} checked={selectedSet.has(c.vendorItemId)} onChange={() => toggle(c.vendorItemId)} />
                        </td>
                        <td className="mono">{c.vendorItemId}</td>
                        <td className="cell--truncate cell--wide" title={c.name}>
                          {c.name || <span className="subtle">{t(`coupons.picker.source.${c.source}`)}</span>}{' '}
                          {other && <StatusBadge tone="warn">{t('coupons.picker.inCoupon', { couponId: other })}</StatusBadge>}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </div>
        </div>
        <div className="picker__pane">
          <label className="picker__label" htmlFor={pasteId}>
            {t('coupons.picker.paste')}
          </label>
          <textarea id={pasteId} rows={4} className="mono" data-testid={`${testId}-paste`} placeholder={t('coupons.picker.pastePlaceholder')} value={paste} onChange={(e) => setPaste(e.target.value)} />
          <div className="button-row">
            <button type="button" className="button button--small" data-testid={`${testId}-paste-add`} disabled={!paste.trim()} onClick={onPaste}>
              {t('coupons.picker.pasteAdd')}
            </button>
            {pasteNote && (
              <span className="subtle" role="status" data-testid={`${testId}-paste-note`}>
                {pasteNote}
              </span>
            )}
          </div>
        </div>
      </div>
      <div className="picker__selected" data-testid={`${testId}-selected`} data-count={selected.length}>
        <span className="picker__count">{t('coupons.picker.selected', { count: selected.length })}</span>
        {selected.length > 0 && (
          <button type="button" className="button button--small" data-testid={`${testId}-clear`} onClick={() => onChange([])}>
            {t('coupons.picker.clear')}
          </button>
        )}
        <ul className="chips">
          {selected.slice(0, SHOWN_CHIPS).map((id) => {
            const other = assigned[id] && assigned[id] !== couponId ? assigned[id] : null;
            return (
              <li key={id} className={other ? 'chip chip--warn' : 'chip'} title={other ? t('coupons.picker.inCoupon', { couponId: other }) : undefined}>
                <span className="mono">{id}</span>
                <button type="button" className="chip__remove" aria-label={t('coupons.picker.remove', { id })} onClick={() => remove(id)}>
                  ×
                </button>
              </li>
            );
          })}
          {selected.length > SHOWN_CHIPS && <li className="subtle">{t('coupons.picker.more', { count: selected.length - SHOWN_CHIPS })}</li>}
        </ul>
      </div>
    </div>
  );
}
