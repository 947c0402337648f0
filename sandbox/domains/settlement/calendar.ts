// KST calendar arithmetic for payout dates: business days skip weekends and Korean public
// holidays. The only documented payout example (settlement.json: recognitionDate 2019-02-12,
// settlementDate 2019-03-22) is exactly the 15th business day after the end of the recognition
// month once 2019-03-01 (삼일절) is skipped, which is the rule this file serves.
//
// Holidays: the fixed-date ones every year, plus the lunar and substitute holidays of 2024-2028
// as announced (설날, 부처님오신날, 추석, 대체공휴일, election days). Outside that range only the
// fixed dates are known; a payout date there may be a business day early. Sandbox data only.

const FIXED = ['01-01', '03-01', '05-05', '06-06', '08-15', '10-03', '10-09', '12-25'];

const MOVABLE = new Set([
  // 2024
  '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-04-10', '2024-05-06', '2024-05-15', '2024-09-16', '2024-09-17', '2024-09-18', '2024-10-01',
  // 2025
  '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-03-03', '2025-05-06', '2025-06-03', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08',
  // 2026
  '2026-02-16', '2026-02-17', '2026-02-18', '2026-03-02', '2026-05-24', '2026-05-25', '2026-06-03', '2026-08-17', '2026-09-24', '2026-09-25', '2026-09-26', '2026-10-05',
  // 2027
  '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-05-13', '2027-08-16', '2027-09-14', '2027-09-15', '2027-09-16', '2027-10-04', '2027-10-11', '2027-12-27',
  // 2028
  '2028-01-25', '2028-01-26', '2028-01-27', '2028-04-12', '2028-05-02', '2028-10-02', '2028-10-03', '2028-10-04', '2028-10-05',
]);

const DAY_MS = 86_400_000;

/** yyyy-MM-dd <-> a day number (days since 1970-01-01, calendar arithmetic only). */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateOf(dayNumber(date) + days);
}

export function isHoliday(date: string): boolean {
  return FIXED.includes(date.slice(5)) || MOVABLE.has(date);
}

export function isBusinessDay(date: string): boolean {
  const weekday = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isHoliday(date);
}

/** The n-th business day after `date` (not counting `date` itself). */
export function nthBusinessDayAfter(date: string, n: number): string {
  let day = dayNumber(date);
  let left = n;
  while (left > 0) {
    day++;
    if (isBusinessDay(dateOf(day))) left--;
  }
  return dateOf(day);
}

/** `date` itself when it is a business day, else the next one. */
export function businessDayOnOrAfter(date: string): string {
  let day = dayNumber(date);
  while (!isBusinessDay(dateOf(day))) day++;
  return dateOf(day);
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function firstOfMonth(month: string): string {
  return `${month}-01`;
}

export function lastOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return dateOf(Math.round(Date.UTC(y, m, 0) / DAY_MS));
}

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

/** Monday of the ISO week containing `date`. */
export function mondayOf(date: string): string {
  const day = dayNumber(date);
  const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return dateOf(day - weekday);
}
