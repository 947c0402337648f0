// The product side of wingdesk: categories (recommend, tree, search, validity, meta), the account's
// places, wizard drafts, submit (create / approval-required update / approval-free update, chosen by
// the rules), approval follow-up, the product list and per-option price/stock/sale-status edits.
// Every request body passes the same shared rules the wizard runs before anything is sent.
import { formatWon } from '../../../shared/money';
import type { CoupangClient } from '../../coupang';
import { CoupangApiError } from '../../coupang';
import type { Db } from '../../store/db';
import { createProductDraftsRepo, type ProductDraftsRepo } from '../../store/products-drafts';
import type {
  DraftSummary,
  ItemEditInput,
  ItemEditResult,
  OutboundPlaceView,
  ProductDetailView,
  ProductRow,
  ProductStatusView,
  ReturnPlaceView,
  SubmitResult,
} from '../../../shared/ipc/products';
import {
  approvalRequestIssue,
  attachItemIds,
  buildFormModel,
  buildRequest,
  draftDataFromProduct,
  errorsOnly,
  explainCoupangMessage,
  gridColumns,
  issue,
  issueFromCoupangMessage,
  inflowIssue,
  issuesFromErrorItems,
  normalizeMeta,
  partialUpdateIssue,
  planEdit,
  statusCodeOf,
  updateIssue,
  validateItemEdit,
  validateOutboundPlace,
  validateProductRequest,
  validateReturnPlace,
  type CategoryMeta,
  type OutboundPlaceInput,
  type ProductDraft,
  type ProductDraftData,
  type ProductIssue,
  type ReturnPlaceInput,
  type ValidationContext,
} from '../../../shared/products';

type Json = Record<string, any>;

export interface ProductsConnection {
  vendorId: string;
  client: CoupangClient;
}

export interface ProductsServiceDeps {
  /** The active connection (the app's profile or demo sandbox; the CLI's env connection). */
  connection: () => Promise<ProductsConnection>;
  /** Drafts live here; the CLI's create/validate work without it. */
  db?: Db;
  now?: () => Date;
  log?: (entry: Record<string, unknown>) => void;
}

const TREE_TTL_MS = 30 * 60_000;
const META_TTL_MS = 10 * 60_000;
const FINAL_STATUSES = ['APPROVED', 'PARTIAL_APPROVED', 'DENIED', 'DELETED'];

export interface TreeNode {
  code: string;
  name: string;
  status: string | null;
  parent: string | null;
  children: string[];
}

const s = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const sOrNull = (v: unknown): string | null => (v === null || v === undefined || v === '' ? null : String(v));
const nOrNull = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) ? n : null;
};

function coupangText(err: unknown): string {
  if (err instanceof CoupangApiError) return err.coupangMessage ?? err.explanationKo;
  return err instanceof Error ? err.message : String(err);
}

function failureIssues(err: unknown): ProductIssue[] {
  if (err instanceof CoupangApiError && err.coupangMessage) return [issueFromCoupangMessage(err.coupangMessage)];
  return [issue('(coupang)', 'COUPANG', err instanceof CoupangApiError ? err.oneLineKo : coupangText(err))];
}

function failureMessage(err: unknown): string {
  if (err instanceof CoupangApiError) {
    const known = explainCoupangMessage(err.coupangMessage);
    return known ? `쿠팡이 거부했습니다: ${err.coupangMessage} — ${known.fixKo} [규칙 ${known.ruleId.slice(1)}]` : err.oneLineKo;
  }
  return `요청에 실패했습니다: ${coupangText(err)}`;
}

