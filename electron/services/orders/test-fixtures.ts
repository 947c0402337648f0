// Order sheets shaped like the v5 list answers (endpoints/orders.json), for store and export
// tests that do not need the sandbox. Not used at run time.
import { kstIso } from '../../../shared/kst';

export interface SheetOptions {
  shipmentBoxId: string;
  orderId?: string;
  status?: string;
  orderedAt?: Date;
  receiverName?: string;
  safeNumber?: string;
  addr1?: string;
  items?: Array<{ vendorItemId: string; name?: string; count?: number; cancel?: number; hold?: number; price?: number; sku?: string }>;
  invoiceNumber?: string;
  deliveryCompanyName?: string;
}

const money = (units: number) => ({ currencyCode: 'KRW', units, nanos: 0 });

export function makeSheet(o: SheetOptions): Record<string, unknown> {
  const at = o.orderedAt ?? new Date(Date.UTC(2026, 0, 5, 1, 0, 0));
  const items = o.items ?? [{ vendorItemId: '80000000001', name: '무선 마우스, 블랙', count: 1, price: 19900 }];
  return {
    shipmentBoxId: o.shipmentBoxId,
    orderId: o.orderId ?? `1100${o.shipmentBoxId.slice(-9)}`,
    orderedAt: kstIso(at).replace('+09:00', '.000000+09:00'),
    paidAt: kstIso(new Date(at.getTime() + 5000)).replace('+09:00', '.000000+09:00'),
    orderer: { name: '홍*동', email: '', safeNumber: '+82-50-1234-0000', ordererNumber: null },
    status: o.status ?? 'ACCEPT',
    shippingPrice: money(3000),
    remotePrice: money(0),
    remoteArea: false,
    parcelPrintMessage: '문 앞에 놓아주세요',
    splitShipping: false,
    ableSplitShipping: items.length > 1,
    receiver: {
      name: o.receiverName ?? '홍길동',
      safeNumber: o.safeNumber ?? '+82-50-7123-5678',
      receiverNumber: null,
      addr1: o.addr1 ?? '서울특별시 송파구 송파대로 570',
      addr2: '101동 1001호',
      postCode: '05510',
    },
    orderItems: items.map((it) => ({
      vendorItemPackageId: 0,
      vendorItemPackageName: it.name ?? '상품',
      productId: '7000000001',
      vendorItemId: it.vendorItemId,
      vendorItemName: it.name ?? '상품',
      shippingCount: it.count ?? 1,
      salesPrice: money(it.price ?? 10000),
      orderPrice: money((it.price ?? 10000) * (it.count ?? 1)),
      discountPrice: money(0),
      externalVendorSkuCode: it.sku ?? `SKU-${it.vendorItemId}`,
      sellerProductId: '12345678',
      sellerProductName: (it.name ?? '상품').split(',')[0],
      sellerProductItemName: (it.name ?? '상품').split(',')[1]?.trim() ?? '기본',
      cancelCount: it.cancel ?? 0,
      holdCountForCancel: it.hold ?? 0,
      estimatedShippingDate: '2026-01-06',
      plannedShippingDate: '',
      invoiceNumberUploadDate: '',
      canceled: false,
    })),
    deliveryCompanyName: o.deliveryCompanyName ?? '',
    invoiceNumber: o.invoiceNumber ?? '',
    inTrasitDateTime: '',
    deliveredDate: '',
    refer: '안드로이드앱',
    shipmentType: 'THIRD_PARTY',
  };
}

export function makeReceipt(o: { receiptId: string; orderId: string; shipmentBoxId: string; vendorItemId: string; count: number; status?: string; type?: string }) {
  return {
    receiptId: o.receiptId,
    orderId: o.orderId,
    paymentId: '2200000000001',
    receiptType: o.type ?? 'RETURN',
    receiptStatus: o.status ?? 'RELEASE_STOP_UNCHECKED',
    createdAt: '2026-01-05T12:00:00',
    modifiedAt: '2026-01-05T12:00:00',
    requesterName: '홍*동',
    cancelReasonCategory1: '고객변심',
    cancelReasonCategory2: '단순변심(사유없음)',
    cancelReason: '',
    cancelCountSum: o.count,
    releaseStopStatus: '미처리',
    returnItems: [{ vendorItemId: o.vendorItemId, vendorItemName: '상품', purchaseCount: o.count, cancelCount: o.count, shipmentBoxId: o.shipmentBoxId, releaseStatus: 'N' }],
    reasonCode: 'CHANGEMIND',
    reasonCodeText: '필요 없어짐 (단순 변심)',
  };
}
