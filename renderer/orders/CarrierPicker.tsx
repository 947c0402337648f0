// A searchable courier picker: Korean names, codes and the everyday aliases sellers type
// ("CJ", "대한통운", "롯데") all find the courier; the five big ones come first.
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { carriers, normaliseCarrierName, resolveCarrier, type CarrierRow } from '../../shared/carriers';

/** CJ대한통운, 롯데택배, 한진택배, 로젠택배, 우체국: what most sellers ship with. */
export const FREQUENT_CARRIERS = ['CJGLS', 'HYUNDAI', 'HANJIN', 'KGB', 'EPOST'] as const;

const active = carriers.filter((c) => c.status === 'active');
const frequent = FREQUENT_CARRIERS.map((code) => active.find((c) => c.code === code)).filter((c): c is CarrierRow => Boolean(c));
const others = active.filter((c) => !(FREQUENT_CARRIERS as readonly string[]).includes(c.code)).sort((a, b) => a.nameKo.localeCompare(b.nameKo, 'ko'));
const ordered = [...frequent, ...others];
const byCode = new Map(carriers.map((c) => [c.code, c]));

export function carrierByCode(code: string | null | undefined): CarrierRow | undefined {
  return code ? byCode.get(code) : undefined;
}

/** The courier's Korean name for a code (the code itself when the table does not know it). */
export const carrierLabel = (code: string | null | undefined) => (code ? (byCode.get(code)?.nameKo ?? code) : '');

/** Carriers matching what was typed: an exact alias/code hit first, then name or code contains. */
export function searchCarriers(query: string): CarrierRow[] {
  const q = query.trim();
  if (!q) return ordered;
  const n = normaliseCarrierName(q);
  const hit = resolveCarrier(q);
  const out: CarrierRow[] = hit.ok ? [hit.carrier] : [];
  for (const c of ordered) {
    if (out.includes(c)) continue;
    if (normaliseCarrierName(c.nameKo).includes(n) || c.code.toLowerCase().includes(n)) out.push(c);
  }
  return out;
}

export interface CarrierPickerProps {
  value: string | null;
  onChange: (code: string | null) => void;
  label: string;
  testId: string;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
}

export function CarrierPicker({ value, onChange, label, testId, invalid, describedBy, disabled }: CarrierPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const selected = carrierByCode(value);
  const [text, setText] = useState<string | null>(null); // null: show the selected carrier's name
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const shown = text ?? selected?.nameKo ?? '';
  const options = useMemo(() => (open ? searchCarriers(text ?? '') : []), [open, text]);
  const showGroups = open && !(text ?? '').trim();

  const pick = (c: CarrierRow) => {
    onChange(c.code);
    setText(null);
    setProblem(null);
    setOpen(false);
  };

  /** Leaving the box with typed text takes the carrier it names, or says why it cannot. */
  const commit = () => {
    setOpen(false);
    if (text === null) return;
    if (!text.trim()) {
      onChange(null);
      setText(null);
      return;
    }
    const r = resolveCarrier(text);
    if (r.ok) pick(r.carrier);
    else setProblem(r.messageKo);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      const len = options.length || 1;
      setHighlight((h) => (h + (e.key === 'ArrowDown' ? 1 : len - 1)) % len);
      return;
    }
    if (e.key === 'Enter') {
      // Never submits the surrounding form: Enter picks (or opens the list).
      e.preventDefault();
      if (open && options[highlight]) pick(options[highlight]);
      else if (text !== null) commit();
      else setOpen(true);
      return;
    }
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
      setText(null);
    }
  };

  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  return (
    <div className="carrier-picker">
      <input
        type="text"
        role="combobox"
        className="carrier-picker__input"
        data-testid={testId}
        data-code={value ?? ''}
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[highlight] ? `${id}-opt-${options[highlight].code}` : undefined}
        aria-invalid={invalid || Boolean(problem) || undefined}
        aria-describedby={[describedBy, problem ? errorId : null].filter(Boolean).join(' ') || undefined}
        placeholder={t('orders.invoice.carrierPlaceholder')}
        value={shown}
        disabled={disabled}
        onFocus={(e) => e.currentTarget.select()}
        onClick={() => setOpen(true)}
        onChange={(e) => {
          setText(e.target.value);
          setProblem(null);
          setHighlight(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={commit}
        autoComplete="off"
      />
      {open && (
        <ul className="carrier-picker__list" id={listId} role="listbox" ref={listRef} aria-label={label} data-testid={`${testId}-options`}>
          {options.length === 0 && <li className="carrier-picker__empty">{t('orders.invoice.carrierNone')}</li>}
          {options.map((c, i) => (
            <li
              key={c.code}
              id={`${id}-opt-${c.code}`}
              role="option"
              aria-selected={i === highlight}
              className={['carrier-picker__option', i === highlight && 'carrier-picker__option--hl', showGroups && i === frequent.length && 'carrier-picker__option--sep'].filter(Boolean).join(' ')}
              data-code={c.code}
              // mousedown, not click: it must win over the input's blur
              onMouseDown={(e) => {
                e.preventDefault();
                pick(c);
              }}
              onMouseEnter={() => setHighlight(i)}
            >
              <span>{c.nameKo}</span> <code className="subtle">{c.code}</code>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="field__error" id={errorId} role="alert" data-testid={`${testId}-error`}>
          {problem}
        </p>
      )}
    </div>
  );
}
