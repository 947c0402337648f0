// What the sandbox's admin API shows about inquiries: every inquiry with its state and, for the
// contact center's transfers, the 24-hour deadline that Coupang's answers never state.
import { kstIso } from '../../clock';
import type { CallCenterInquiry, InquiryWorld, ProductInquiry } from './types';
import { callCenterAdminView } from './views';
import { callCenterStatus, productStatus } from './world';

export function productAdminView(i: ProductInquiry) {
  return {
    inquiryId: i.inquiryId,
    status: productStatus(i),
    vendorItemId: i.product.vendorItemId,
    vendorItemName: i.product.vendorItemName,
    inquiryAt: kstIso(i.inquiryAt),
    orderIds: i.orderIds,
    content: i.content,
    answer: i.answer ? { inquiryCommentId: i.answer.inquiryCommentId, content: i.answer.content, at: kstIso(i.answer.at), by: i.answer.by } : null,
  };
}

export function summarizeWorld(world: InquiryWorld) {
  const count = <T>(items: T[], status: (x: T) => string) => {
    const out: Record<string, number> = {};
    for (const x of items) out[status(x)] = (out[status(x)] ?? 0) + 1;
    return out;
  };
  return {
    product: { total: world.product.length, byStatus: count(world.product, productStatus) },
    callCenter: { total: world.callCenter.length, byStatus: count(world.callCenter, callCenterStatus) },
    pendingEvents: world.events.length,
    advancedTo: new Date(world.advancedTo).toISOString(),
  };
}

/** `GET /__sandbox/inquiries?vendorId=` */
export function inquiriesAdminView(vendorId: string, world: InquiryWorld, now: number) {
  const newest = <T extends { inquiryAt: number }>(xs: T[]) => [...xs].sort((a, b) => b.inquiryAt - a.inquiryAt);
  return {
    vendorId,
    now: kstIso(now),
    ...summarizeWorld(world),
    productInquiries: newest(world.product).map(productAdminView),
    callCenterInquiries: newest(world.callCenter).map((i: CallCenterInquiry) => callCenterAdminView(i)),
  };
}
