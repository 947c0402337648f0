// Settlement export (정산 내보내기): the revenue lines or the payout rows of the chosen period, Korean
// headers, through the shared table writer (.xlsx with IDs as text, CSV UTF-8 with BOM or CP949).
import type { PayoutRow, RevenueLine } from '../../../shared/ipc/settlement';
import { PAYOUT_STATUS_KO, SALE_TYPE_KO, SETTLEMENT_TYPE_KO } from '../../../shared/settlement/rules';
import type { Cell } from '../orders/xlsx';
import { encodeTable, type ExportColumn, type TableExportFormat } from '../table-export';

export type SettlementExportFormat = TableExportFormat;
type Column = ExportColumn;

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

export function encodeSettlementExport(what: 'revenue' | 'payouts', format: SettlementExportFormat, rows: Cell[][]): { data: Buffer; mimeType: string; extension: string } {
  return what === 'revenue' ? encodeTable('매출내역', REVENUE_COLUMNS, rows, format) : encodeTable('지급내역', PAYOUT_COLUMNS, rows, format);
}
