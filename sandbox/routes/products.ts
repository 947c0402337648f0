// 상품 (products.json): create / approval / query / modify / delete, the lists, the item-level
// price, stock and sale-status APIs and the auto-generated option switches. seller_api envelope:
// `{code:"SUCCESS"|"ERROR", message, data}`. Approval decisions ripen on the virtual clock; every
// handler settles what is due before it reads (domains/products/lifecycle.ts).
import { kstLocal, parseKstLocal } from '../clock';
import { sellerApi, sellerApiError } from '../gateway/envelopes';
import type { Reply } from '../gateway/reply';
import { idText, isPlainObject, num } from '../json';
import { positiveInt } from '../domains/paginate';
import { listVendorItems } from '../domains/products/catalog';
import { addHistory, applyUpdate, approve, createProduct, deny, droppedAttributes, requestApproval, settle } from '../domains/products/lifecycle';
import { PRODUCT_MESSAGES as M } from '../domains/products/messages';
import { seedProducts } from '../domains/products/seed';
import { PRODUCT_STATUSES, STATUS_NAMES, type Item, type Product, type ProductsState, type ProductStatus } from '../domains/products/types';
import { checkShipping, newReader, ProductError, readShipping, validateProduct, type ValidationContext } from '../domains/products/validate';
import { historyViews, inventoryView, partialView, productView, summaryView } from '../domains/products/views';
import { categoriesDomain } from './categories';
import { placesDomain } from './places';
import { defineDomain, type AdminRouteContext, type RouteContext } from './registry';

export { listVendorItems, seededVendorItems, type VendorItemRef } from '../domains/products/catalog';

type Ctx = RouteContext<ProductsState>;

const BASE = '/v2/providers/seller_api/apis/api/v1/marketplace';
const PRODUCTS = `${BASE}/seller-products`;
const ITEMS = `${BASE}/vendor-items/{vendorItemId}`;

/** Settles due approvals, runs the handler, and turns ProductError into the seller_api error envelope. */
function handle(fn: (ctx: Ctx) => Reply) {
  return (ctx: Ctx): Reply => {
    settle(ctx.state, ctx.clock.now());
    try {
      return fn(ctx);
    } catch (err) {
      if (!(err instanceof ProductError)) throw err;
      const reply = sellerApiError(err.status, err.message);
      return Object.keys(err.extra).length ? { ...reply, json: { ...(reply.json as object), ...err.extra } } : reply;
    }
  };
}

function validationContext(ctx: Ctx, mode: 'create' | 'update'): ValidationContext {
  return {
    vendorId: ctx.vendor.vendorId,
    rawBody: ctx.rawBody,
    places: ctx.store.get(placesDomain),
    autoCategoryAgreed: ctx.store.get(categoriesDomain).autoCategoryAgreed,
    mode,
  };
}

function findProduct(state: ProductsState, id: string | undefined): Product | undefined {
  return id === undefined ? undefined : state.products.find((p) => p.sellerProductId === id);
}

function productOrThrow(ctx: Ctx, text: string | undefined): Product {
  const p = findProduct(ctx.state, idText(text));
  if (!p) throw new ProductError(M.productNotFound(text ?? ''));
  return p;
}

const registered = (state: ProductsState) => state.products.filter((p) => p.status !== 'DELETED');

// ---------------------------------------------------------------------------------------------
// create / approval / modify / delete
// ---------------------------------------------------------------------------------------------

function create(ctx: Ctx): Reply {
  const { permittedCount } = ctx.state;
  if (permittedCount !== null && registered(ctx.state).length >= permittedCount) throw new ProductError(M.registrationRestricted);
  const checked = validateProduct(ctx.body, validationContext(ctx, 'create'));
  const p = createProduct(ctx.state, checked.input, ctx.clock.now(), checked.errorItems.length ? ['ATTR'] : []);
  // Rule 86: potential problems come back with a successful create.
  return sellerApi(num(p.sellerProductId), checked.errorItems.length ? { errorItems: checked.errorItems } : {});
}

function requestApprovalRoute(ctx: Ctx): Reply {
  const p = productOrThrow(ctx, ctx.params.sellerProductId);
  if (p.status !== 'SAVED') throw new ProductError(M.notRequestable(p.sellerProductId));
  requestApproval(p, ctx.clock.now(), p.vendorUserId);
  return sellerApi(p.sellerProductId, { message: M.approvalRequested(p.sellerProductId) });
}

