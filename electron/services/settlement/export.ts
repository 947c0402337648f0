// Settlement export (정산 내보내기): the revenue lines or the payout rows of the chosen period, Korean
// headers, as .xlsx (the orders export's writer: IDs as text cells) or .csv in UTF-8 with BOM or
// CP949 (like the orders export). The orders CSV writer is bound to its own columns, so the CSV
// here is written with the same rules (RFC 4180 quoting, formula-injection guard on text cells).
import iconv from 'iconv-lite';
import type { PayoutRow, RevenueLine } from '../../../shared/ipc/settlement';
import { PAYOUT_STATUS_KO, SALE_TYPE_KO, SETTLEMENT_TYPE_KO } from '../../../shared/settlement/rules';
import { buildXlsx, type Cell } from '../orders/xlsx';

export type SettlementExportFormat = 'xlsx' | 'csv-utf8' | 'csv-cp949';
type Kind = 'text' | 'id' | 'number';
interface Column {
  header: string;
  width: number;
  kind: Kind;
}

export const REVENUE_COLUMNS: Column[] = [
  { header: '매출인식일', width: 12, kind: 'text' },
  { header: '구분', width: 6, kind: 'text' },
  { header: '주문번호', width: 16, kind: 'id' },
  { header: '결제일', width: 12, kind: 'text' },
  { header: '정산예정일', width: 12, kind: 'text' },
  { header: '최종액 지급일', width: 12, kind: 'text' },
  { header: '상품', width: 40, kind: 'text' },
  { header: '수량', width: 6, kind: 'number' },
  { header: '판매가', width: 10, kind: 'number' },
  { header: '쿠팡할인', width: 10, kind: 'number' },
  { header: '매출액', width: 10, kind: 'number' },
  { header: '판매자할인쿠폰', width: 10, kind: 'number' },
  { header: '판매수수료', width: 10, kind: 'number' },
  { header: '판매수수료 VAT', width: 10, kind: 'number' },
  { header: '배송비', width: 10, kind: 'number' },
  { header: '배송비 수수료', width: 10, kind: 'number' },
  { header: '배송비 수수료 VAT', width: 10, kind: 'number' },
  { header: '정산금액', width: 12, kind: 'number' },
];

export const PAYOUT_COLUMNS: Column[] = [
  { header: '매출인식월', width: 10, kind: 'text' },
  { header: '정산유형', width: 10, kind: 'text' },
  { header: '매출인식 시작일', width: 12, kind: 'text' },
  { header: '매출인식 종료일', width: 12, kind: 'text' },
  { header: '지급(예정)일', width: 12, kind: 'text' },
  { header: '총판매액', width: 12, kind: 'number' },
  { header: '판매수수료', width: 12, kind: 'number' },
  { header: '정산대상액', width: 12, kind: 'number' },
  { header: '지급액', width: 12, kind: 'number' },
  { header: '유보액(최종액)', width: 12, kind: 'number' },
  { header: '공제 등', width: 10, kind: 'number' },
  { header: '최종지급액', width: 12, kind: 'number' },
  { header: '상태', width: 10, kind: 'text' },
  { header: '은행', width: 10, kind: 'text' },
  { header: '계좌', width: 18, kind: 'text' },
];

export function revenueRows(lines: readonly RevenueLine[]): Cell[][] {
  return lines.map((l) => [
    l.recognitionDate,
    SALE_TYPE_KO[l.saleType] ?? l.saleType,
    l.orderId,
    l.saleDate ?? '',
    l.settlementDate ?? '',
    l.finalSettlementDate ?? '',
    l.productSummary,
    l.quantity,
    l.salePrice,
    l.coupangDiscount,
    l.saleAmount,
    l.sellerDiscountCoupon,
    l.serviceFee,
    l.serviceFeeVat,
    l.deliveryAmount,
    l.deliveryFee,
    l.deliveryFeeVat,
    l.settlementAmount,
  ]);
}

export function payoutRows(rows: readonly PayoutRow[]): Cell[][] {
  return rows.map((r) => [
    r.yearMonth,
    SETTLEMENT_TYPE_KO[r.settlementType] ?? r.settlementType,
    r.dateFrom ?? '',
    r.dateTo ?? '',
    r.settlementDate ?? '',
    r.totalSale,
    r.serviceFee,
    r.settlementTargetAmount,
    r.settlementAmount,
    r.lastAmount,
    r.deductions,
    r.finalAmount,
    PAYOUT_STATUS_KO[r.status] ?? r.status,
    r.bankName ?? '',
    r.bankAccount ?? '',
  ]);
}

/** A text cell starting like a formula is prefixed with ' (OWASP CSV injection); negative numbers stay numbers. */
function csvCell(v: Cell, kind: Kind): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (kind === 'text' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: Column[], rows: Cell[][]): string {
  const lines = [columns.map((c) => csvCell(c.header, 'text')).join(',')];
  for (const r of rows) lines.push(r.map((v, i) => csvCell(v, columns[i]?.kind ?? 'text')).join(','));
  return lines.join('\r\n') + '\r\n';
}

export function encodeSettlementExport(what: 'revenue' | 'payouts', format: SettlementExportFormat, rows: Cell[][]): { data: Buffer; mimeType: string; extension: string } {
  const columns = what === 'revenue' ? REVENUE_COLUMNS : PAYOUT_COLUMNS;
  if (format === 'xlsx') {
    return {
      data: buildXlsx(what === 'revenue' ? '매출내역' : '지급내역', columns.map((c) => c.header), rows, columns.map((c) => c.width)),
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      extension: 'xlsx',
    };
  }
  const csv = toCsv(columns, rows);
  if (format === 'csv-cp949') return { data: iconv.encode(csv, 'cp949'), mimeType: 'text/csv; charset=cp949', extension: 'csv' };
  return { data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]), mimeType: 'text/csv; charset=utf-8', extension: 'csv' };
}
