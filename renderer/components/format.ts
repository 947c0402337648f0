// Display helpers every screen shares: counts, and KST times cut for dense cells (the formatting
// itself is shared/kst.ts; money is shared/money.ts).
import { formatKstDateTime } from '../../shared/kst';

const counter = new Intl.NumberFormat('ko-KR');

/** 12,345 — counts of orders and rows. */
export function formatCount(n: number): string {
  return counter.format(n);
}

/** `yyyy-MM-dd HH:mm` in KST for dense cells; the full second-precise value goes in the title. */
export function kstMinute(iso: string | null | undefined): string {
  if (!iso) return '';
  const full = formatKstDateTime(iso);
  return full ? full.slice(0, 16) : iso;
}

export function kstFull(iso: string | null | undefined): string {
  if (!iso) return '';
  return formatKstDateTime(iso) ?? iso;
}
