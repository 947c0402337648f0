// 카테고리 (categories.json): the display-category tree, meta, validity, recommendation and the
// auto-matching consent. The tree and metas are global data (domains/categories/data, generated);
// the only per-vendor state is whether the seller agreed to category auto-matching.
import { isPlainObject } from '../json';
import { openapi, openapiError, sellerApi, sellerApiError } from '../gateway/envelopes';
import { CATEGORY_MESSAGES as M } from '../domains/categories/messages';
import { categoryMeta } from '../domains/categories/meta';
import { predictCategory } from '../domains/categories/recommend';
import { categoryNode, isUsableLeaf, parseCategoryCode } from '../domains/categories/tree';
import { fullTreeView, oneLevelView, rocketGrowthTreeView } from '../domains/categories/views';
import { defineDomain, type RouteContext } from './registry';

export interface CategoriesState {
  /** Wing 추가판매정보 > 카테고리 자동매칭 동의; the demo seller has agreed, the foreign one not. */
  autoCategoryAgreed: boolean;
}

const META = '/v2/providers/seller_api/apis/api/v1/marketplace/meta';

function nodeFor(ctx: RouteContext<CategoriesState>) {
  const text = ctx.params.displayCategoryCode;
  const code = parseCategoryCode(text);
  const node = code === undefined ? undefined : categoryNode(code);
  return { text, node };
}

function getMeta(ctx: RouteContext<CategoriesState>) {
  const { text, node } = nodeFor(ctx);
  if (!node) return sellerApiError(400, M.notFound(text));
  const meta = categoryMeta(node.code);
  if (!meta) return sellerApiError(400, M.notLeaf(text));
  return sellerApi(meta.meta);
}

function getOne(ctx: RouteContext<CategoriesState>) {
  const { text, node } = nodeFor(ctx);
  if (!node) return sellerApiError(400, M.notFound(text));
  return sellerApi(oneLevelView(node));
}

/** data is the string "true"/"false" as documented; internal nodes and retired leaves are "false". */
function validate(ctx: RouteContext<CategoriesState>) {
  const { text, node } = nodeFor(ctx);
  if (!node) return sellerApiError(400, M.notFound(text));
  return sellerApi(String(isUsableLeaf(node.code)));
}

function recommend(ctx: RouteContext<CategoriesState>) {
  const body = ctx.body;
  if (!isPlainObject(body) || typeof body.productName !== 'string') return openapiError(400, M.productNameRequired);
  const attributes = isPlainObject(body.attributes) ? Object.values(body.attributes).filter((v) => typeof v === 'string').join(' ') : '';
  // productDescription is free prose; only the name, brand and attribute values feed the index.
  const extra = [typeof body.brand === 'string' ? body.brand : '', attributes].join(' ');
  const hit = predictCategory(body.productName, extra);
  // Response as the documented example and the real capture: code 200, message OK, id as a string.
  if (!hit) {
    return openapi({ autoCategorizationPredictionResultType: 'INSUFFICIENT_INFORMATION', predictedCategoryId: null, predictedCategoryName: null, comment: null });
  }
  return openapi({ autoCategorizationPredictionResultType: 'SUCCESS', predictedCategoryId: String(hit.node.code), predictedCategoryName: hit.node.name, comment: null });
}

export const categoriesDomain = defineDomain<CategoriesState>({
  name: 'categories',
  seed: ({ vendor }) => ({ autoCategoryAgreed: vendor.role === 'demo' }),
  routes: [
    { id: 'categories.getMeta', method: 'GET', path: `${META}/category-related-metas/display-category-codes/{displayCategoryCode}`, handler: getMeta },
    { id: 'categories.recommend', method: 'POST', path: '/v2/providers/openapi/apis/api/v1/categorization/predict', kind: 'read', handler: recommend },
    {
      id: 'categories.listRocketGrowth',
      method: 'GET',
      path: `${META}/display-categories`,
      // Same path as the full list; registrationType (RFM/CGF) selects this variant. The docs do
      // not say which categories Rocket Growth operates, so every category is listed; locale is
      // accepted, and names stay Korean as in the documented locale=en example.
      match: (q) => q.has('registrationType'),
      handler: () => sellerApi(rocketGrowthTreeView()),
    },
    { id: 'categories.listAll', method: 'GET', path: `${META}/display-categories`, handler: () => sellerApi(fullTreeView()) },
    { id: 'categories.get', method: 'GET', path: `${META}/display-categories/{displayCategoryCode}`, handler: getOne },
    { id: 'categories.validate', method: 'GET', path: `${META}/display-categories/{displayCategoryCode}/status`, handler: validate },
    {
      id: 'categories.checkAutoMatchingAgreement',
      method: 'GET',
      path: '/v2/providers/seller_api/apis/api/v1/marketplace/vendors/{vendorId}/check-auto-category-agreed',
      handler: (ctx) => sellerApi(String(ctx.state.autoCategoryAgreed)),
    },
  ],
});
