// IPC channels of the product screen (상품등록): the registration wizard (category → … → review),
// its drafts (SQLite, survive restarts), and product management (list, detail, edit, per-option
// price/stock/sale-status edits). Rules are checked in shared/products on both sides.
import { z } from 'zod';
import { CategoryMeta } from '../products/meta';
import { DraftMode, ProductDraft, ProductDraftData, WizardStepNumber } from '../products/draft';
import type { WizardStep } from '../products/issues';

const Id = z.string().regex(/^\d{1,24}$/, 'ID는 숫자 문자열입니다.');
const CategoryCode = z.string().regex(/^\d{1,12}$/, '카테고리 코드는 숫자입니다.');

export const ProductIssueSchema = z.object({
  field: z.string(),
  ruleId: z.string(),
  messageKo: z.string(),
  severity: z.enum(['error', 'warning']),
  step: z.number().int().min(1).max(8).transform((n) => n as WizardStep),
});

export const CategoryNodeView = z.object({ code: z.string(), name: z.string(), status: z.string().nullable() });

export const CategoryRecommendation = z.object({
  resultType: z.string(),
  code: z.string().nullable(),
  name: z.string().nullable(),
  /** `가구/홈데코 > … > 리프` when the full tree could be read. */
  path: z.string().nullable(),
  comment: z.string().nullable(),
});

export const OutboundPlaceView = z.object({
  code: z.string(),
  name: z.string(),
  usable: z.boolean(),
  global: z.boolean(),
  address: z.string(),
  remoteInfos: z.array(z.object({ deliveryCode: z.string(), jeju: z.number(), notJeju: z.number(), usable: z.boolean() })),
});
export type OutboundPlaceView = z.infer<typeof OutboundPlaceView>;

export const ReturnPlaceView = z.object({
  code: z.string(),
  name: z.string(),
  usable: z.boolean(),
  deliverCode: z.string().nullable(),
  goodsflowStatus: z.string().nullable(),
  companyContactNumber: z.string(),
  zipCode: z.string(),
  address: z.string(),
  addressDetail: z.string(),
});
export type ReturnPlaceView = z.infer<typeof ReturnPlaceView>;

const AddressInput = z.object({
  addressType: z.enum(['JIBUN', 'ROADNAME', 'OVERSEA']),
  countryCode: z.string().max(2),
  companyContactNumber: z.string().max(20),
  phoneNumber2: z.string().max(20).optional(),
  returnZipCode: z.string().max(10),
  returnAddress: z.string().max(300),
  returnAddressDetail: z.string().max(300),
});

export const OutboundPlaceInputSchema = z.object({
  /** Wing login ID of the user creating it (places.createOutbound userId). */
  userId: z.string().trim().min(1, 'Wing 로그인 ID를 입력하세요.').max(100),
  shippingPlaceName: z.string().max(100),
  global: z.boolean(),
  usable: z.boolean(),
  placeAddresses: z.array(AddressInput).min(1).max(3),
  remoteInfos: z.array(z.object({ deliveryCode: z.string().max(30), jeju: z.number().int(), notJeju: z.number().int() })).max(20),
});

export const ReturnPlaceInputSchema = z.object({
  userId: z.string().trim().min(1, 'Wing 로그인 ID를 입력하세요.').max(100),
  shippingPlaceName: z.string().max(100),
  deliverCode: z.string().max(30),
  contractNumber: z.string().max(100),
  contractCustomerNumber: z.string().max(100),
  fees: z.record(z.string(), z.number()),
  placeAddresses: z.array(AddressInput.omit({ countryCode: true })).min(1).max(3),
});

