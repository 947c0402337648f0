// The product service against the real sandbox (port 0): a draft built the way the wizard builds it
// is created with the approval request, waits in 승인대기중, is approved when the virtual clock
// passes the decision, and then takes per-option edits; a denied product is fixed and resubmitted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../../sandbox';
import { emptyDraftData, emptyItem, type ProductDraftData } from '../../../shared/products/draft';
import { createCoupangClient, type CoupangClient } from '../../coupang';
import { openDatabase, type Db } from '../../store/db';
import { createProductsService, type ProductsService } from './service';

let sb: SandboxHandle;
let client: CoupangClient;
let db: Db;
let dir: string;
let svc: ProductsService;

beforeAll(async () => {
  sb = await startSandbox({ port: 0, seed: 11 });
  client = createCoupangClient({ baseUrl: sb.baseUrl, credentials: { vendorId: sb.vendorId, accessKey: sb.accessKey, secretKey: sb.secretKey }, ratePerSecond: 10 });
  dir = mkdtempSync(join(tmpdir(), 'wingdesk-products-'));
  db = openDatabase(dir);
  svc = createProductsService({ db, connection: async () => ({ vendorId: sb.vendorId, client }) });
});

afterAll(async () => {
  await client?.close();
  db?.close();
  await sb?.close();
  rmSync(dir, { recursive: true, force: true });
});

const CATEGORY = '79716'; // 일반노트: mandatory 색상 + 수량, notices 어린이제품 / 기타 재화

async function noteDraft(name: string): Promise<ProductDraftData> {
  const { meta } = await svc.meta(CATEGORY);
  const places = await svc.places();
  const outbound = places.outbound.find((o) => o.usable && !o.global)!;
  const ret = places.returns.find((r) => r.usable)!;
  const d = emptyDraftData();
  d.category = { code: CATEGORY, name: '일반노트', path: null };
  d.basic = { ...d.basic, sellerProductName: name, displayProductName: name, brand: '모나미', manufacture: '모나미', generalProductName: '스프링노트', vendorUserId: 'wing_user01', searchTags: ['노트'] };
  d.items = ['빨강', '파랑'].map((color, i) => ({ ...emptyItem(`k${i}`), options: { 색상: { value: color, unit: null }, 수량: { value: '1', unit: '개' } }, salePrice: 3000, originalPrice: 4000, maximumBuyCount: 100 }));
  const etc = meta.noticeCategories.find((n) => n.noticeCategoryName === '기타 재화')!;
  d.notices = { categoryName: '기타 재화', rows: Object.fromEntries(etc.noticeCategoryDetailNames.map((r) => [r.noticeCategoryDetailName, '상세페이지 참조'])) };
  d.images.representation = { vendorPath: 'https://img.example.com/note.jpg', cdnPath: null };
  d.contents = [{ contentsType: 'TEXT', detailType: 'TEXT', content: '<p>스프링 노트</p>' }];
  d.certifications = [{ type: 'NOT_REQUIRED', code: '' }];
  Object.assign(d.delivery, {
    deliveryCompanyCode: outbound.remoteInfos[0]?.deliveryCode ?? 'CJGLS',
    outboundShippingPlaceCode: outbound.code,
    returnCenterCode: ret.code,
    returnChargeName: ret.name,
    companyContactNumber: ret.companyContactNumber,
    returnZipCode: ret.zipCode,
    returnAddress: ret.address,
    returnAddressDetail: ret.addressDetail,
  });
  return d;
}

