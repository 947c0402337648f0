// v4 exchange objects: the fields and order of exchanges.json's example (times local KST without
// offset, money as plain numbers, IDs as JSON numbers). The documented tree also lists
// collectInformationsDto and *Label fields; the example carries none of them and their values are
// not documented, so they are left out.
import { kstLocal } from '../../clock';
import { num } from '../../json';
import { maskName } from '../returns/views';
import { exchangeFlags, shipmentStatus } from './lifecycle';
import type { Exchange } from './types';

const time = (ms: number | null) => (ms === null ? null : kstLocal(ms));

export function exchangeView(e: Exchange, now: number) {
  const flags = exchangeFlags(e, now);
  const collected = e.collectCompleteDate !== null;
  const s = e.shipment;
  return {
    exchangeId: num(e.exchangeId),
    orderId: num(e.orderId),
    vendorId: e.vendorId,
    orderDeliveryStatusCode: e.orderDeliveryStatusCode,
    exchangeStatus: e.exchangeStatus,
    referType: e.referType,
    faultType: e.reason.faultType,
    // rules-orders.md 85: normally 0 (customer-fault fees are paid separately).
    exchangeAmount: 0,
    reason: null,
    reasonCode: e.reason.code,
    reasonCodeText: e.reason.codeText,
    reasonEtcDetail: e.reason.detail,
    cancelReason: e.cancelReason,
    createdByType: e.createdByType,
    createdAt: kstLocal(e.createdAt),
    modifiedByType: e.modifiedByType,
    modifiedAt: kstLocal(e.modifiedAt),
    exchangeItemDtoV1s: e.items.map((i) => ({
      exchangeItemId: num(i.exchangeItemId),
      orderItemId: num(i.vendorItemId),
      orderItemUnitPrice: i.unitPrice,
      orderItemName: i.vendorItemName,
      orderPackageId: null,
      orderPackageName: null,
      // Same item only (rules-orders.md 84).
      targetItemId: num(i.vendorItemId),
      targetItemUnitPrice: i.unitPrice,
      targetItemName: i.vendorItemName,
      targetPackageId: -1,
      targetPackageName: '',
      quantity: i.quantity,
      orderItemDeliveryComplete: true,
      orderItemReturnComplete: collected,
      targetItemDeliveryComplete: e.deliveryStatus === 'CompleteDelivery',
      createdAt: kstLocal(e.createdAt),
      modifiedAt: kstLocal(e.modifiedAt),
      originalShipmentBoxId: num(i.originalShipmentBoxId),
    })),
    exchangeAddressDtoV1: {
      exchangeAddressId: num(e.address.exchangeAddressId),
      // The example masks the pickup name and phones, not the recipient's name.
      returnCustomerName: maskName(e.address.name),
      returnAddressZipCode: e.address.zipCode,
      returnAddress: e.address.address,
      returnAddressDetail: e.address.addressDetail,
      returnPhone: null,
      returnMobile: e.address.returnSafeNumber,
      returnMemo: null,
      deliveryCustomerName: e.address.name,
      deliveryAddressZipCode: e.address.zipCode,
      deliveryAddress: e.address.address,
      deliveryAddressDetail: e.address.addressDetail,
      deliveryPhone: null,
      // rules-orders.md 79: the re-delivery safe number exists once the pickup completed.
      deliveryMobile: collected ? e.address.deliverySafeNumber : null,
      deliveryMemo: e.address.memo,
      createdAt: kstLocal(e.createdAt),
      modifiedAt: kstLocal(e.modifiedAt),
      exchangeId: num(e.exchangeId),
    },
    deliveryInvoiceGroupDtos: s
      ? [
          {
            shipmentBoxId: num(s.shipmentBoxId),
            boxPrice: 0,
            orderId: num(e.orderId),
            orderType: null,
            customerType: null,
            bundleType: null,
            extraMessage: null,
            shippingDeliveryType: 'EXCHANGE_DELIVERY',
            deliveryInvoiceDtos: [
              {
                invoiceNumber: s.invoiceNumber,
                estimatedDeliveryDate: null,
                deliveredDate: time(s.deliveredAt),
                statusModifiedAt: kstLocal(e.modifiedAt),
                invoiceNumberUploadDate: time(s.invoiceUploadedAt),
                statusCode: shipmentStatus(e, now),
                deliverCode: s.deliveryCompanyCode,
                isMainShipmentInvoice: true,
                parcelType: null,
                invoiceVendorItemDtos: e.items.map((i) => ({ vendorItemId: num(i.vendorItemId), quantity: i.quantity, hasAdditionalItem: false, promiseDeliveryDate: null, estimatedShippingDate: null })),
              },
            ],
          },
        ]
      : [],
    deliveryStatus: e.deliveryStatus,
    collectStatus: e.collectStatus,
    collectCompleteDate: time(e.collectCompleteDate),
    returnDeliveryDtos: e.returnDeliveries.map((d) => ({ deliveryCompanyCode: d.deliveryCompanyCode, deliveryInvoiceNo: d.deliveryInvoiceNo })),
    rejectable: flags.rejectable,
    deliveryInvoiceModifiable: flags.deliveryInvoiceModifiable,
    successable: false,
  };
}