export const DraftSummary = z.object({
  id: z.string(),
  mode: DraftMode,
  step: z.number().int(),
  name: z.string(),
  categoryName: z.string().nullable(),
  sellerProductId: z.string().nullable(),
  lastStatus: z.string().nullable(),
  updatedAt: z.string(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;

export const SubmitResult = z.object({
  ok: z.boolean(),
  /** Which API carried it: create, update (approval needed), updatePartial (approval-free), none. */
  path: z.enum(['create', 'update', 'updatePartial', 'approval', 'none']),
  sellerProductId: z.string().nullable(),
  statusName: z.string().nullable(),
  messageKo: z.string(),
  /** Rule breaks found before sending (nothing was sent), Coupang's refusal, or its errorItems warnings. */
  issues: z.array(ProductIssueSchema),
  /** The body that was (or would have been) sent. */
  request: z.unknown(),
  /** Price/stock changes of approved options sent through the item APIs. */
  itemResults: z.array(z.object({ vendorItemId: z.string(), field: z.string(), ok: z.boolean(), messageKo: z.string() })),
});
export type SubmitResult = z.infer<typeof SubmitResult>;

export const ProductHistoryEntry = z.object({ status: z.string(), comment: z.string().nullable(), createdBy: z.string().nullable(), createdAt: z.string().nullable() });

export const ProductStatusView = z.object({
  sellerProductId: z.string(),
  statusName: z.string().nullable(),
  statusCode: z.string().nullable(),
  /** Comment of the latest 승인반려 history entry. */
  denyReason: z.string().nullable(),
  /** Terminal for the wizard's follow-up: 승인완료 / 부분승인완료 / 승인반려 / 상품삭제. */
  final: z.boolean(),
  history: z.array(ProductHistoryEntry),
});
export type ProductStatusView = z.infer<typeof ProductStatusView>;

export const ProductRow = z.object({
  sellerProductId: z.string(),
  sellerProductName: z.string(),
  displayCategoryCode: z.string().nullable(),
  statusName: z.string().nullable(),
  brand: z.string().nullable(),
  saleStartedAt: z.string().nullable(),
  saleEndedAt: z.string().nullable(),
  createdAt: z.string().nullable(),
});
export type ProductRow = z.infer<typeof ProductRow>;

export const ProductItemView = z.object({
  sellerProductItemId: z.string().nullable(),
  vendorItemId: z.string().nullable(),
  itemName: z.string(),
  options: z.string(),
  salePrice: z.number().nullable(),
  originalPrice: z.number().nullable(),
  maximumBuyCount: z.number().nullable(),
  isAutoGenerated: z.boolean(),
  externalVendorSku: z.string().nullable(),
});
export type ProductItemView = z.infer<typeof ProductItemView>;

export const ProductDetailView = z.object({
  sellerProductId: z.string(),
  sellerProductName: z.string(),
  displayProductName: z.string().nullable(),
  displayCategoryCode: z.string().nullable(),
  statusName: z.string().nullable(),
  brand: z.string().nullable(),
  manufacture: z.string().nullable(),
  deliveryChargeType: z.string().nullable(),
  deliveryCharge: z.number().nullable(),
  returnCharge: z.number().nullable(),
  saleStartedAt: z.string().nullable(),
  saleEndedAt: z.string().nullable(),
  items: z.array(ProductItemView),
  /** The whole products.get answer (what an edit sends back, rule 23). */
  raw: z.record(z.string(), z.unknown()),
});
export type ProductDetailView = z.infer<typeof ProductDetailView>;

export const ItemEditInput = z.object({
  vendorItemId: Id,
  salePrice: z.number().int().optional(),
  originalPrice: z.number().int().optional(),
  quantity: z.number().int().optional(),
  onSale: z.boolean().optional(),
  /** forceSalePriceUpdate: lifts the -50%..+100% limit (rule 38). */
  force: z.boolean().optional(),
});
export type ItemEditInput = z.infer<typeof ItemEditInput>;

export const ItemEditResult = z.object({
  vendorItemId: z.string(),
  field: z.enum(['salePrice', 'originalPrice', 'quantity', 'onSale']),
  state: z.enum(['done', 'failed', 'skipped']),
  messageKo: z.string(),
});
export type ItemEditResult = z.infer<typeof ItemEditResult>;

const StatusFilter = z.enum(['ALL', 'IN_REVIEW', 'SAVED', 'APPROVING', 'APPROVED', 'PARTIAL_APPROVED', 'DENIED', 'DELETED']);

export const productsContract = {
  'categories.recommend': {
    request: z.object({ productName: z.string().trim().min(1, '상품명을 입력하세요.').max(300), brand: z.string().max(100).optional(), productDescription: z.string().max(2000).optional() }).strict(),
    response: CategoryRecommendation,
  },
  'categories.children': {
    request: z.object({ code: CategoryCode }).strict(),
    response: z.object({ code: z.string(), name: z.string(), children: z.array(CategoryNodeView) }),
  },
  'categories.search': {
    request: z.object({ query: z.string().trim().min(1).max(50), limit: z.number().int().min(1).max(200).default(50) }).strict(),
    response: z.object({ results: z.array(z.object({ code: z.string(), name: z.string(), path: z.string() })), total: z.number().int() }),
  },
  'categories.validate': {
    request: z.object({ code: CategoryCode }).strict(),
    response: z.object({ code: z.string(), usable: z.boolean(), messageKo: z.string() }),
  },
  'categories.meta': {
    request: z.object({ code: CategoryCode }).strict(),
    response: z.object({ code: z.string(), meta: CategoryMeta, path: z.string().nullable(), name: z.string().nullable() }),
  },
  'products.places': {
    request: z.object({}).strict(),
    response: z.object({ outbound: z.array(OutboundPlaceView), returns: z.array(ReturnPlaceView) }),
  },
  'products.createOutboundPlace': {
    request: OutboundPlaceInputSchema.strict(),
    response: z.object({ ok: z.boolean(), code: z.string().nullable(), messageKo: z.string(), issues: z.array(ProductIssueSchema) }),
  },
  'products.createReturnPlace': {
    request: ReturnPlaceInputSchema.strict(),
    response: z.object({ ok: z.boolean(), code: z.string().nullable(), messageKo: z.string(), issues: z.array(ProductIssueSchema) }),
  },
  'products.drafts': { request: z.object({}).strict(), response: z.array(DraftSummary) },
  'products.draftGet': { request: z.object({ id: z.string().min(1).max(60) }).strict(), response: ProductDraft },
  'products.draftSave': {
    request: z
      .object({
        id: z.string().min(1).max(60).optional(),
        mode: DraftMode.default('create'),
        step: WizardStepNumber,
        data: ProductDraftData,
        sellerProductId: Id.nullable().optional(),
      })
      .strict(),
    response: ProductDraft,
  },
  'products.draftDelete': { request: z.object({ id: z.string().min(1).max(60) }).strict(), response: z.object({ ok: z.literal(true) }) },
  'products.draftFromProduct': {
    request: z.object({ sellerProductId: Id, purpose: z.enum(['edit', 'copy']) }).strict(),
    response: ProductDraft,
  },
  'products.submit': {
    request: z.object({ draftId: z.string().min(1).max(60), requested: z.boolean() }).strict(),
    response: SubmitResult,
  },
  'products.requestApproval': {
    request: z.object({ sellerProductId: Id, draftId: z.string().max(60).optional() }).strict(),
    response: SubmitResult,
  },
  'products.status': {
    request: z.object({ sellerProductId: Id, draftId: z.string().max(60).optional() }).strict(),
    response: ProductStatusView,
  },
  'products.list': {
    request: z
      .object({
        status: StatusFilter.default('ALL'),
        search: z.string().trim().max(20, '상품명 검색어는 20자 이내입니다.').optional(),
        nextToken: z.string().max(40).nullable().optional(),
        maxPerPage: z.number().int().min(1).max(100).default(20),
      })
      .strict(),
    response: z.object({ rows: z.array(ProductRow), nextToken: z.string().nullable() }),
  },
  'products.get': { request: z.object({ sellerProductId: Id }).strict(), response: ProductDetailView },
  'products.inventory': {
    request: z.object({ vendorItemIds: z.array(Id).min(1).max(200) }).strict(),
    response: z.object({ items: z.array(z.object({ vendorItemId: z.string(), amountInStock: z.number().nullable(), salePrice: z.number().nullable(), onSale: z.boolean().nullable(), errorKo: z.string().nullable() })) }),
  },
  'products.bulkUpdate': {
    request: z.object({ edits: z.array(ItemEditInput).min(1).max(1000) }).strict(),
    response: z.object({ results: z.array(ItemEditResult) }),
  },
} as const;