/** Rules 17, 18: nothing can be modified while Coupang reviews; deleted products are gone. */
function assertModifiable(p: Product): void {
  if (p.status === 'APPROVING' || p.status === 'IN_REVIEW' || p.status === 'DELETED') throw new ProductError(M.notModifiable(p.sellerProductId, STATUS_NAMES[p.status]));
}

function update(ctx: Ctx): Reply {
  const b = ctx.body;
  if (!isPlainObject(b)) throw new ProductError(M.objectText);
  const id = idText(b.sellerProductId);
  if (!id) throw new ProductError(M.nullPointer);
  const p = findProduct(ctx.state, id);
  if (!p) throw new ProductError(M.productNotFound(id));
  assertModifiable(p);
  if (b.displayCategoryCode === undefined || b.displayCategoryCode === null) throw new ProductError(M.nullPointer);
  if (idText(b.displayCategoryCode) !== String(p.displayCategoryCode)) throw new ProductError(M.categoryChange);
  const checked = validateProduct(b, validationContext(ctx, 'update'));
  const input = checked.input;
  // Rule 34: bundleInfo is fixed once the product has it.
  if (input.bundleType !== p.bundleType) throw new ProductError(M.bundleChange);

  // Item diff (rules 24-29).
  const kept = new Set<string>();
  let added = 0;
  for (const it of input.items) {
    if (!it.sellerProductItemId) {
      added++;
      continue;
    }
    const existing = p.items.find((x) => x.sellerProductItemId === it.sellerProductItemId);
    if (!existing) throw new ProductError(M.itemNotFound(it.sellerProductItemId));
    if (it.vendorItemId && it.vendorItemId !== existing.vendorItemId) throw new ProductError(M.itemNotFound(it.vendorItemId));
    kept.add(existing.sellerProductItemId);
    if (existing.vendorItemId) {
      const dropped = droppedAttributes(existing.attributes, it.attributes);
      if (dropped.length) throw new ProductError(M.attributesMissing(dropped));
    }
    if (it.offerCondition !== existing.offerCondition) throw new ProductError(M.offerConditionChange);
  }
  for (const existing of p.items) {
    if (kept.has(existing.sellerProductItemId) || !existing.vendorItemId) continue;
    throw new ProductError(existing.onSale ? M.cannotDeleteOnSale : M.cannotDeleteVendorItem);
  }
  if (added > 0 && p.items.length === 1 && p.items[0].vendorItemId) throw new ProductError(M.singleItemAddOption);

  applyUpdate(ctx.state, p, input, ctx.clock.now(), checked.errorItems.length ? ['ATTR'] : []);
  return sellerApi(num(p.sellerProductId));
}

/** 상품 수정 (승인불필요): shipping and return fields only, applied at once, same fee rules as create. */
function updatePartial(ctx: Ctx): Reply {
  const p = productOrThrow(ctx, ctx.params.sellerProductId);
  const b = ctx.body;
  if (!isPlainObject(b)) throw new ProductError(M.objectText);
  if (b.sellerProductId !== undefined && idText(b.sellerProductId) !== p.sellerProductId) throw new ProductError(M.partialIdMismatch);
  assertModifiable(p);
  const r = newReader(ctx.rawBody);
  const shipping = readShipping(r, b, false, p);
  checkShipping(shipping, ctx.store.get(placesDomain), p.items.some((i) => i.overseasPurchased === 'OVERSEAS_PURCHASED'));
  const text = (key: 'returnChargeName' | 'companyContactNumber' | 'returnZipCode' | 'returnAddress' | 'returnAddressDetail') => r.str(b, key, false) ?? p[key];
  const returnFields = {
    returnChargeName: text('returnChargeName'),
    companyContactNumber: text('companyContactNumber'),
    returnZipCode: text('returnZipCode'),
    returnAddress: text('returnAddress'),
    returnAddressDetail: text('returnAddressDetail'),
  };
  const extraInfoMessage = b.extraInfoMessage === undefined ? p.extraInfoMessage : r.str(b, 'extraInfoMessage', false);
  // Listed by a transcription of the page with unconfirmed nesting: applied to every item.
  const leadTime = b.outboundShippingTimeDay === undefined ? undefined : r.int(b, 'outboundShippingTimeDay');
  const pcc = b.pccNeeded === undefined ? undefined : r.bool(b, 'pccNeeded');
  Object.assign(p, shipping, returnFields, { extraInfoMessage });
  for (const item of p.items) {
    if (leadTime !== undefined && leadTime >= 0) item.outboundShippingTimeDay = leadTime;
    if (pcc !== undefined) item.pccNeeded = pcc;
  }
  return sellerApi(undefined);
}