export function createProductsService(deps: ProductsServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const repo: ProductDraftsRepo | null = deps.db ? createProductDraftsRepo(deps.db, now) : null;
  const trees = new Map<string, { at: number; nodes: Map<string, TreeNode> }>();
  const metas = new Map<string, { at: number; meta: CategoryMeta }>();
  const log = deps.log ?? (() => {});

  function drafts(): ProductDraftsRepo {
    if (!repo) throw new Error('임시저장 저장소가 없습니다.');
    return repo;
  }

  // ── categories ──────────────────────────────────────────────────────────
  async function tree(): Promise<Map<string, TreeNode>> {
    const { client, vendorId } = await deps.connection();
    const key = `${client.baseUrl}|${vendorId}`;
    const hit = trees.get(key);
    if (hit && Date.now() - hit.at < TREE_TTL_MS) return hit.nodes;
    const res = await client.categories.listAll();
    const nodes = new Map<string, TreeNode>();
    const walk = (n: Json, parent: string | null) => {
      const code = s(n.displayCategoryCode ?? n.displayItemCategoryCode);
      const children: Json[] = Array.isArray(n.child) ? n.child : [];
      nodes.set(code, { code, name: s(n.name), status: sOrNull(n.status), parent, children: children.map((c) => s(c.displayCategoryCode ?? c.displayItemCategoryCode)) });
      for (const c of children) walk(c, code);
    };
    walk(res.data as Json, null);
    trees.set(key, { at: Date.now(), nodes });
    return nodes;
  }

  function pathOf(nodes: Map<string, TreeNode>, code: string): string | null {
    const parts: string[] = [];
    let cur = nodes.get(code);
    while (cur && cur.parent !== null) {
      parts.unshift(cur.name);
      cur = nodes.get(cur.parent);
    }
    return parts.length ? parts.join(' > ') : null;
  }

  async function pathOrNull(code: string): Promise<string | null> {
    try {
      return pathOf(await tree(), code);
    } catch {
      return null;
    }
  }

  async function meta(code: string): Promise<CategoryMeta> {
    const { client } = await deps.connection();
    const key = `${client.baseUrl}|${code}`;
    const hit = metas.get(key);
    if (hit && Date.now() - hit.at < META_TTL_MS) return hit.meta;
    const res = await client.categories.getMeta({ displayCategoryCode: code });
    const m = normalizeMeta(res.data);
    metas.set(key, { at: Date.now(), meta: m });
    return m;
  }

  async function categoryUsable(code: string): Promise<boolean> {
    const { client } = await deps.connection();
    const res = await client.categories.validate({ displayCategoryCode: code });
    return String(res.data) === 'true';
  }

  // ── places ──────────────────────────────────────────────────────────────
  async function places(): Promise<{ outbound: OutboundPlaceView[]; returns: ReturnPlaceView[] }> {
    const { client } = await deps.connection();
    const outbound: OutboundPlaceView[] = [];
    for (let page = 1; page <= 20; page++) {
      // rule 137: pageSize max 50.
      const res = await client.places.listOutbound({ pageNum: page, pageSize: 50 });
      const data = res.data as Json;
      for (const p of (data.content ?? []) as Json[]) {
        const addr = ((p.placeAddresses ?? []) as Json[])[0] ?? {};
        outbound.push({
          code: s(p.outboundShippingPlaceCode),
          name: s(p.shippingPlaceName),
          usable: p.usable !== false,
          global: p.global === true || ((p.placeAddresses ?? []) as Json[]).some((a) => a.addressType === 'OVERSEA'),
          address: `${s(addr.returnAddress)} ${s(addr.returnAddressDetail)}`.trim(),
          remoteInfos: ((p.remoteInfos ?? []) as Json[]).map((r) => ({ deliveryCode: s(r.deliveryCode), jeju: nOrNull(r.jeju) ?? 0, notJeju: nOrNull(r.notJeju) ?? 0, usable: r.usable !== false })),
        });
      }
      const total = nOrNull(data.pagination?.totalPages) ?? 1;
      if (page >= total) break;
    }
    const returns: ReturnPlaceView[] = [];
    for (let page = 1; page <= 20; page++) {
      // rule 145: pageSize max 50.
      const res = await client.places.listReturn({ pageNum: page, pageSize: 50 });
      const data = res.data as Json;
      for (const p of (data.content ?? []) as Json[]) {
        const addr = ((p.placeAddresses ?? []) as Json[])[0] ?? {};
        returns.push({
          code: s(p.returnCenterCode),
          name: s(p.shippingPlaceName),
          usable: p.usable !== false,
          deliverCode: sOrNull(p.deliverCode),
          goodsflowStatus: sOrNull(p.goodsflowStatus),
          companyContactNumber: s(addr.companyContactNumber),
          zipCode: s(addr.returnZipCode),
          address: s(addr.returnAddress),
          addressDetail: s(addr.returnAddressDetail),
        });
      }
      const total = nOrNull(data.pagination?.totalPages) ?? 1;
      if (page >= total) break;
    }
    return { outbound, returns };
  }

  function placesLite(p: { outbound: OutboundPlaceView[]; returns: ReturnPlaceView[] }): NonNullable<ValidationContext['places']> {
    return {
      outbound: p.outbound.map((o) => ({ code: o.code, name: o.name, usable: o.usable, global: o.global, remoteCouriers: o.remoteInfos.filter((r) => r.usable).map((r) => r.deliveryCode) })),
      returns: p.returns.map((r) => ({ code: r.code, name: r.name, usable: r.usable })),
    };
  }

  async function createOutboundPlace(input: OutboundPlaceInput & { userId: string }) {
    const current = await places();
    const issues = validateOutboundPlace(input, current.outbound.map((o) => o.name));
    if (errorsOnly(issues).length) return { ok: false, code: null, messageKo: '출고지 입력을 확인하세요.', issues };
    const { client, vendorId } = await deps.connection();
    try {
      const res = await client.places.createOutbound({
        vendorId,
        userId: input.userId,
        shippingPlaceName: input.shippingPlaceName.trim(),
        usable: true,
        global: input.global,
        placeAddresses: input.placeAddresses.map((a) => ({ ...a, phoneNumber2: a.phoneNumber2 || undefined })),
        remoteInfos: input.remoteInfos,
      });
      const code = sOrNull((res.data as Json)?.resultMessage);
      return { ok: true, code, messageKo: `출고지 '${input.shippingPlaceName}'을(를) 만들었습니다${code ? ` (코드 ${code})` : ''}.`, issues };
    } catch (err) {
      return { ok: false, code: null, messageKo: failureMessage(err), issues: failureIssues(err) };
    }
  }

  async function createReturnPlace(input: ReturnPlaceInput & { userId: string }) {
    const current = await places();
    const issues = validateReturnPlace(input, current.returns.map((r) => ({ name: r.name, address: `${r.address} ${r.addressDetail}`.trim() })));
    if (errorsOnly(issues).length) return { ok: false, code: null, messageKo: '반품지 입력을 확인하세요.', issues };
    const { client, vendorId } = await deps.connection();
    try {
      const res = await client.places.createReturn({
        vendorId,
        userId: input.userId,
        shippingPlaceName: input.shippingPlaceName.trim(),
        goodsflowInfoOpenApiDto: { deliverCode: input.deliverCode, contractNumber: input.contractNumber, contractCustomerNumber: input.contractCustomerNumber || undefined, ...input.fees } as any,
        placeAddresses: input.placeAddresses.map((a) => ({ ...a, phoneNumber2: a.phoneNumber2 || undefined })),
      });
      const code = sOrNull((res.data as Json)?.resultMessage);
      return { ok: true, code, messageKo: `반품지 '${input.shippingPlaceName}'을(를) 만들었습니다${code ? ` (코드 ${code})` : ''}.`, issues };
    } catch (err) {
      return { ok: false, code: null, messageKo: failureMessage(err), issues: failureIssues(err) };
    }
  }

  // ── validation context of a body ────────────────────────────────────────
  async function contextFor(body: Json, mode: 'create' | 'update', original: Json | null): Promise<ValidationContext> {
    const code = s(body.displayCategoryCode);
    const ctx: ValidationContext = { mode, original };
    if (code && /^\d+$/.test(code)) {
      ctx.meta = await meta(code).catch(() => null);
      ctx.categoryUsable = await categoryUsable(code).catch(() => null);
    }
    ctx.places = await places()
      .then(placesLite)
      .catch(() => null);
    return ctx;
  }

  /** `wingdesk products validate`: the wizard's rules on a request body. */
  async function validateBody(body: unknown, mode: 'create' | 'update' = 'create'): Promise<ProductIssue[]> {
    if (!body || typeof body !== 'object' || Array.isArray(body)) return validateProductRequest(body);
    const b = body as Json;
    let original: Json | null = null;
    if (mode === 'update' && b.sellerProductId) original = (await getRaw(s(b.sellerProductId)).catch(() => null)) as Json | null;
    return validateProductRequest(b, await contextFor(b, mode, original));
  }

  /** Sends a create body after the rules pass (CLI `products create`, and the wizard's create). */
  async function createFromBody(body: Json): Promise<SubmitResult> {
    const issues = validateProductRequest(body, await contextFor(body, 'create', null));
    if (errorsOnly(issues).length) {
      return { ok: false, path: 'create', sellerProductId: null, statusName: null, messageKo: `규칙 위반 ${errorsOnly(issues).length}건이 있어 보내지 않았습니다.`, issues, request: body, itemResults: [] };
    }
    const { client, vendorId } = await deps.connection();
    const sent = { ...body, vendorId };
    // Rule 11: a restricted account (or one at its permitted count) cannot create products.
    const inflow = await client.products
      .getInflowStatus()
      .then((r) => inflowIssue(r.data as any))
      .catch(() => null);
    if (inflow) return { ok: false, path: 'create', sellerProductId: null, statusName: null, messageKo: inflow.messageKo, issues: [...issues, inflow], request: sent, itemResults: [] };
    try {
      const res = await client.products.create(sent as any);
      const id = s(res.data);
      const warnings = issuesFromErrorItems((res.body as Json)?.errorItems);
      const statusName = await client.products
        .get({ sellerProductId: id })
        .then((r) => sOrNull((r.data as Json)?.statusName))
        .catch(() => (body.requested ? '승인대기중' : '임시저장'));
      log({ level: 'info', event: 'products.created', sellerProductId: id, requested: body.requested === true });
      return {
        ok: true,
        path: 'create',
        sellerProductId: id,
        statusName,
        messageKo: body.requested ? `상품을 등록하고 승인을 요청했습니다 (등록상품ID ${id}).` : `상품을 임시저장했습니다 (등록상품ID ${id}). 승인요청을 하면 심사가 시작됩니다.`,
        issues: [...issues, ...warnings],
        request: sent,
        itemResults: [],
      };
    } catch (err) {
      return { ok: false, path: 'create', sellerProductId: null, statusName: null, messageKo: failureMessage(err), issues: [...issues, ...failureIssues(err)], request: sent, itemResults: [] };
    }
  }

  async function getRaw(sellerProductId: string): Promise<Json> {
    const { client } = await deps.connection();
    const res = await client.products.get({ sellerProductId });
    return (res.data ?? {}) as Json;
  }

  function modelFor(m: CategoryMeta | null) {
    return m ? buildFormModel(m) : null;
  }

  async function buildFromDraft(draft: ProductDraft, requested: boolean) {
    const { vendorId } = await deps.connection();
    const code = draft.data.category.code;
    const m = code ? await meta(code).catch(() => null) : null;
    const model = modelFor(m);
    const columns = model ? gridColumns(model, draft.data.options.groupChoice, draft.data.options.extraColumns) : undefined;
    const body = buildRequest(draft, { model, vendorId, columns, requested });
    return { body, meta: m };
  }

  // ── submit ──────────────────────────────────────────────────────────────
  async function submit(draftId: string, requested: boolean): Promise<SubmitResult> {
    const { vendorId, client } = await deps.connection();
    const draft = drafts().get(vendorId, draftId);
    if (!draft) throw Object.assign(new Error('임시저장 초안을 찾을 수 없습니다.'), { code: 'NOT_FOUND' });

    if (draft.mode === 'edit' && draft.sellerProductId) {
      const original = await getRaw(draft.sellerProductId);
      const { body } = await buildFromDraft({ ...draft, original }, requested);
      const ctx = await contextFor(body, 'update', original);
      const issues = validateProductRequest(body, ctx);
      if (errorsOnly(issues).length) {
        return { ok: false, path: 'update', sellerProductId: draft.sellerProductId, statusName: sOrNull(original.statusName), messageKo: `규칙 위반 ${errorsOnly(issues).length}건이 있어 보내지 않았습니다.`, issues, request: body, itemResults: [] };
      }
      const plan = planEdit(original, body);
      const planIssues = [...issues, ...plan.issues];
      const statusName = sOrNull(original.statusName);
      let path: SubmitResult['path'] = plan.path;
      let messageKo = plan.reasonKo;
      try {
        if (plan.path === 'updatePartial') {
          const blocked = partialUpdateIssue(statusName);
          if (blocked) return { ok: false, path, sellerProductId: draft.sellerProductId, statusName, messageKo: blocked.messageKo, issues: [blocked, ...planIssues], request: plan.partialBody, itemResults: [] };
          await client.products.updatePartial({ sellerProductId: draft.sellerProductId, body: plan.partialBody as any });
          messageKo = `배송·반품 정보를 바로 반영했습니다 (승인불필요 수정). ${plan.reasonKo}`;
        } else if (plan.path === 'update') {
          const blocked = updateIssue(statusName);
          if (blocked) return { ok: false, path, sellerProductId: draft.sellerProductId, statusName, messageKo: blocked.messageKo, issues: [blocked, ...planIssues], request: body, itemResults: [] };
          await client.products.update(body as any);
          messageKo = requested ? `수정 내용을 저장하고 승인을 다시 요청했습니다. ${plan.reasonKo}` : `수정 내용을 저장했습니다. ${plan.reasonKo}`;
        } else if (requested && statusCodeOf(statusName) === 'SAVED') {
          path = 'approval';
          await client.products.requestApproval({ sellerProductId: draft.sellerProductId });
          messageKo = '승인을 요청했습니다.';
        }
      } catch (err) {
        return { ok: false, path, sellerProductId: draft.sellerProductId, statusName, messageKo: failureMessage(err), issues: [...planIssues, ...failureIssues(err)], request: plan.path === 'updatePartial' ? plan.partialBody : body, itemResults: [] };
      }
      const itemResults: SubmitResult['itemResults'] = [];
      for (const c of plan.itemApiChanges) {
        const edit: ItemEditInput = { vendorItemId: c.vendorItemId };
        if (c.field === 'salePrice') edit.salePrice = c.to;
        if (c.field === 'originalPrice') edit.originalPrice = c.to;
        if (c.field === 'maximumBuyCount') edit.quantity = c.to;
        for (const r of await bulkUpdate([edit])) itemResults.push({ vendorItemId: r.vendorItemId, field: r.field, ok: r.state === 'done', messageKo: r.messageKo });
      }
      const after = await status(draft.sellerProductId, draftId).catch(() => null);
      return { ok: true, path, sellerProductId: draft.sellerProductId, statusName: after?.statusName ?? statusName, messageKo, issues: planIssues, request: plan.path === 'updatePartial' ? plan.partialBody : body, itemResults };
    }

    const { body } = await buildFromDraft(draft, requested);
    const result = await createFromBody(body);
    if (result.ok && result.sellerProductId) {
      const original = await getRaw(result.sellerProductId).catch(() => null);
      // The draft now follows the registered product: a fix after 승인반려 is a modify of it.
      if (original) drafts().save(vendorId, { id: draftId, mode: 'edit', step: draft.step, data: attachItemIds(draft.data, original), sellerProductId: result.sellerProductId, original });
      drafts().setStatus(vendorId, draftId, { sellerProductId: result.sellerProductId, status: result.statusName, denyReason: null, original, mode: 'edit' });
    }
    return result;
  }

  async function requestApproval(sellerProductId: string, draftId?: string): Promise<SubmitResult> {
    const { client } = await deps.connection();
    const raw = await getRaw(sellerProductId);
    const statusName = sOrNull(raw.statusName);
    const blocked = approvalRequestIssue(statusName);
    if (blocked) return { ok: false, path: 'approval', sellerProductId, statusName, messageKo: blocked.messageKo, issues: [blocked], request: null, itemResults: [] };
    try {
      const res = await client.products.requestApproval({ sellerProductId });
      const after = await status(sellerProductId, draftId).catch(() => null);
      return { ok: true, path: 'approval', sellerProductId, statusName: after?.statusName ?? '승인대기중', messageKo: res.message || '승인을 요청했습니다.', issues: [], request: null, itemResults: [] };
    } catch (err) {
      return { ok: false, path: 'approval', sellerProductId, statusName, messageKo: failureMessage(err), issues: failureIssues(err), request: null, itemResults: [] };
    }
  }

  async function status(sellerProductId: string, draftId?: string): Promise<ProductStatusView> {
    const { client, vendorId } = await deps.connection();
    const raw = await getRaw(sellerProductId);
    const statusName = sOrNull(raw.statusName);
    const code = statusCodeOf(statusName);
    const history: ProductStatusView['history'] = await client.products
      .listHistories({ sellerProductId, maxPerPage: 50 })
      .then((r) =>
        ((r.data ?? []) as Json[]).map((h) => ({ status: s(h.status ?? h.statusName), comment: sOrNull(h.comment), createdBy: sOrNull(h.createdBy), createdAt: sOrNull(h.createdAt) })),
      )
      .catch(() => []);
    const denied = code === 'DENIED' ? (history.filter((h) => statusCodeOf(h.status) === 'DENIED').sort((a, b) => s(b.createdAt).localeCompare(s(a.createdAt)))[0] ?? null) : null;
    const denyReason = denied?.comment ?? (code === 'DENIED' ? '반려 사유가 이력에 없습니다. Wing에서 확인하세요.' : null);
    if (draftId && repo) {
      const d = repo.get(vendorId, draftId);
      if (d) {
        // vendorItemIds are issued on approval: keep them on the draft for a later modify.
        const attached = d.mode === 'edit' ? attachItemIds(d.data, raw) : d.data;
        if (JSON.stringify(attached.items) !== JSON.stringify(d.data.items)) repo.save(vendorId, { id: draftId, mode: 'edit', step: d.step, data: attached, sellerProductId, original: raw });
        if (d.lastStatus !== statusName || d.denyReason !== denyReason || JSON.stringify(d.original) !== JSON.stringify(raw)) repo.setStatus(vendorId, draftId, { sellerProductId, status: statusName, denyReason, original: raw });
      }
    }
    return { sellerProductId, statusName, statusCode: code, denyReason, final: code !== null && FINAL_STATUSES.includes(code), history };
  }

  // ── list, detail ────────────────────────────────────────────────────────
  async function list(q: { status: string; search?: string; nextToken?: string | null; maxPerPage: number }): Promise<{ rows: ProductRow[]; nextToken: string | null }> {
    const { client } = await deps.connection();
    const params: Json = { maxPerPage: q.maxPerPage };
    if (q.nextToken) params.nextToken = q.nextToken;
    if (q.status && q.status !== 'ALL') params.status = q.status;
    const search = q.search?.trim();
    if (search) {
      if (/^\d{5,}$/.test(search)) params.sellerProductId = search;
      else params.sellerProductName = search;
    }
    const res = await client.products.listPaged(params);
    const rows = ((res.data ?? []) as Json[]).map((p) => ({
      sellerProductId: s(p.sellerProductId),
      sellerProductName: s(p.sellerProductName),
      displayCategoryCode: sOrNull(p.displayCategoryCode),
      statusName: sOrNull(p.statusName),
      brand: sOrNull(p.brand),
      saleStartedAt: sOrNull(p.saleStartedAt),
      saleEndedAt: sOrNull(p.saleEndedAt),
      createdAt: sOrNull(p.createdAt),
    }));
    const token = res.nextToken === undefined || res.nextToken === null || res.nextToken === '' ? null : String(res.nextToken);
    return { rows, nextToken: token };
  }

  async function get(sellerProductId: string): Promise<ProductDetailView> {
    const raw = await getRaw(sellerProductId);
    const items = ((raw.items ?? []) as Json[]).map((it) => ({
      sellerProductItemId: sOrNull(it.sellerProductItemId),
      vendorItemId: sOrNull(it.vendorItemId),
      itemName: s(it.itemName),
      options: ((it.attributes ?? []) as Json[])
        .filter((a) => a.exposed !== 'NONE' && s(a.attributeValueName) !== '')
        .map((a) => `${s(a.attributeTypeName)}: ${s(a.attributeValueName)}`)
        .join(', '),
      salePrice: nOrNull(it.salePrice),
      originalPrice: nOrNull(it.originalPrice),
      maximumBuyCount: nOrNull(it.maximumBuyCount),
      isAutoGenerated: it.isAutoGenerated === true,
      externalVendorSku: sOrNull(it.externalVendorSku),
    }));
    return {
      sellerProductId: s(raw.sellerProductId) || sellerProductId,
      sellerProductName: s(raw.sellerProductName),
      displayProductName: sOrNull(raw.displayProductName),
      displayCategoryCode: sOrNull(raw.displayCategoryCode),
      statusName: sOrNull(raw.statusName),
      brand: sOrNull(raw.brand),
      manufacture: sOrNull(raw.manufacture),
      deliveryChargeType: sOrNull(raw.deliveryChargeType),
      deliveryCharge: nOrNull(raw.deliveryCharge),
      returnCharge: nOrNull(raw.returnCharge),
      saleStartedAt: sOrNull(raw.saleStartedAt),
      saleEndedAt: sOrNull(raw.saleEndedAt),
      items,
      raw,
    };
  }

  // ── option-level edits ──────────────────────────────────────────────────
  async function inventory(vendorItemIds: string[]) {
    const { client } = await deps.connection();
    const items = await Promise.all(
      vendorItemIds.map(async (vendorItemId) => {
        try {
          const r = await client.products.getItemInventory({ vendorItemId });
          const d = (r.data ?? {}) as Json;
          return { vendorItemId, amountInStock: nOrNull(d.amountInStock), salePrice: nOrNull(d.salePrice), onSale: typeof d.onSale === 'boolean' ? d.onSale : null, errorKo: null };
        } catch (err) {
          return { vendorItemId, amountInStock: null, salePrice: null, onSale: null, errorKo: failureMessage(err) };
        }
      }),
    );
    return { items };
  }

  /**
   * Per-option price / original price / stock / sale-status edits, each through its item API with
   * priority 'bulk' (the limiter lets the seller's own clicks go first), one result per change.
   */
  async function bulkUpdate(edits: ItemEditInput[]): Promise<ItemEditResult[]> {
    const { client } = await deps.connection();
    const bulk = { priority: 'bulk' as const };
    const needCurrent = edits.filter((e) => e.salePrice !== undefined && !e.force).map((e) => e.vendorItemId);
    const current = new Map<string, number | null>();
    await Promise.all(
      [...new Set(needCurrent)].map(async (id) => {
        const r = await client.products.getItemInventory({ vendorItemId: id }, bulk).catch(() => null);
        current.set(id, nOrNull((r?.data as Json | undefined)?.salePrice));
      }),
    );
    const jobs: Promise<ItemEditResult>[] = [];
    for (const e of edits) {
      const problems = validateItemEdit({ vendorItemId: e.vendorItemId, currentSalePrice: current.get(e.vendorItemId) ?? null, salePrice: e.salePrice, originalPrice: e.originalPrice, quantity: e.quantity, force: e.force });
      const problemOf = (field: string) => problems.filter((p) => p.field === field || p.field === 'vendorItemId').map((p) => p.messageKo).join(' ');
      const run = (field: ItemEditResult['field'], problemField: string, call: () => Promise<unknown>, doneKo: string) => {
        const problem = problemOf(problemField);
        if (problem) {
          jobs.push(Promise.resolve({ vendorItemId: e.vendorItemId, field, state: 'skipped' as const, messageKo: problem }));
          return;
        }
        jobs.push(
          call().then(
            () => ({ vendorItemId: e.vendorItemId, field, state: 'done' as const, messageKo: doneKo }),
            (err) => ({ vendorItemId: e.vendorItemId, field, state: 'failed' as const, messageKo: failureMessage(err) }),
          ),
        );
      };
      if (e.salePrice !== undefined) run('salePrice', 'price', () => client.products.updateItemPrice({ vendorItemId: e.vendorItemId, price: e.salePrice!, ...(e.force ? { forceSalePriceUpdate: true } : {}) }, bulk), `판매가를 ${formatWon(e.salePrice)}으로 바꿨습니다.`);
      if (e.originalPrice !== undefined) run('originalPrice', 'originalPrice', () => client.products.updateItemOriginalPrice({ vendorItemId: e.vendorItemId, originalPrice: e.originalPrice! }, bulk), `정가를 ${formatWon(e.originalPrice)}으로 바꿨습니다.`);
      if (e.quantity !== undefined) run('quantity', 'quantity', () => client.products.updateItemQuantity({ vendorItemId: e.vendorItemId, quantity: e.quantity! }, bulk), `재고를 ${e.quantity}개로 바꿨습니다.`);
      if (e.onSale !== undefined) {
        run('onSale', 'onSale', () => (e.onSale ? client.products.resumeItemSale({ vendorItemId: e.vendorItemId }, bulk) : client.products.stopItemSale({ vendorItemId: e.vendorItemId }, bulk)), e.onSale ? '판매를 재개했습니다.' : '판매를 중지했습니다.');
      }
    }
    return Promise.all(jobs);
  }

  // ── drafts ──────────────────────────────────────────────────────────────
  async function listDrafts(): Promise<DraftSummary[]> {
    const { vendorId } = await deps.connection();
    return drafts().list(vendorId);
  }

  async function getDraft(id: string): Promise<ProductDraft> {
    const { vendorId } = await deps.connection();
    const d = drafts().get(vendorId, id);
    if (!d) throw Object.assign(new Error('임시저장 초안을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.'), { code: 'NOT_FOUND' });
    return d;
  }

  async function saveDraft(input: { id?: string; mode: 'create' | 'edit'; step: number; data: ProductDraftData; sellerProductId?: string | null }): Promise<ProductDraft> {
    const { vendorId } = await deps.connection();
    const prev = input.id ? drafts().get(vendorId, input.id) : null;
    if (!prev) return drafts().save(vendorId, input);
    // IDs Coupang issued (after a submit or on approval) stay with the item even when the screen
    // saves a copy of the draft it loaded before they were known.
    const items = input.data.items.map((it) => {
      const p = prev.data.items.find((x) => x.key === it.key);
      if (!p) return it;
      return { ...it, sellerProductItemId: it.sellerProductItemId ?? p.sellerProductItemId, vendorItemId: it.vendorItemId ?? p.vendorItemId, itemName: it.itemName || p.itemName };
    });
    return drafts().save(vendorId, {
      ...input,
      mode: prev.mode === 'edit' ? 'edit' : input.mode,
      sellerProductId: input.sellerProductId ?? prev.sellerProductId,
      data: { ...input.data, items },
    });
  }

  async function deleteDraft(id: string) {
    const { vendorId } = await deps.connection();
    drafts().delete(vendorId, id);
    return { ok: true as const };
  }

  /** products.get → a draft: `edit` modifies that product, `copy` registers a new one starting from it. */
  async function draftFromProduct(sellerProductId: string, purpose: 'edit' | 'copy'): Promise<ProductDraft> {
    const { vendorId } = await deps.connection();
    const raw = await getRaw(sellerProductId);
    const code = s(raw.displayCategoryCode);
    const m = code ? await meta(code).catch(() => null) : null;
    const data = draftDataFromProduct(raw, modelFor(m), purpose);
    const nodes = await tree().catch(() => null);
    if (code && nodes) {
      data.category.name = nodes.get(code)?.name ?? null;
      data.category.path = pathOf(nodes, code);
    }
    if (purpose === 'copy') {
      data.basic.sellerProductName = `${data.basic.sellerProductName} (복사)`.slice(0, 100);
      data.options.search = { ...data.options.search };
    } else {
      // One edit draft per product: an edit already in progress is reopened, with the fresh original.
      const open = drafts()
        .list(vendorId)
        .find((d) => d.mode === 'edit' && d.sellerProductId === sellerProductId);
      if (open) {
        drafts().setStatus(vendorId, open.id, { sellerProductId, status: sOrNull(raw.statusName), denyReason: null, original: raw });
        return drafts().get(vendorId, open.id)!;
      }
    }
    const saved = drafts().save(vendorId, {
      mode: purpose === 'edit' ? 'edit' : 'create',
      step: purpose === 'edit' ? 8 : 1,
      data,
      sellerProductId: purpose === 'edit' ? sellerProductId : null,
      original: purpose === 'edit' ? raw : null,
    });
    if (purpose === 'edit') drafts().setStatus(vendorId, saved.id, { sellerProductId, status: sOrNull(raw.statusName), denyReason: null });
    return drafts().get(vendorId, saved.id)!;
  }

  return {
    recommend: async (req: { productName: string; brand?: string; productDescription?: string }) => {
      const { client } = await deps.connection();
      const res = await client.categories.recommend({ productName: req.productName, ...(req.brand ? { brand: req.brand } : {}), ...(req.productDescription ? { productDescription: req.productDescription } : {}) });
      const d = (res.data ?? {}) as Json;
      const code = sOrNull(d.predictedCategoryId);
      return {
        resultType: s(d.autoCategorizationPredictionResultType) || 'FAILURE',
        code,
        name: sOrNull(d.predictedCategoryName),
        path: code ? await pathOrNull(code) : null,
        comment: sOrNull(d.comment),
      };
    },
    children: async (code: string) => {
      const { client } = await deps.connection();
      const res = await client.categories.get({ displayCategoryCode: code });
      const d = (res.data ?? {}) as Json;
      const kids: Json[] = Array.isArray(d.child) ? d.child : [];
      return {
        code: s(d.displayItemCategoryCode ?? d.displayCategoryCode ?? code),
        name: s(d.name),
        children: kids.map((c) => ({ code: s(c.displayItemCategoryCode ?? c.displayCategoryCode), name: s(c.name), status: sOrNull(c.status) })),
      };
    },
    search: async (query: string, limit: number) => {
      const nodes = await tree();
      const q = query.trim().toLowerCase();
      const hits: { code: string; name: string; path: string; score: number }[] = [];
      for (const n of nodes.values()) {
        if (n.children.length > 0 || n.parent === null) continue;
        const path = pathOf(nodes, n.code) ?? n.name;
        const name = n.name.toLowerCase();
        const score = name === q ? 0 : name.includes(q) ? 1 : path.toLowerCase().includes(q) ? 2 : n.code === q ? 0 : -1;
        if (score >= 0) hits.push({ code: n.code, name: n.name, path, score });
      }
      hits.sort((a, b) => a.score - b.score || a.path.localeCompare(b.path, 'ko'));
      return { results: hits.slice(0, limit).map(({ code, name, path }) => ({ code, name, path })), total: hits.length };
    },
    validate: async (code: string) => {
      const usable = await categoryUsable(code);
      return { code, usable, messageKo: usable ? '사용할 수 있는 카테고리입니다.' : '사용할 수 없는 카테고리입니다. 최하위(리프)가 아니거나 개편으로 삭제·변경되었습니다 [규칙 93, 94].' };
    },
    meta: async (code: string) => {
      const m = await meta(code);
      const nodes = await tree().catch(() => null);
      return { code, meta: m, path: nodes ? pathOf(nodes, code) : null, name: nodes?.get(code)?.name ?? null };
    },
    places,
    createOutboundPlace,
    createReturnPlace,
    listDrafts,
    getDraft,
    saveDraft,
    deleteDraft,
    draftFromProduct,
    submit,
    requestApproval,
    status,
    list,
    get,
    inventory,
    bulkUpdate,
    validateBody,
    createFromBody,
    buildFromDraft,
  };
}
export type ProductsService = ReturnType<typeof createProductsService>;
