import { describe, expect, it } from 'vitest';
import { addKstDays, keyExpiry, kstDate, kstDateTime, kstIso } from './kst';
import { formatWon, isTenWonStep, toWon } from './money';

describe('KST dates', () => {
  it('uses the KST day, not the UTC day, near midnight', () => {
    // 2025-02-28 23:30 UTC is 2025-03-01 08:30 KST
    const d = new Date(Date.UTC(2025, 1, 28, 23, 30, 0));
    expect(kstDate(d)).toBe('2025-03-01');
    expect(kstDateTime(d)).toBe('2025-03-01 08:30:00');
    expect(kstIso(d)).toBe('2025-03-01T08:30:00+09:00');
  });
  it('computes key expiry 180 days after issue and warns from 14 days before', () => {
    expect(addKstDays('2026-01-01', 180)).toBe('2026-06-30');
    expect(keyExpiry('2026-01-01', '2026-06-15')).toMatchObject({ expiresAt: '2026-06-30', daysLeft: 15, warn: false });
    expect(keyExpiry('2026-01-01', '2026-06-16')).toMatchObject({ daysLeft: 14, warn: true, expired: false });
    expect(keyExpiry('2026-01-01', '2026-07-01')).toMatchObject({ daysLeft: -1, expired: true });
  });
});

describe('money', () => {
  it('reads v4 numbers and v5 money objects alike', () => {
    expect(toWon(12300)).toBe(12300);
    expect(toWon({ currencyCode: 'KRW', units: 12300, nanos: 0 })).toBe(12300);
    expect(formatWon({ currencyCode: 'KRW', units: '1234567' })).toBe('1,234,567원');
    expect(isTenWonStep(12345)).toBe(false);
    expect(isTenWonStep(12340)).toBe(true);
  });
});

describe('KST formatting for screens', () => {
  it('formats instants in the Korean calendar day whatever the machine zone', async () => {
    const { formatKstDateTime, keyExpiryOrNull } = await import('./kst');
    expect(formatKstDateTime('2025-03-01T15:30:00Z')).toBe('2025-03-02 00:30:00');
    expect(formatKstDateTime('not a date')).toBeNull();
    expect(keyExpiryOrNull('2025-0')).toBeNull();
    expect(keyExpiryOrNull('2025-01-01', '2025-01-01')).toMatchObject({ expiresAt: '2025-06-30', daysLeft: 180 });
  });
});
