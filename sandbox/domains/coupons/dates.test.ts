import { describe, expect, it } from 'vitest';
import { formatCouponDate, monthOf, monthStart, parseCouponDate, parseMonth } from './dates';

describe('parseCouponDate', () => {
  it('reads yyyy-MM-dd HH:mm:ss as KST', () => {
    const parsed = parseCouponDate('2025-06-11 00:00:00');
    expect(parsed).toEqual({ ok: true, ms: Date.parse('2025-06-10T15:00:00Z') });
    expect(formatCouponDate(Date.parse('2025-06-10T15:00:00Z'))).toBe('2025-06-11 00:00:00');
  });

  it.each(['2025-06-11', '2025-06-11T00:00:00', '2025/06/11 00:00:00', '2025-6-11 00:00:00', ' 2025-06-11 00:00:00', 20250611, undefined])('refuses the pattern of %j', (text) => {
    expect(parseCouponDate(text)).toEqual({ ok: false, kind: 'pattern' });
  });

  it.each([
    ['2017-13-05 00:00:00', 'Cannot parse "2017-13-05 00:00:00": Value 13 for monthOfYear must be in the range [1,12]'],
    ['2017-08-32 00:00:00', 'Cannot parse "2017-08-32 00:00:00": Value 32 for dayOfMonth must be in the range [1,31]'],
    ['2025-02-29 00:00:00', 'Cannot parse "2025-02-29 00:00:00": Value 29 for dayOfMonth must be in the range [1,28]'],
    ['2025-06-11 24:00:00', 'Cannot parse "2025-06-11 24:00:00": Value 24 for hourOfDay must be in the range [0,23]'],
    ['2025-06-11 10:60:00', 'Cannot parse "2025-06-11 10:60:00": Value 60 for minuteOfHour must be in the range [0,59]'],
    ['2017-00-00 00:00:00', 'Cannot parse "2017-00-00 00:00:00": Value 0 for monthOfYear must be in the range [1,12]'],
  ])('gives Joda-Time\'s text for %s (rule 16)', (text, message) => {
    expect(parseCouponDate(text)).toEqual({ ok: false, kind: 'range', message });
  });

  it('knows leap years', () => {
    expect(parseCouponDate('2024-02-29 12:00:00').ok).toBe(true);
  });
});

describe('months', () => {
  it('uses the KST month', () => {
    expect(monthOf(Date.parse('2025-06-30T15:00:00Z'))).toBe('2025-07');
    expect(formatCouponDate(monthStart(Date.parse('2025-06-10T03:00:00Z'), 1))).toBe('2025-07-01 00:00:00');
    expect(formatCouponDate(monthStart(Date.parse('2025-01-10T03:00:00Z'), -2))).toBe('2024-11-01 00:00:00');
    expect(parseMonth('2025-13')).toBeUndefined();
    expect(parseMonth('2025-07')).toBe('2025-07');
  });
});