/** Rule 35: not while awaiting approval, and every option must be stopped first. */
function remove(ctx: Ctx): Reply {
  const text = ctx.params.sellerProductId;
  const p = findProduct(ctx.state, idText(text));
  const blocked = !p || p.status === 'DELETED' || p.status === 'APPROVING' || p.status === 'IN_REVIEW' || p.items.some((i) => i.vendorItemId && i.onSale);
  if (blocked) throw new ProductError(M.notDeletable(text));
  p.status = 'DELETED';
  p.pending = null;
  addHistory(p, STATUS_NAMES.DELETED, '판매자 상품삭제', p.vendorUserId, ctx.clock.now());
  return sellerApi(p.sellerProductId, { message: M.deleted });
}

// ---------------------------------------------------------------------------------------------
// queries and lists
// ---------------------------------------------------------------------------------------------

function checkVendorQuery(ctx: Ctx): void {
  const vendorId = ctx.query.get('vendorId');
  if (vendorId === undefined || vendorId === '') throw new ProductError(M.nullPointer);
  if (vendorId !== ctx.vendor.vendorId) throw new ProductError(M.listVendorId);
}

const VIOLATION_TYPES = ['NO_VA_V2', 'MOTA_V2', 'ATTR'];

function listPaged(ctx: Ctx): Reply {
  checkVendorQuery(ctx);
  const q = ctx.query;
  const page = positiveInt(q.get('nextToken')) ?? 1;
  // Default 10, max 100; Coupang documents no error for more, so larger sizes are capped.
  const size = Math.min(positiveInt(q.get('maxPerPage')) ?? 10, 100);
  const status = q.get('status');
  if (status && !PRODUCT_STATUSES.includes(status as ProductStatus)) throw new ProductError(M.listStatus(status));
  const name = q.get('sellerProductName');
  if (name && name.length > 20) throw new ProductError(M.listNameTooLong);
  const createdAt = q.get('createdAt');
  let day: number | undefined;
  if (createdAt) {
    day = /^\d{4}-\d{2}-\d{2}$/.test(createdAt) ? parseKstLocal(createdAt) : NaN;
    if (Number.isNaN(day)) throw new ProductError(M.listCreatedAt);
  }
  const violations = q.getAll('violationTypes').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  for (const v of violations) if (!VIOLATION_TYPES.includes(v)) throw new ProductError(M.listViolationType(v));
  const andOr = q.get('violationTypeAndOr');
  if (violations.length > 1 && andOr !== 'AND' && andOr !== 'OR') throw new ProductError(M.listViolationAndOr);
  const sellerProductId = idText(q.get('sellerProductId'));
  const manufacture = q.get('manufacture');

  const hits = ctx.state.products
    .filter((p) => (status ? p.status === status : p.status !== 'DELETED'))
    .filter((p) => !sellerProductId || p.sellerProductId === sellerProductId)
    .filter((p) => !name || p.sellerProductName.includes(name))
    .filter((p) => !manufacture || p.manufacture === manufacture)
    .filter((p) => day === undefined || (p.createdAt >= day && p.createdAt < day + 86_400_000))
    .filter((p) => !violations.length || (andOr === 'AND' ? violations.every((v) => p.violations.includes(v)) : violations.some((v) => p.violations.includes(v))))
    .sort((a, b) => Number(b.sellerProductId) - Number(a.sellerProductId));
  const rows = hits.slice((page - 1) * size, page * size);
  const nextToken = page * size < hits.length ? String(page + 1) : '';
  return sellerApi(rows.map((p) => summaryView(p, ctx.vendor.vendorId)), { nextToken });
}

const TEN_MINUTES = 10 * 60_000;

function listByTimeFrame(ctx: Ctx): Reply {
  checkVendorQuery(ctx);
  const from = parseKstLocal(ctx.query.get('createdAtFrom') ?? '');
  const to = parseKstLocal(ctx.query.get('createdAtTo') ?? '');
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) throw new ProductError(M.timeFrameParams);
  if (to - from > TEN_MINUTES) throw new ProductError(M.timeFrameTooWide);
  const rows = registered(ctx.state)
    .filter((p) => p.createdAt >= from && p.createdAt < to + 1000)
    .sort((a, b) => a.createdAt - b.createdAt);
  return sellerApi(rows.map((p) => summaryView(p, ctx.vendor.vendorId)));
}

