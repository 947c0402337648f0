// Order export (주문 내보내기): the grid's current filter, one row per item, Korean headers, as
// .xlsx (IDs as text cells) or .csv in UTF-8 with BOM (Excel opens it as Korean) or CP949 (older
// courier / ERP programs). Picking list (피킹 리스트): what to take off the shelf.
import { kstDateTime } from '../../../shared/kst';
import { orderStatusLabelKo } from '../../../shared/orders/status';
import type { OrderRecord, OrdersRepo } from '../../store/orders-repo';
import { encodeTable, type ExportColumn, type TableExportFormat } from '../table-export';
import type { Cell } from './xlsx';

export type ExportFormat = TableExportFormat;

export const EXPORT_COLUMNS: ExportColumn[] = [
  { header: '주문일시', width: 19, kind: 'text' },
  { header: '결제일시', width: 19, kind: 'text' },
  { header: '상태', width: 12, kind: 'text' },
  { header: '취소·출고중지 요청', width: 10, kind: 'text' },
  { header: '묶음배송번호', width: 21, kind: 'id' },
  { header: '주문번호', width: 16, kind: 'id' },
  { header: '수취인', width: 10, kind: 'text' },
  { header: '수취인 연락처', width: 16, kind: 'text' },
  { header: '우편번호', width: 8, kind: 'text' },
  { header: '주소', width: 40, kind: 'text' },
  { header: '상세주소', width: 24, kind: 'text' },
  { header: '배송메시지', width: 24, kind: 'text' },
  { header: '노출상품명', width: 40, kind: 'text' },
  { header: '등록상품명', width: 30, kind: 'text' },
  { header: '등록옵션명', width: 20, kind: 'text' },
  { header: '옵션ID', width: 14, kind: 'id' },
  { header: '판매자상품코드', width: 16, kind: 'text' },
  { header: '주문수량', width: 8, kind: 'number' },
  { header: '취소수량', width: 8, kind: 'number' },
  { header: '출고수량', width: 8, kind: 'number' },
  { header: '판매가', width: 10, kind: 'number' },
  { header: '결제금액', width: 10, kind: 'number' },
  { header: '택배사', width: 12, kind: 'text' },
  { header: '송장번호', width: 16, kind: 'id' },
];

function dt(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : kstDateTime(d);
}

export function exportRows(vendorId: string, orders: readonly OrderRecord[], repo: OrdersRepo): Cell[][] {
  const rows: Cell[][] = [];
  for (const o of orders) {
    const raw = (() => {
      try {
        return JSON.parse(repo.get(vendorId, o.shipmentBoxId)?.rawJson || '{}');
      } catch {
        return {};
      }
    })();
    const rc = raw.receiver ?? {};
    const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));
    const who = { receiver: { name: str(rc.name), safeNumber: str(rc.safeNumber), postCode: str(rc.postCode), addr1: str(rc.addr1), addr2: str(rc.addr2) } };
    const items = repo.items(vendorId, o.shipmentBoxId);
    for (const it of items.length ? items : [null]) {
      rows.push([
        dt(o.orderedAt),
        dt(o.paidAt),
        orderStatusLabelKo(o.status),
        o.goneReason ? '취소·반품됨' : o.claimPending ? '요청 있음' : '',
        o.shipmentBoxId,
        o.orderId,
        who.receiver.name || o.receiverName,
        who.receiver.safeNumber,
        who.receiver.postCode,
        who.receiver.addr1,
        who.receiver.addr2,
        raw.parcelPrintMessage ?? '',
        it?.vendorItemName ?? '',
        it?.sellerProductName ?? '',
        it?.sellerProductItemName ?? '',
        it?.vendorItemId && !it.vendorItemId.startsWith('line-') ? it.vendorItemId : '',
        it?.externalVendorSkuCode ?? '',
        it?.shippingCount ?? 0,
        it ? it.cancelCount + it.holdCountForCancel : 0,
        it?.quantityToShip ?? 0,
        it?.salesPrice ?? 0,
        it?.orderPrice ?? 0,
        o.deliveryCompanyName ?? o.deliveryCompanyCode ?? '',
        it?.invoiceNumber ?? o.invoiceNumber ?? '',
      ]);
    }
  }
  return rows;
}

export function encodeExport(format: ExportFormat, rows: Cell[][]): { data: Buffer; mimeType: string; extension: string } {
  return encodeTable('주문', EXPORT_COLUMNS, rows, format);
}

export interface PickingLine {
  vendorItemId: string;
  sellerProductName: string;
  itemName: string;
  externalVendorSkuCode: string | null;
  quantity: number;
  shipments: number;
}

/**
 * Units to take off the shelf per option: quantityToShip (shippingCount - cancelCount -
 * holdCountForCancel) summed over the shipments not yet shipped (결제완료/상품준비중), leaving out
 * every shipment with a pending stop-shipment or cancel request.
 */
export function pickingList(vendorId: string, orders: readonly OrderRecord[], repo: OrdersRepo): { lines: PickingLine[]; shipments: number } {
  const byItem = new Map<string, PickingLine & { boxes: Set<string> }>();
  let shipments = 0;
  for (const o of orders) {
    if (o.claimPending || o.goneReason || (o.status !== 'ACCEPT' && o.status !== 'INSTRUCT')) continue;
    const items = repo.items(vendorId, o.shipmentBoxId).filter((i) => i.quantityToShip > 0);
    if (!items.length) continue;
    shipments++;
    for (const it of items) {
      let line = byItem.get(it.vendorItemId);
      if (!line) {
        line = {
          vendorItemId: it.vendorItemId,
          sellerProductName: it.sellerProductName || it.vendorItemName,
          itemName: it.sellerProductItemName || it.vendorItemName,
          externalVendorSkuCode: it.externalVendorSkuCode,
          quantity: 0,
          shipments: 0,
          boxes: new Set(),
        };
        byItem.set(it.vendorItemId, line);
      }
      line.quantity += it.quantityToShip;
      line.boxes.add(o.shipmentBoxId);
    }
  }
  const lines = [...byItem.values()]
    .map(({ boxes, ...l }) => ({ ...l, shipments: boxes.size }))
    .sort((a, b) => a.sellerProductName.localeCompare(b.sellerProductName, 'ko') || a.itemName.localeCompare(b.itemName, 'ko') || a.vendorItemId.localeCompare(b.vendorItemId));
  return { lines, shipments };
}
