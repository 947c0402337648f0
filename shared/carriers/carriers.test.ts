import { describe, expect, it } from 'vitest';
import { carriers, checkInvoiceNumber, resolveCarrier } from '.';

const code = (s: string) => {
  const r = resolveCarrier(s);
  return r.ok ? r.carrier.code : r.code;
};

describe('carriers', () => {
  it('has the whole table', () => {
    expect(carriers.length).toBe(199);
  });
  it('maps codes, Korean names and aliases to Coupang codes', () => {
    expect(code('CJGLS')).toBe('CJGLS');
    expect(code('CJ대한통운')).toBe('CJGLS');
    expect(code('대한통운')).toBe('CJGLS');
    expect(code('cj')).toBe('CJGLS');
    expect(code('롯데택배')).toBe('HYUNDAI');
    expect(code('롯데')).toBe('HYUNDAI');
    expect(code('한진')).toBe('HANJIN');
    expect(code('한진택배')).toBe('HANJIN');
    expect(code('로젠')).toBe('KGB');
    expect(code('우체국')).toBe('EPOST');
    expect(code('경동')).toBe('KDEXP');
    expect(code(' (주)한진 택배 ')).toBe('HANJIN');
    expect(code('없는택배사')).toBe('UNKNOWN_CARRIER');
  });
  it('refuses merged and closed couriers with the reason', () => {
    const korex = resolveCarrier('KOREX');
    expect(korex).toMatchObject({ ok: false, code: 'CARRIER_CLOSED' });
    if (!korex.ok) expect(korex.messageKo).toContain('CJ대한통운');
    expect(resolveCarrier('INNOGIS')).toMatchObject({ ok: false, code: 'CARRIER_CLOSED' });
  });
  it('normalises invoice numbers and checks length and characters', () => {
    const cj = (resolveCarrier('CJGLS') as any).carrier;
    expect(checkInvoiceNumber(cj, '6804-0545-0931')).toEqual({ ok: true, invoiceNumber: '680405450931' });
    expect(checkInvoiceNumber(cj, '68040545093')).toMatchObject({ ok: false, code: 'INVOICE_LENGTH' });
    expect(checkInvoiceNumber(cj, '6804O5450931')).toMatchObject({ ok: false, code: 'INVOICE_FORMAT' });
    expect(checkInvoiceNumber(cj, '6.80405E+11')).toMatchObject({ ok: false, code: 'SCIENTIFIC_NOTATION' });
    const kd = (resolveCarrier('경동') as any).carrier;
    expect(checkInvoiceNumber(kd, '1234567').ok).toBe(false);
    expect(checkInvoiceNumber(kd, '12345678').ok).toBe(true);
    const direct = (resolveCarrier('DIRECT') as any).carrier;
    expect(checkInvoiceNumber(direct, '202012250930').ok).toBe(true);
  });
});