function listHistories(ctx: Ctx): Reply {
  const p = productOrThrow(ctx, ctx.params.sellerProductId);
  const page = positiveInt(ctx.query.get('nextToken')) ?? 1;
  const size = positiveInt(ctx.query.get('maxPerPage')) ?? 10;
  const all = historyViews(p);
  // The field table says SUCCESS/ERROR; the (older) example shows "200". SUCCESS, like every seller_api answer.
  return sellerApi(all.slice((page - 1) * size, page * size), { nextToken: page * size < all.length ? String(page + 1) : '' });
}

function summaryBySku(ctx: Ctx): Reply {
  const code = ctx.params.externalVendorSkuCode;
  const hits = registered(ctx.state).filter((p) => p.items.some((i) => i.externalVendorSku === code));
  return sellerApi(hits.map((p) => summaryView(p, ctx.vendor.vendorId)));
}

function inflowStatus(ctx: Ctx): Reply {
  const count = registered(ctx.state).length;
  const { permittedCount } = ctx.state;
  return sellerApi({ vendorId: ctx.vendor.vendorId, restricted: permittedCount !== null && count >= permittedCount, registeredCount: count, permittedCount });
}

// ---------------------------------------------------------------------------------------------
// item APIs (usable once approval issued the 옵션ID, rule 37)
// ---------------------------------------------------------------------------------------------

interface Found {
  product: Product;
  item: Item;
}

function findItem(state: ProductsState, vendorItemId: string): Found | undefined {
  for (const product of state.products) {
    const item = product.items.find((i) => i.vendorItemId === vendorItemId);
    if (item) return { product, item };
  }
  return undefined;
}

/** Unknown → `notFound` (rule 7's parser text unless the API documents its own); deleted → `deleted`. */
function liveItem(ctx: Ctx, notFound: (id: string) => string, deleted: (id: string) => string): Found {
  const id = ctx.params.vendorItemId;
  const found = findItem(ctx.state, idText(id) ?? '');
  if (!found) throw new ProductError(notFound(id));
  if (found.product.status === 'DELETED') throw new ProductError(deleted(id));
  return found;
}

const objectText = () => M.objectText;

function inventory(ctx: Ctx): Reply {
  const { item } = liveItem(ctx, objectText, objectText);
  return sellerApi(inventoryView(item));
}

function updateQuantity(ctx: Ctx): Reply {
  const { item } = liveItem(ctx, M.quantityNotFound, M.quantityDeleted);
  const text = ctx.params.quantity;
  if (!/^\d+$/.test(text) || Number(text) > 99999) throw new ProductError(M.invalidQuantity);
  item.maximumBuyCount = Number(text);
  return sellerApi(undefined, { message: M.quantityDone });
}

function updatePrice(ctx: Ctx): Reply {
  const id = ctx.params.vendorItemId;
  const { item } = liveItem(ctx, objectText, M.priceDeleted);
  const text = ctx.params.price;
  const price = Number(text);
  if (!/^\d+$/.test(text) || price <= 0 || price % 10 !== 0) throw new ProductError(M.priceUnit(id));
  const force = ctx.query.get('forceSalePriceUpdate') === 'true';
  // Rule 38: at most 50% down / 100% up from the current price unless forced.
  if (!force && (price < item.salePrice * 0.5 || price > item.salePrice * 2)) throw new ProductError(M.priceLimit(id));
  item.salePrice = price;
  return sellerApi(null, { message: M.priceDone });
}

function updateOriginalPrice(ctx: Ctx): Reply {
  const id = ctx.params.vendorItemId;
  const { item } = liveItem(ctx, objectText, M.originalPriceDeleted);
  const text = ctx.params.originalPrice;
  if (!/^\d+$/.test(text) || Number(text) % 10 !== 0) throw new ProductError(M.originalPriceItemUnit(id));
  item.originalPrice = Number(text);
  return sellerApi(null, { message: M.originalPriceDone });
}

function setSale(onSale: boolean) {
  return (ctx: Ctx): Reply => {
    const { item } = liveItem(ctx, objectText, onSale ? M.resumeDeleted : M.stopDeleted);
    item.onSale = onSale;
    return sellerApi(undefined, { message: onSale ? M.resumeDone : M.stopDone });
  };
}

