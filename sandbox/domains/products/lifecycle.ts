// Product status on the virtual clock: 임시저장 → (승인요청) 승인대기중 → 승인완료 / 승인반려, and
// 상품삭제. Decisions are taken when the approval is requested (deterministic rules below) and
// become visible APPROVAL_DELAY_MS of virtual time later; every read settles what is due, so
// advancing the clock (/__sandbox/clock) is all a test needs.
import { formatKst } from '../../clock';
import { createRng, deriveSeed } from '../../rng';
import { categoryMeta } from '../categories/meta';
import { PROHIBITED_NAME_WORDS, PRODUCT_MESSAGES as M, SYSTEM_ACTOR } from './messages';
import { STATUS_NAMES, type Attribute, type Item, type ItemInput, type Product, type ProductInput, type ProductsState, type ProductStatus } from './types';

/** Virtual minutes between the approval request and Coupang's decision (sandbox choice). */
export const APPROVAL_DELAY_MS = 30 * 60_000;

export function addHistory(p: Product, status: string, comment: string, createdBy: string, at: number): void {
  p.histories.push({ status, comment, createdBy, at });
}

function setStatus(p: Product, status: ProductStatus): void {
  p.status = status;
}

/** A URL Coupang cannot download (rule 64): a port other than 80/443, or a vendorPath that is no URL. */
function undownloadable(path: string | null): boolean {
  if (!path) return false;
  const m = /^(https?):\/\/([^/?#]+)/i.exec(path);
  if (!m) return true;
  const port = /:(\d+)$/.exec(m[2])?.[1];
  return port !== undefined && port !== '80' && port !== '443';
}

/**
 * The decision the sandbox takes for an approval request: denied when an image cannot be
 * downloaded (rule 64) or the name uses a prohibited word (sandbox list); approved otherwise.
 */
export function decisionFor(p: Product): { approve: boolean; reason: string } {
  for (const item of p.items) {
    for (const img of item.images) {
      if (!img.cdnPath && undownloadable(img.vendorPath)) return { approve: false, reason: M.imageDownloadFailed };
    }
  }
  const names = `${p.sellerProductName} ${p.displayProductName ?? ''}`;
  const word = PROHIBITED_NAME_WORDS.find((w) => names.includes(w));
  if (word) return { approve: false, reason: M.prohibitedWord(word) };
  return { approve: true, reason: '' };
}

/** 승인요청: only from 임시저장 (rule 15); the request itself is logged as 승인요청 (history example). */
export function requestApproval(p: Product, at: number, actor: string): void {
  addHistory(p, '승인요청', '판매자 승인요청', actor, at);
  setStatus(p, 'APPROVING');
  addHistory(p, STATUS_NAMES.APPROVING, '승인 관련 정보 생성 중', SYSTEM_ACTOR, at);
  p.pending = { dueAt: at + APPROVAL_DELAY_MS, ...decisionFor(p) };
}

function cdnPathFor(p: Product, item: Item, index: number, at: number): string {
  const rng = createRng(deriveSeed(Number(p.sellerProductId) % 2 ** 31, `${item.sellerProductItemId}:${index}`));
  const uuid = `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(12)}`;
  return `vendor_inventory/images/${formatKst(at, 'yyyy/MM/dd/HH')}/${rng.int(0, 59)}/${uuid}.jpg`;
}

/**
 * 승인완료: items get their 옵션ID (rule 4), the product its 노출상품ID, images a CDN path, and
 * every attribute the catalog recommends shows up on the items, "" where not entered (rule 31).
 */
export function approve(state: ProductsState, p: Product, at: number, comment = '승인완료 - Items 생성 완료'): void {
  p.pending = null;
  p.denialReason = null;
  setStatus(p, 'APPROVED');
  if (!p.productId) p.productId = String(state.nextProductId++);
  const meta = categoryMeta(p.displayCategoryCode)?.meta;
  for (const item of p.items) {
    if (!item.vendorItemId) {
      item.vendorItemId = String(state.nextVendorItemId++);
      item.itemId = String(state.nextItemId++);
      item.onSale = true;
    }
    item.images.forEach((img, i) => {
      if (!img.cdnPath) img.cdnPath = cdnPathFor(p, item, i, at);
    });
    for (const m of meta?.attributes ?? []) {
      if (!item.attributes.some((a) => a.attributeTypeName === m.attributeTypeName)) {
        item.attributes.push({ attributeTypeName: m.attributeTypeName, attributeValueName: '', exposed: m.exposed === 'EXPOSED' ? 'EXPOSED' : 'NONE', editable: true });
      }
    }
  }
  addHistory(p, STATUS_NAMES.APPROVED, comment, SYSTEM_ACTOR, at);
}

export function deny(p: Product, reason: string, at: number): void {
  p.pending = null;
  p.denialReason = reason;
  setStatus(p, 'DENIED');
  addHistory(p, STATUS_NAMES.DENIED, reason, SYSTEM_ACTOR, at);
}

/** Applies every decision that is due at `now`, oldest first. */
export function settle(state: ProductsState, now: number): void {
  const due = state.products.filter((p) => p.pending && p.pending.dueAt <= now).sort((a, b) => a.pending!.dueAt - b.pending!.dueAt);
  for (const p of due) {
    const { approve: ok, reason, dueAt } = p.pending!;
    if (ok) approve(state, p, dueAt);
    else deny(p, reason, dueAt);
  }
}

function newItem(state: ProductsState, input: ItemInput, sellerOptIn: boolean): Item {
  return {
    ...input,
    sellerProductItemId: String(state.nextSellerProductItemId++),
    vendorItemId: null,
    itemId: null,
    onSale: true,
    autoGeneratedOptIn: sellerOptIn,
  };
}

function fieldsOf(input: ProductInput) {
  const { items: _items, ...fields } = input;
  return fields;
}

/** A new product in 임시저장, or 승인대기중 right away when requested=true (rule 14). */
export function createProduct(state: ProductsState, input: ProductInput, at: number, violations: string[]): Product {
  const p: Product = {
    ...fieldsOf(input),
    sellerProductId: String(state.nextSellerProductId++),
    productId: null,
    categoryId: null,
    status: 'SAVED',
    createdAt: at,
    items: input.items.map((i) => newItem(state, i, state.autoGeneratedOptIn)),
    histories: [],
    pending: null,
    denialReason: null,
    violations,
  };
  addHistory(p, STATUS_NAMES.SAVED, '판매자 임시저장', input.vendorUserId, at);
  if (input.requested) requestApproval(p, at, input.vendorUserId);
  state.products.push(p);
  return p;
}

/**
 * Approval-required modify, after the item diff was checked: approved options keep their 옵션ID,
 * price, stock and sale status (rule 21), new options are added, never-approved ones dropped.
 * requested=false saves (임시저장), true re-requests approval (rule 14).
 */
export function applyUpdate(state: ProductsState, p: Product, input: ProductInput, at: number, violations: string[]): void {
  const items: Item[] = input.items.map((i) => {
    const existing = i.sellerProductItemId ? p.items.find((x) => x.sellerProductItemId === i.sellerProductItemId) : undefined;
    if (!existing) return newItem(state, i, state.autoGeneratedOptIn);
    const live = existing.vendorItemId
      ? { salePrice: existing.salePrice, originalPrice: existing.originalPrice, maximumBuyCount: existing.maximumBuyCount }
      : {};
    return { ...existing, ...i, ...live, sellerProductItemId: existing.sellerProductItemId, vendorItemId: existing.vendorItemId, itemId: existing.itemId };
  });
  Object.assign(p, fieldsOf(input));
  p.items = items;
  p.violations = violations;
  p.pending = null;
  setStatus(p, 'SAVED');
  addHistory(p, STATUS_NAMES.SAVED, '판매자 상품수정', input.vendorUserId, at);
  if (input.requested) requestApproval(p, at, input.vendorUserId);
}

/** Names of attributes an approved item had that a modify body leaves out (rule 27). */
export function droppedAttributes(before: Attribute[], after: Attribute[]): string[] {
  return before.filter((a) => !after.some((b) => b.attributeTypeName === a.attributeTypeName)).map((a) => a.attributeTypeName);
}