describe('products service against the sandbox', () => {
  it('categories: recommend, validate, meta, children, search', async () => {
    const rec = await svc.recommend({ productName: '모나미 스프링 노트 A5' });
    expect(rec.resultType).toBe('SUCCESS');
    expect(rec.code).toMatch(/^\d+$/);
    expect((await svc.validate(CATEGORY)).usable).toBe(true);
    const m = await svc.meta(CATEGORY);
    expect(m.meta.attributes.some((a) => a.attributeTypeName === '색상' && a.required === 'MANDATORY')).toBe(true);
    const root = await svc.children('0');
    expect(root.children.length).toBeGreaterThan(3);
    const found = await svc.search('일반노트', 10);
    expect(found.results.some((r) => r.code === CATEGORY)).toBe(true);
  });

  it('create → 승인대기중 → (clock) → 승인완료, then per-option edits through the item APIs', async () => {
    const draft = await svc.saveDraft({ mode: 'create', step: 8, data: await noteDraft('모나미 스프링 노트 통합시험') });
    const result = await svc.submit(draft.id, true);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.path).toBe('create');
    expect(result.statusName).toBe('승인대기중');
    const id = result.sellerProductId!;

    const before = await svc.status(id, draft.id);
    expect(before).toMatchObject({ statusName: '승인대기중', final: false });

    sb.clock.advance(31 * 60_000);
    const after = await svc.status(id, draft.id);
    expect(after).toMatchObject({ statusName: '승인완료', statusCode: 'APPROVED', final: true, denyReason: null });

    // The draft follows the product: now a modify, with the option IDs issued on approval.
    const followed = await svc.getDraft(draft.id);
    expect(followed.mode).toBe('edit');
    expect(followed.lastStatus).toBe('승인완료');
    expect(followed.data.items.every((i) => i.vendorItemId && i.sellerProductItemId)).toBe(true);

    const list = await svc.list({ status: 'APPROVED', maxPerPage: 50 });
    expect(list.rows.find((r) => r.sellerProductId === id)?.statusName).toBe('승인완료');

    const detail = await svc.get(id);
    const [a, b] = detail.items.map((i) => i.vendorItemId!);
    const results = await svc.bulkUpdate([
      { vendorItemId: a, salePrice: 3500, quantity: 7 },
      { vendorItemId: b, salePrice: 9000 }, // +200%: refused before sending (rule 38)
      { vendorItemId: b, onSale: false },
    ]);
    expect(results.map((r) => [r.vendorItemId, r.field, r.state])).toEqual([
      [a, 'salePrice', 'done'],
      [a, 'quantity', 'done'],
      [b, 'salePrice', 'skipped'],
      [b, 'onSale', 'done'],
    ]);
    expect(results[2].messageKo).toContain('[규칙 38]');
    const inv = await svc.inventory([a, b]);
    expect(inv.items.map((i) => [i.salePrice, i.amountInStock, i.onSale])).toEqual([
      [3500, 7, true],
      [3000, 100, false],
    ]);
  });

  it('an approved product: delivery-only change goes approval-free (/partial), anything else approval-required', async () => {
    const draft = await svc.saveDraft({ mode: 'create', step: 8, data: await noteDraft('모나미 노트 배송비 변경') });
    const created = await svc.submit(draft.id, true);
    sb.clock.advance(31 * 60_000);
    await svc.status(created.sellerProductId!, draft.id);
    const d = await svc.getDraft(draft.id);
    d.data.delivery.deliveryChargeType = 'NOT_FREE';
    d.data.delivery.deliveryCharge = 3000;
    d.data.delivery.deliveryChargeOnReturn = 0;
    d.data.delivery.returnCharge = 3000;
    await svc.saveDraft({ id: d.id, mode: d.mode, step: 8, data: d.data });
    const partial = await svc.submit(d.id, true);
    expect(partial.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(partial).toMatchObject({ ok: true, path: 'updatePartial', statusName: '승인완료' });
    const raw = (await svc.get(created.sellerProductId!)).raw as Record<string, unknown>;
    expect(raw.deliveryChargeType).toBe('NOT_FREE');
    expect(raw.deliveryCharge).toBe(3000);

    const again = await svc.getDraft(d.id);
    again.data.basic.displayProductName = '모나미 노트 새 이름';
    await svc.saveDraft({ id: again.id, mode: again.mode, step: 8, data: again.data });
    const full = await svc.submit(again.id, true);
    expect(full).toMatchObject({ ok: true, path: 'update', statusName: '승인대기중' });
  });

  it('승인반려 shows the reason; the fixed product is resubmitted as a modify and approved', async () => {
    const draft = await svc.saveDraft({ mode: 'create', step: 8, data: await noteDraft('레플리카 노트') });
    const created = await svc.submit(draft.id, true);
    expect(created.ok).toBe(true);
    sb.clock.advance(31 * 60_000);
    const denied = await svc.status(created.sellerProductId!, draft.id);
    expect(denied.statusName).toBe('승인반려');
    expect(denied.denyReason).toContain('레플리카');
    expect((await svc.getDraft(draft.id)).denyReason).toContain('레플리카');

    const d = await svc.getDraft(draft.id);
    d.data.basic.sellerProductName = '정품 스프링 노트';
    d.data.basic.displayProductName = '정품 스프링 노트';
    await svc.saveDraft({ id: d.id, mode: d.mode, step: 8, data: d.data });
    const resubmitted = await svc.submit(d.id, true);
    expect(resubmitted.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(resubmitted).toMatchObject({ ok: true, path: 'update', statusName: '승인대기중' });
    sb.clock.advance(31 * 60_000);
    expect((await svc.status(created.sellerProductId!, d.id)).statusName).toBe('승인완료');
  });

  it('a rule break is reported before anything is sent; a saved product is requested later', async () => {
    const data = await noteDraft('필수옵션 빠진 노트');
    delete data.items[0].options['수량'];
    const bad = await svc.saveDraft({ mode: 'create', step: 8, data });
    const refused = await svc.submit(bad.id, true);
    expect(refused.ok).toBe(false);
    expect(refused.sellerProductId).toBeNull();
    expect(refused.issues.find((i) => i.ruleId === 'R77')?.messageKo).toContain("'수량'");

    const ok = await svc.saveDraft({ mode: 'create', step: 8, data: await noteDraft('임시저장 노트') });
    const saved = await svc.submit(ok.id, false);
    expect(saved).toMatchObject({ ok: true, statusName: '임시저장' });
    const requested = await svc.requestApproval(saved.sellerProductId!, ok.id);
    expect(requested).toMatchObject({ ok: true, statusName: '승인대기중' });
    const again = await svc.requestApproval(saved.sellerProductId!, ok.id);
    expect(again.ok).toBe(false);
    expect(again.issues[0].ruleId).toBe('R15');
  });

  it('starts a draft from an existing product (copy) and validates a body the way the CLI does', async () => {
    const list = await svc.list({ status: 'ALL', maxPerPage: 10 });
    const id = list.rows[0].sellerProductId;
    const copy = await svc.draftFromProduct(id, 'copy');
    expect(copy.mode).toBe('create');
    expect(copy.sellerProductId).toBeNull();
    expect(copy.data.items.every((i) => i.vendorItemId === null)).toBe(true);
    const { body } = await svc.buildFromDraft({ ...(await svc.saveDraft({ mode: 'create', step: 8, data: await noteDraft('CLI 검사 노트') })) }, true);
    expect((await svc.validateBody(body)).filter((i) => i.severity === 'error')).toEqual([]);
    const broken = { ...body, returnCharge: 99999 };
    expect((await svc.validateBody(broken)).some((i) => i.ruleId === 'R106')).toBe(true);
  });
});