/** Auto-generated option switches answer `data: "success"`; a deleted option is FAILED (rule 120). */
function autoOptionItem(optIn: boolean) {
  return (ctx: Ctx): Reply => {
    const id = ctx.params.vendorItemId;
    const found = findItem(ctx.state, idText(id) ?? '');
    if (!found) throw new ProductError(M.objectText);
    if (found.product.status === 'DELETED') return { status: 200, json: { code: 'FAILED', message: M.autoOptionDeleted(id), data: null } };
    found.item.autoGeneratedOptIn = optIn;
    return sellerApi('success');
  };
}

function autoOptionAll(optIn: boolean) {
  return (ctx: Ctx): Reply => {
    ctx.state.autoGeneratedOptIn = optIn;
    for (const p of ctx.state.products) for (const i of p.items) i.autoGeneratedOptIn = optIn;
    return sellerApi('success');
  };
}

// ---------------------------------------------------------------------------------------------
// admin (/__sandbox/products...)
// ---------------------------------------------------------------------------------------------

const adminError = (status: number, error: string): Reply => ({ status, json: { error } });

function adminProductView(p: Product) {
  return {
    sellerProductId: p.sellerProductId,
    sellerProductName: p.sellerProductName,
    displayCategoryCode: p.displayCategoryCode,
    status: p.status,
    statusName: STATUS_NAMES[p.status],
    createdAt: kstLocal(p.createdAt),
    pending: p.pending ? { decidesAt: kstLocal(p.pending.dueAt), approve: p.pending.approve, reason: p.pending.reason } : null,
    denialReason: p.denialReason,
    violations: p.violations,
    items: p.items.map((i) => ({
      sellerProductItemId: i.sellerProductItemId,
      vendorItemId: i.vendorItemId,
      itemName: i.itemName,
      salePrice: i.salePrice,
      originalPrice: i.originalPrice,
      stock: i.maximumBuyCount,
      onSale: i.onSale,
      externalVendorSku: i.externalVendorSku,
    })),
  };
}

function adminVendor(ctx: AdminRouteContext): string | Reply {
  const vendorId = ctx.query.get('vendorId') ?? (typeof ctx.body.vendorId === 'string' ? ctx.body.vendorId : ctx.demo.vendorId);
  return ctx.vendors.some((v) => v.vendorId === vendorId) ? vendorId : adminError(400, `unknown vendorId ${vendorId}`);
}

function adminList(ctx: AdminRouteContext): Reply {
  const vendorId = adminVendor(ctx);
  if (typeof vendorId !== 'string') return vendorId;
  const state = ctx.store(vendorId).get(productsDomain);
  settle(state, ctx.clock.now());
  return { status: 200, json: { vendorId, products: state.products.map(adminProductView) } };
}

/** Forces the pending decision of a product awaiting approval, now. */
function adminDecide(ctx: AdminRouteContext): Reply {
  const vendorId = adminVendor(ctx);
  if (typeof vendorId !== 'string') return vendorId;
  if (typeof ctx.body.approve !== 'boolean') return adminError(400, 'approve must be a boolean');
  if (ctx.body.reason !== undefined && typeof ctx.body.reason !== 'string') return adminError(400, 'reason must be a string');
  const state = ctx.store(vendorId).get(productsDomain);
  const now = ctx.clock.now();
  settle(state, now);
  const p = findProduct(state, ctx.params.sellerProductId);
  if (!p) return adminError(404, `no product ${ctx.params.sellerProductId} for ${vendorId}`);
  if (p.status !== 'APPROVING' && p.status !== 'IN_REVIEW') return adminError(409, `product ${p.sellerProductId} is ${STATUS_NAMES[p.status]}, not awaiting approval`);
  if (ctx.body.approve) approve(state, p, now);
  else deny(p, (ctx.body.reason as string | undefined) || '[sandbox] 관리자 승인반려', now);
  return { status: 200, json: adminProductView(p) };
}

