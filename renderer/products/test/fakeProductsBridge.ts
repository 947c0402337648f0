// The app's fake bridge plus in-memory product channels: drafts in a Map, the real 79716 meta from
// the shared fixture, two places, and a submit that answers like the main process.
import type { Envelope, WingdeskBridge } from '../../../shared/ipc/contract';
import type { ProductDraft } from '../../../shared/products/draft';
import { NOTE_META } from '../../../shared/products/test-helpers';
import { createFakeBridge, type FakeState } from '../../test/fakeBridge';

export function createProductsFakeBridge(initial: Partial<FakeState> = {}, drafts: ProductDraft[] = []) {
  const base = createFakeBridge(initial);
  const store = new Map(drafts.map((d) => [d.id, structuredClone(d)]));
  let seq = 1;
  const calls = base.calls;
  const ok = <T,>(fn: string, request: unknown, data: T): Promise<Envelope<T>> => {
    calls.push({ fn: fn as keyof WingdeskBridge, request: structuredClone(request) });
    return Promise.resolve({ ok: true, data: structuredClone(data) });
  };
  const now = () => new Date('2025-03-01T01:02:03Z').toISOString();
  const places = {
    outbound: [{ code: '3000001', name: '본사 출고지', usable: true, global: false, address: '서울특별시 금천구 가산동 60-5 3층', remoteInfos: [{ deliveryCode: 'CJGLS', jeju: 5000, notJeju: 3000, usable: true }] }],
    returns: [{ code: '1000300001', name: '반품센터', usable: true, deliverCode: 'CJGLS', goodsflowStatus: '승인', companyContactNumber: '02-2038-5520', zipCode: '08507', address: '서울특별시 금천구 가산동 60-5', addressDetail: 'B동 1204호' }],
  };
  const products: Record<string, (req: any) => Promise<Envelope<any>>> = {
    categoriesRecommend: (req) => ok('categoriesRecommend', req, { resultType: 'SUCCESS', code: '79716', name: '일반노트', path: '문구/오피스 > 노트 > 일반노트', comment: null }),
    categoriesChildren: (req) => ok('categoriesChildren', req, { code: req.code, name: 'ROOT', children: [] }),
    categoriesSearch: (req) => ok('categoriesSearch', req, { results: [{ code: '79716', name: '일반노트', path: '문구/오피스 > 노트 > 일반노트' }], total: 1 }),
    categoriesValidate: (req) => ok('categoriesValidate', req, { code: req.code, usable: true, messageKo: '' }),
    categoriesMeta: (req) => ok('categoriesMeta', req, { code: req.code, meta: NOTE_META, path: '문구/오피스 > 노트 > 일반노트', name: '일반노트' }),
    productsPlaces: (req) => ok('productsPlaces', req, places),
    productsCreateOutboundPlace: (req) => ok('productsCreateOutboundPlace', req, { ok: true, code: '3000009', messageKo: '', issues: [] }),
    productsCreateReturnPlace: (req) => ok('productsCreateReturnPlace', req, { ok: true, code: '1000300009', messageKo: '', issues: [] }),
    productsDrafts: (req) =>
      ok(
        'productsDrafts',
        req,
        [...store.values()].map((d) => ({ id: d.id, mode: d.mode, step: d.step, name: d.data.basic.sellerProductName, categoryName: d.data.category.name, sellerProductId: d.sellerProductId, lastStatus: d.lastStatus, updatedAt: d.updatedAt || now() })),
      ),
    productsDraftGet: (req) => {
      const d = store.get(req.id);
      if (!d) return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', messageKo: '없음' } });
      return ok('productsDraftGet', req, d);
    },
    productsDraftSave: (req) => {
      const id = req.id ?? `draft-${seq++}`;
      const prev = store.get(id);
      const saved: ProductDraft = { id, mode: req.mode ?? 'create', step: req.step, data: req.data, sellerProductId: req.sellerProductId ?? prev?.sellerProductId ?? null, original: prev?.original ?? null, lastStatus: prev?.lastStatus ?? null, denyReason: prev?.denyReason ?? null, createdAt: prev?.createdAt ?? now(), updatedAt: now() };
      store.set(id, saved);
      return ok('productsDraftSave', req, saved);
    },
    productsDraftDelete: (req) => {
      store.delete(req.id);
      return ok('productsDraftDelete', req, { ok: true });
    },
    productsDraftFromProduct: (req) => ok('productsDraftFromProduct', req, [...store.values()][0]),
    productsSubmit: (req) => {
      const d = store.get(req.draftId)!;
      store.set(d.id, { ...d, mode: 'edit', sellerProductId: '70000001', lastStatus: '승인대기중' });
      return ok('productsSubmit', req, { ok: true, path: 'create', sellerProductId: '70000001', statusName: '승인대기중', messageKo: '상품을 등록하고 승인을 요청했습니다 (등록상품ID 70000001).', issues: [], request: {}, itemResults: [] });
    },
    productsRequestApproval: (req) => ok('productsRequestApproval', req, { ok: true, path: 'approval', sellerProductId: req.sellerProductId, statusName: '승인대기중', messageKo: '', issues: [], request: null, itemResults: [] }),
    productsStatus: (req) => ok('productsStatus', req, { sellerProductId: req.sellerProductId, statusName: '승인대기중', statusCode: 'APPROVING', denyReason: null, final: false, history: [] }),
    productsList: (req) => ok('productsList', req, { rows: [], nextToken: null }),
    productsGet: (req) => Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', messageKo: `${req.sellerProductId} 없음` } }),
    productsInventory: (req) => ok('productsInventory', req, { items: [] }),
    productsBulkUpdate: (req) => ok('productsBulkUpdate', req, { results: [] }),
  };
  const bridge = { ...base.bridge, ...products } as unknown as WingdeskBridge;
  return { ...base, bridge, store };
}
