import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderFilter } from '../../shared/ipc/orders';
import { addKstDays, kstDate } from '../../shared/kst';
import { ErrorPanel } from '../components/ErrorPanel';
import { useFilterMutations, useSavedFilters } from './api';
import { sameFilter } from './model';

const SEARCH_DEBOUNCE_MS = 250;

export interface FilterBarProps {
  filter: OrderFilter;
  onChange: (next: OrderFilter) => void;
}

/** Search, KST date range with presets, and saved filters (save current, pick, delete). */
export function FilterBar({ filter, onChange }: FilterBarProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(filter.search ?? '');

  const latest = useRef(filter);
  latest.current = filter;

  // A picked saved filter (or a cleared one) updates the box; our own trimmed echo does not.
  useEffect(() => {
    setSearch((typed) => ((filter.search ?? '') === typed.trim() ? typed : (filter.search ?? '')));
  }, [filter.search]);
  // Typing settles before the list is asked again.
  useEffect(() => {
    if ((latest.current.search ?? '') === search.trim()) return;
    // Enter may already have applied this text; a late timer must not re-apply it (that would
    // clear the seller's selection for nothing).
    const timer = setTimeout(() => {
      if ((latest.current.search ?? '') !== search.trim()) onChange({ ...latest.current, search: search.trim() || undefined });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, onChange]);

  const today = kstDate();
  const preset = (days: number | null) => {
    if (days === null) onChange({ ...filter, from: undefined, to: undefined });
    else onChange({ ...filter, from: addKstDays(today, -(days - 1)), to: today });
  };
  const rangeInvalid = Boolean(filter.from && filter.to && filter.from > filter.to);

  return (
    <div className="orders-filters" data-testid="orders-filters">
      <label className="orders-filters__search">
        <span className="visually-hidden">{t('orders.filter.search')}</span>
        <input
          type="search"
          data-testid="orders-search"
          value={search}
          placeholder={t('orders.filter.searchPlaceholder')}
          aria-label={t('orders.filter.search')}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onChange({ ...filter, search: search.trim() || undefined });
            if (e.key === 'Escape' && search) {
              e.stopPropagation();
              setSearch('');
            }
          }}
          maxLength={100}
        />
      </label>
      <fieldset className="orders-filters__dates">
        <legend className="visually-hidden">{t('orders.filter.dateRange')}</legend>
        <span className="subtle" aria-hidden="true">
          {t('orders.filter.dateRange')}
        </span>
        <input
          type="date"
          data-testid="orders-from"
          aria-label={t('orders.filter.from')}
          value={filter.from ?? ''}
          max={filter.to || undefined}
          onChange={(e) => onChange({ ...filter, from: e.target.value || undefined })}
          aria-invalid={rangeInvalid || undefined}
        />
        <span aria-hidden="true">~</span>
        <input
          type="date"
          data-testid="orders-to"
          aria-label={t('orders.filter.to')}
          value={filter.to ?? ''}
          min={filter.from || undefined}
          onChange={(e) => onChange({ ...filter, to: e.target.value || undefined })}
          aria-invalid={rangeInvalid || undefined}
        />
        <span className="button-group">
          <button type="button" className="button button--small" data-testid="orders-preset-today" onClick={() => preset(1)}>
            {t('orders.filter.today')}
          </button>
          <button type="button" className="button button--small" data-testid="orders-preset-7" onClick={() => preset(7)}>
            {t('orders.filter.last7')}
          </button>
          <button type="button" className="button button--small" data-testid="orders-preset-30" onClick={() => preset(30)}>
            {t('orders.filter.last30')}
          </button>
          <button type="button" className="button button--small" data-testid="orders-preset-all" onClick={() => preset(null)}>
            {t('orders.filter.allDates')}
          </button>
        </span>
        {rangeInvalid && (
          <span className="field__error" role="alert" data-testid="orders-range-error">
            {t('orders.filter.rangeInvalid')}
          </span>
        )}
      </fieldset>
      <SavedFilters filter={filter} onPick={onChange} />
    </div>
  );
}

function SavedFilters({ filter, onPick }: { filter: OrderFilter; onPick: (f: OrderFilter) => void }) {
  const { t } = useTranslation();
  const saved = useSavedFilters();
  const { save, remove, pending, error } = useFilterMutations();
  const [name, setName] = useState('');
  const [savedName, setSavedName] = useState<string | null>(null);
  const list = saved.data ?? [];
  const currentId = list.find((f) => sameFilter(f.filter, filter))?.id ?? '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || pending) return;
    const done = await save(trimmed, filter);
    if (done) {
      setSavedName(trimmed);
      setName('');
    }
  };

  return (
    <div className="orders-saved" data-testid="orders-saved-filters">
      <select
        data-testid="orders-saved-filter-select"
        aria-label={t('orders.filter.saved')}
        value={currentId}
        onChange={(e) => {
          const picked = list.find((f) => f.id === e.target.value);
          if (picked) onPick(picked.filter);
        }}
      >
        <option value="">{t('orders.filter.savedNone')}</option>
        {list.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--small"
        data-testid="orders-saved-filter-delete"
        disabled={!currentId || pending}
        title={t('orders.filter.deleteSavedTitle')}
        onClick={() => currentId && void remove(currentId)}
      >
        {t('orders.filter.deleteSaved')}
      </button>
      <form className="orders-saved__form" onSubmit={submit}>
        <input
          type="text"
          data-testid="orders-save-filter-name"
          aria-label={t('orders.filter.saveName')}
          placeholder={t('orders.filter.saveNamePlaceholder')}
          value={name}
          maxLength={40}
          onChange={(e) => {
            setName(e.target.value);
            setSavedName(null);
          }}
        />
        <button type="submit" className="button button--small" data-testid="orders-save-filter" disabled={!name.trim() || pending}>
          {pending ? t('orders.filter.saving') : t('orders.filter.save')}
        </button>
      </form>
      {savedName && (
        <span className="orders-saved__ok" role="status" data-testid="orders-save-filter-ok">
          {t('orders.filter.savedOk', { name: savedName })}
        </span>
      )}
      <ErrorPanel error={error ?? saved.error} testId="orders-saved-filter-error" />
    </div>
  );
}