export const productsDomain = defineDomain<ProductsState>({
  name: 'products',
  seed: seedProducts,
  summarize: (state, _vendor, clock) => {
    settle(state, clock.now());
    const byStatus: Record<string, number> = {};
    for (const p of state.products) byStatus[STATUS_NAMES[p.status]] = (byStatus[STATUS_NAMES[p.status]] ?? 0) + 1;
    return {
      products: state.products.length,
      byStatus,
      vendorItems: listVendorItems(state).length,
      pendingApprovals: state.products.filter((p) => p.pending).length,
    };
  },
  routes: [
    { id: 'products.create', method: 'POST', path: PRODUCTS, handler: handle(create) },
    { id: 'products.update', method: 'PUT', path: PRODUCTS, handler: handle(update) },
    // Same path: businessTypes=rocketGrowth lists Rocket Growth / hybrid products; the sandbox
    // seller has none (it has not agreed to the Rocket Growth product API, rule 121).
    { id: 'products.listRocketGrowth', method: 'GET', path: PRODUCTS, match: (q) => q.has('businessTypes'), handler: handle((ctx) => (checkVendorQuery(ctx), sellerApi([], { nextToken: '' }))) },
    { id: 'products.listPaged', method: 'GET', path: PRODUCTS, handler: handle(listPaged) },
    { id: 'products.getInflowStatus', method: 'GET', path: `${PRODUCTS}/inflow-status`, handler: handle(inflowStatus) },
    { id: 'products.listByTimeFrame', method: 'GET', path: `${PRODUCTS}/time-frame`, handler: handle(listByTimeFrame) },
    { id: 'products.getSummaryByExternalSku', method: 'GET', path: `${PRODUCTS}/external-vendor-sku-codes/{externalVendorSkuCode}`, handler: handle(summaryBySku) },
    { id: 'products.get', method: 'GET', path: `${PRODUCTS}/{sellerProductId}`, handler: handle((ctx) => sellerApi(productView(productOrThrow(ctx, ctx.params.sellerProductId), ctx.vendor.vendorId))) },
    { id: 'products.getPartial', method: 'GET', path: `${PRODUCTS}/{sellerProductId}/partial`, handler: handle((ctx) => sellerApi(partialView(productOrThrow(ctx, ctx.params.sellerProductId)))) },
    { id: 'products.updatePartial', method: 'PUT', path: `${PRODUCTS}/{sellerProductId}/partial`, handler: handle(updatePartial) },
    { id: 'products.requestApproval', method: 'PUT', path: `${PRODUCTS}/{sellerProductId}/approvals`, handler: handle(requestApprovalRoute) },
    { id: 'products.delete', method: 'DELETE', path: `${PRODUCTS}/{sellerProductId}`, handler: handle(remove) },
    { id: 'products.listHistories', method: 'GET', path: `${PRODUCTS}/{sellerProductId}/histories`, handler: handle(listHistories) },
    { id: 'products.getItemInventory', method: 'GET', path: `${ITEMS}/inventories`, handler: handle(inventory) },
    { id: 'products.updateItemQuantity', method: 'PUT', path: `${ITEMS}/quantities/{quantity}`, handler: handle(updateQuantity) },
    { id: 'products.updateItemPrice', method: 'PUT', path: `${ITEMS}/prices/{price}`, handler: handle(updatePrice) },
    { id: 'products.stopItemSale', method: 'PUT', path: `${ITEMS}/sales/stop`, handler: handle(setSale(false)) },
    { id: 'products.resumeItemSale', method: 'PUT', path: `${ITEMS}/sales/resume`, handler: handle(setSale(true)) },
    { id: 'products.updateItemOriginalPrice', method: 'PUT', path: `${ITEMS}/original-prices/{originalPrice}`, handler: handle(updateOriginalPrice) },
    { id: 'products.optInAutoGeneratedOptionItem', method: 'POST', path: `${ITEMS}/auto-generated/opt-in`, handler: handle(autoOptionItem(true)) },
    { id: 'products.optOutAutoGeneratedOptionItem', method: 'POST', path: `${ITEMS}/auto-generated/opt-out`, handler: handle(autoOptionItem(false)) },
    { id: 'products.optInAutoGeneratedOptionAll', method: 'POST', path: `${BASE}/seller/auto-generated/opt-in`, handler: handle(autoOptionAll(true)) },
    { id: 'products.optOutAutoGeneratedOptionAll', method: 'POST', path: `${BASE}/seller/auto-generated/opt-out`, handler: handle(autoOptionAll(false)) },
  ],
  admin: [
    { method: 'GET', path: '/products', handler: adminList },
    { method: 'POST', path: '/products/{sellerProductId}/decide', handler: adminDecide },
  ],
});
