// v6 (international) receipt objects: the fields and order of returns.json's example, plus
// what real v4 receipts carry besides (returnItems[].releaseStatus/cancelCompleteUser,
// returnShippingCharge, reasonPhotoUrls). v6 rules: money objects for enclosePrice and
// returnShippingCharge, ISO-8601 times with offset, phones E.164.
import { kstIso } from '../../clock';
import { num } from '../../json';
import { e164, money } from '../orders/views';
import { cancelCountSum, type Receipt } from './types';

/** The example masks the middle of the name: 구*숙. */
export function maskName(name: string): string {
  if (name.length <= 1) return name;
  if (name.length === 2) return `${name[0]}*`;
  return name[0] + '*'.repeat(name.length - 2) + name[name.length - 1];
}

/** The example masks the middle block ("0503-****-3560"); the same digits masked in E.164 form. */
export function maskedPhone(local: string): string {
  const parts = local.split('-');
  if (parts.length !== 3) return e164(local);
  return e164(`${parts[0]}-0000-${parts[2]}`).replace(/0000(\d{4})$/, '****$1');
}

export function receiptView(r: Receipt) {
  return {
    receiptId: num(r.receiptId),
    orderId: num(r.orderId),
    paymentId: num(r.paymentId),
    receiptType: r.receiptType,
    receiptStatus: r.receiptStatus,
    createdAt: kstIso(r.createdAt),
    modifiedAt: kstIso(r.modifiedAt),
    requesterName: maskName(r.requester.name),
    requesterPhoneNumber: maskedPhone(r.requester.phone),
    requesterRealPhoneNumber: null,
    requesterAddress: r.requester.address,
    requesterAddressDetail: r.requester.addressDetail,
    requesterZipCode: r.requester.zipCode,
    cancelReasonCategory1: r.reason.category1,
    cancelReasonCategory2: r.reason.category2,
    cancelReason: r.reason.detail,
    cancelCountSum: cancelCountSum(r),
    returnDeliveryId: num(r.returnDeliveryId),
    returnDeliveryType: r.returnDeliveryType,
    releaseStopStatus: r.releaseStopStatus,
    enclosePrice: money(r.enclosePrice),
    faultByType: r.faultByType,
    preRefund: r.preRefund,
    completeConfirmDate: r.completeConfirmDate === null ? '' : kstIso(r.completeConfirmDate),
    completeConfirmType: r.completeConfirmType,
    returnItems: r.items.map((i) => ({
      vendorItemPackageId: 0,
      vendorItemPackageName: i.vendorItemPackageName,
      vendorItemId: num(i.vendorItemId),
      vendorItemName: i.vendorItemName,
      purchaseCount: i.purchaseCount,
      cancelCount: i.cancelCount,
      shipmentBoxId: num(i.shipmentBoxId),
      sellerProductId: num(i.sellerProductId),
      sellerProductName: i.sellerProductName,
      releaseStatus: i.releaseStatus,
      cancelCompleteUser: i.cancelCompleteUser,
    })),
    returnDeliveryDtos: r.returnDeliveryDtos.map((d) => ({ deliveryCompanyCode: d.deliveryCompanyCode, deliveryInvoiceNo: d.deliveryInvoiceNo })),
    reasonCode: r.reason.code,
    reasonCodeText: r.reason.codeText,
    returnShippingCharge: money(r.returnShippingCharge),
    reasonPhotoUrls: null,
  };
}
