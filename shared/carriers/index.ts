// Couriers: turn whatever a courier program or a seller typed ("CJ", "대한통운", "롯데", "HANJIN")
// into Coupang's deliveryCompanyCode, and check invoice numbers against the courier's rules.
import { carrierRows } from './data';
import type { CarrierRow } from './types';

export type { CarrierRow, InvoiceDigitsRule } from './types';
export const carriers = carrierRows;

const byCode = new Map(carrierRows.map((c) => [c.code, c]));

// Common names sellers and courier exports use; checked before the table's own names so that a
// bare "대한통운" means CJ대한통운 (active) and not the merged KOREX entry.
const aliases: Record<string, string> = {
  cj: 'CJGLS', cj대한통운: 'CJGLS', 대한통운: 'CJGLS', cj택배: 'CJGLS', cjlogistics: 'CJGLS', cjgls: 'CJGLS', 씨제이: 'CJGLS', 씨제이대한통운: 'CJGLS',
  롯데: 'HYUNDAI', 롯데택배: 'HYUNDAI', 롯데글로벌로지스: 'HYUNDAI', 현대택배: 'HYUNDAI', lotte: 'HYUNDAI', lotteglobal: 'LOTTEGLOBAL', 롯데글로벌: 'LOTTEGLOBAL',
  한진: 'HANJIN', hanjin: 'HANJIN',
  로젠: 'KGB', logen: 'KGB', ilogen: 'KGB',
  우체국: 'EPOST', 우체국택배: 'EPOST', koreapost: 'EPOST', epost: 'EPOST', 우편: 'EPOST',
  경동: 'KDEXP', kyungdong: 'KDEXP', 일양: 'ILYANG', ilyang: 'ILYANG', 일양로지스: 'ILYANG',
  대신: 'DAESIN', 천일: 'CHUNIL', 합동: 'HDEXP', 건영: 'KUNYOUNG', cvs: 'CVS', 편의점택배: 'CVS',
  직송: 'DIRECT', 업체직송: 'DIRECT', 직접배송: 'DIRECT', direct: 'DIRECT',
};

/** Lower-case, no spaces or punctuation, without 택배 / (주) / 주식회사 decorations. */
export function normaliseCarrierName(input: string): string {
  return input
    .toLowerCase()
    .replace(/\(주\)|㈜|주식회사/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[\s\-_.·,()]/g, '')
    .replace(/택배$/, '');
}

const byName = new Map<string, CarrierRow>();
for (const c of carrierRows) {
  const n = normaliseCarrierName(c.nameKo);
  // Active entries win over merged/closed ones that share a name.
  if (!byName.has(n) || byName.get(n)!.status !== 'active') byName.set(n, c);
  byName.set(c.code.toLowerCase(), c);
}

export type CarrierLookup =
  | { ok: true; carrier: CarrierRow }
  | { ok: false; code: 'UNKNOWN_CARRIER' | 'CARRIER_CLOSED'; messageKo: string; carrier?: CarrierRow };

export function resolveCarrier(input: string): CarrierLookup {
  const raw = input.trim();
  if (!raw) return { ok: false, code: 'UNKNOWN_CARRIER', messageKo: '택배사가 비어 있습니다.' };
  const exact = byCode.get(raw.toUpperCase());
  const n = normaliseCarrierName(raw);
  const found = exact ?? (aliases[n] ? byCode.get(aliases[n]) : undefined) ?? byName.get(n) ?? byName.get(n.replace(/택배$/, ''));
  if (!found) return { ok: false, code: 'UNKNOWN_CARRIER', messageKo: `'${raw}'은(는) 쿠팡 택배사 코드표에 없는 택배사입니다. 택배사 이름(예: CJ대한통운) 또는 코드(예: CJGLS)를 입력하세요.` };
  if (found.status !== 'active') {
    const why = found.status === 'merged' ? '합병되어 더 이상 쓸 수 없습니다' : '폐업·합병으로 더 이상 쓸 수 없습니다';
    const hint = found.code === 'KOREX' ? ' CJ대한통운(CJGLS)으로 입력하세요.' : '';
    return { ok: false, code: 'CARRIER_CLOSED', messageKo: `${found.nameKo}(${found.code})은(는) ${why}.${hint}`, carrier: found };
  }
  return { ok: true, carrier: found };
}

export type InvoiceCheck =
  | { ok: true; invoiceNumber: string }
  | { ok: false; code: 'MISSING_VALUE' | 'SCIENTIFIC_NOTATION' | 'INVOICE_FORMAT' | 'INVOICE_LENGTH'; messageKo: string };

/** Normalises spaces and hyphens away, then checks the courier's documented character and length rules. */
export function checkInvoiceNumber(carrier: CarrierRow, input: string): InvoiceCheck {
  const raw = typeof input === 'string' ? input.trim() : String(input ?? '').trim();
  if (!raw) return { ok: false, code: 'MISSING_VALUE', messageKo: '송장번호가 비어 있습니다.' };
  const rule = carrier.digits;
  // Fast path (bulk files): plain digits need no normalising.
  if (DIGITS.test(raw) && !(rule && 'ems' in rule)) return digitsLength(carrier, raw);
  if (/^\d+(\.\d+)?e\+?\d+$/i.test(raw)) {
    return { ok: false, code: 'SCIENTIFIC_NOTATION', messageKo: `송장번호 '${raw}'는 엑셀이 지수 표기로 바꾼 값이라 뒷자리 숫자가 사라졌습니다. 엑셀에서 송장번호 열을 '텍스트' 형식으로 바꾼 뒤 원본 번호로 다시 저장하세요.` };
  }
  const value = raw.replace(/[\s-]/g, '');
  if (rule && 'ems' in rule) {
    if (!/^[A-Z]{2}\d{9}[A-Z]{2}$/i.test(value)) return { ok: false, code: 'INVOICE_FORMAT', messageKo: `${carrier.nameKo} 송장번호는 영문 2자 + 숫자 9자 + 국가코드 2자입니다 (예: EE123456789KR).` };
    return { ok: true, invoiceNumber: value.toUpperCase() };
  }
  if (!DIGITS.test(value)) return { ok: false, code: 'INVOICE_FORMAT', messageKo: `${carrier.nameKo} 송장번호는 숫자만 입력합니다: '${raw}'.` };
  return digitsLength(carrier, value);
}

const DIGITS = /^\d+$/;

/** The courier's documented digit counts (lengths or a range); `value` is digits only. */
function digitsLength(carrier: CarrierRow, value: string): InvoiceCheck {
  const rule = carrier.digits;
  if (rule && 'lengths' in rule && !rule.lengths.includes(value.length)) {
    return { ok: false, code: 'INVOICE_LENGTH', messageKo: `${carrier.nameKo} 송장번호는 ${rule.lengths.join('자리 또는 ')}자리입니다 (입력: ${value.length}자리).` };
  }
  if (rule && 'min' in rule && (value.length < rule.min || value.length > rule.max)) {
    return { ok: false, code: 'INVOICE_LENGTH', messageKo: `${carrier.nameKo} 송장번호는 ${rule.min}~${rule.max}자리입니다 (입력: ${value.length}자리).` };
  }
  return { ok: true, invoiceNumber: value };
}
