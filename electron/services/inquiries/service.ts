// The inquiries service, shared by the IPC handlers and the CLI. Reads come from the local store
// (offline); sync, answers and confirmations go to Coupang through the active connection. After
// every write the inquiry is read back, so the inbox shows what Coupang now says — also when it
// refused (already answered elsewhere, closed after 24 hours).
import type { InquiryDetail, InquiryFilter, InquiryKind, InquiryOutcome, InquiryRow, InquiryView } from '../../../shared/ipc/inquiries';
import { ANSWER_ISSUE_KO, CALL_CENTER_PAGE_SIZE, checkAnswer, INQUIRIES_REFRESH, INQUIRY_WINDOW_DAYS, PRODUCT_PAGE_SIZE, TRANSFER_COMPLETE_REASON_KO } from '../../../shared/inquiries';
import { addKstDays, kstDate, kstIso } from '../../../shared/kst';
import { splitDays } from '../../../shared/settlement/windows';
import { isCoupangApiError, type CoupangApiError, type CoupangClient } from '../../coupang';
import type { Db } from '../../store/db';
import { createInquiriesRepo, type InquiryRecord } from '../../store/inquiries-repo';
import { createTemplatesRepo } from '../../store/inquiries-templates';
import type { SettingsRepo } from '../../store/settings-repo';
import { backgroundRefresh } from '../repeat';
import { syncSlots } from '../sync-slots';
import { buyerPhoneOf, threadOf, toRecord, transferReasonOf } from './normalize';


export interface InquiriesConnection {
  vendorId: string;
  client: CoupangClient;
}

export interface InquiriesServiceDeps {
  db: Db;
  settings?: SettingsRepo;
  connection: () => Promise<InquiriesConnection>;
  now?: () => Date;
  log?: (e: Record<string, unknown>) => void;
}

/** A refusal before anything is sent; the IPC layer shows messageKo (code INVALID_PAYLOAD / NOT_FOUND). */
export class InquiryInputError extends Error {
  constructor(
    readonly code: 'INVALID_PAYLOAD' | 'NOT_FOUND',
    message: string,
  ) {
    super(message);
    this.name = 'InquiryInputError';
  }
}

export interface SyncReport {
  product: number;
  callCenter: number;
  windows: number;
  requests: number;
  seconds: number;
}

export interface SyncOptions {
  days?: number;
  signal?: AbortSignal;
  /** 'bulk' for the background refresh: the seller's own requests go first. */
  priority?: 'bulk';
  onProgress?: (p: SyncProgress) => void;
}

type CallOptions = { signal?: AbortSignal; priority?: 'bulk' };

export interface SyncProgress {
  window: number;
  windows: number;
  kind: InquiryKind;
  page: number;
  pulled: number;
}

export function inquirySyncErrorKo(err: unknown): string {
  if (isCoupangApiError(err)) return `고객문의 동기화 실패: ${err.oneLineKo}`;
  return `고객문의 동기화 실패: ${err instanceof Error ? err.message : String(err)}`;
}

export function createInquiriesService(deps: InquiriesServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? (() => {});
  const repo = createInquiriesRepo(deps.db);
  const templates = createTemplatesRepo(deps.db, now);
  const key = (name: string, vendorId: string) => `inquiries.${name}:${vendorId}`;

  function toRow(r: InquiryRecord, nowMs: number): InquiryRow {
    const open = r.state === 'NO_ANSWER' || r.state === 'TRANSFER';
    return {
      kind: r.kind,
      inquiryId: r.inquiryId,
      state: r.state,
      productName: r.productName || repo.nameOf(r.vendorId, r.vendorItemId),
      vendorItemId: r.vendorItemId,
      question: r.question,
      inquiryAt: r.inquiryAt,
      orderIds: r.orderIds,
      category: r.category,
      deadlineAt: open && r.deadlineMs !== null ? kstIso(new Date(r.deadlineMs)) : null,
      overdue: open && r.deadlineMs !== null && r.deadlineMs <= nowMs,
      answeredAt: r.answeredAt,
      answeredBySystem: r.answeredBySystem,
      syncedAt: r.syncedAt,
    };
  }

  function store(vendorId: string, kind: InquiryKind, raws: unknown[], syncedAt: string): number {
    const nameOf = (id: string | null) => repo.nameOf(vendorId, id);
    const records: InquiryRecord[] = [];
    for (const raw of raws) {
      if (!raw || typeof raw !== 'object') continue;
      const r = toRecord(kind, vendorId, raw as Record<string, unknown>, syncedAt, nameOf);
      if (!r) continue;
      if (kind === 'callcenter' && r.vendorItemId && r.productName) repo.rememberName(vendorId, r.vendorItemId, r.productName, syncedAt);
      records.push(r);
    }
    repo.upsert(records);
    return records.length;
  }

  async function pullWindow(conn: InquiriesConnection, kind: InquiryKind, from: string, to: string, counter: { requests: number }, call: CallOptions, onPage?: (page: number, pulled: number) => void): Promise<number> {
    let pulled = 0;
    for (let page = 1; ; page++) {
      // Stamped with the time of asking, not of storing: a page asked before an answer went out
      // must not overwrite the copy read back after it (the store keeps the newer read).
      const readAt = now().toISOString();
      const res =
        kind === 'product'
          ? await conn.client.cs.listProductInquiries({ answeredType: 'ALL', inquiryStartAt: from, inquiryEndAt: to, pageNum: page, pageSize: PRODUCT_PAGE_SIZE }, call)
          : await conn.client.cs.listCallCenterInquiries({ partnerCounselingStatus: 'NONE', inquiryStartAt: from, inquiryEndAt: to, pageNum: page, pageSize: CALL_CENTER_PAGE_SIZE }, call);
      counter.requests++;
      const content = (res.data?.content ?? []) as unknown[];
      pulled += store(conn.vendorId, kind, content, readAt);
      onPage?.(page, pulled);
      const totalPages = Number(res.data?.pagination?.totalPages ?? 1);
      if (content.length === 0 || page >= totalPages) return pulled;
    }
  }

  const slots = syncSlots<number, SyncReport>((runningDays, askedDays) => runningDays >= askedDays);

  async function sync(opts: SyncOptions = {}): Promise<SyncReport> {
    const conn = await deps.connection();
    const days = Math.max(1, Math.min(90, Math.floor(opts.days ?? INQUIRY_WINDOW_DAYS)));
    return slots.run(conn.vendorId, days, () => pullAll(conn, days, opts));
  }

  async function pullAll(conn: InquiriesConnection, days: number, opts: SyncOptions): Promise<SyncReport> {
    const started = Date.now();
    const call: CallOptions = { signal: opts.signal, priority: opts.priority };
    const today = kstDate(now());
    // Newest window first: what needs an answer today is stored before older history.
    const windows = splitDays(addKstDays(today, -(days - 1)), today, INQUIRY_WINDOW_DAYS).reverse();
    const counter = { requests: 0 };
    let product = 0;
    let callCenter = 0;
    try {
      for (const [i, w] of windows.entries()) {
        product += await pullWindow(conn, 'product', w.from, w.to, counter, call, (page, pulled) => opts.onProgress?.({ window: i + 1, windows: windows.length, kind: 'product', page, pulled }));
        callCenter += await pullWindow(conn, 'callcenter', w.from, w.to, counter, call, (page, pulled) => opts.onProgress?.({ window: i + 1, windows: windows.length, kind: 'callcenter', page, pulled }));
      }
    } catch (err) {
      deps.settings?.set(key('lastError', conn.vendorId), inquirySyncErrorKo(err));
      throw err;
    }
    deps.settings?.set(key('lastSyncAt', conn.vendorId), now().toISOString());
    deps.settings?.set(key('lastError', conn.vendorId), null);
    const report = { product, callCenter, windows: windows.length, requests: counter.requests, seconds: Math.round((Date.now() - started) / 100) / 10 };
    log({ level: 'info', event: 'inquiries.sync', vendorId: conn.vendorId, ...report });
    return report;
  }

  /** Re-reads one inquiry from Coupang (after a write, or to settle a doubt). Best effort. */
  async function refresh(conn: InquiriesConnection, record: InquiryRecord): Promise<InquiryRecord> {
    try {
      if (record.kind === 'callcenter') {
        const readAt = now().toISOString();
        const res = await conn.client.cs.getCallCenterInquiry({ inquiryId: record.inquiryId });
        if (res.data && typeof res.data === 'object') store(conn.vendorId, 'callcenter', [res.data], readAt);
      } else {
        // No single query for product Q&A: the list of the inquiry's own day finds it.
        const day = record.inquiryAt.slice(0, 10);
        for (let page = 1; page <= 20; page++) {
          const readAt = now().toISOString();
          const res = await conn.client.cs.listProductInquiries({ answeredType: 'ALL', inquiryStartAt: day, inquiryEndAt: day, pageNum: page, pageSize: PRODUCT_PAGE_SIZE });
          const content = (res.data?.content ?? []) as Array<{ inquiryId?: unknown }>;
          const hit = content.find((c) => String(c.inquiryId) === record.inquiryId);
          if (hit) {
            store(conn.vendorId, 'product', [hit], readAt);
            break;
          }
          if (content.length === 0 || page >= Number(res.data?.pagination?.totalPages ?? 1)) break;
        }
      }
    } catch (err) {
      log({ level: 'warn', event: 'inquiries.refresh.failed', inquiryId: record.inquiryId, error: err instanceof Error ? err.message : String(err) });
    }
    return repo.get(conn.vendorId, record.kind, record.inquiryId) ?? record;
  }

  function recordOrThrow(vendorId: string, kind: InquiryKind, inquiryId: string): InquiryRecord {
    const r = repo.get(vendorId, kind, inquiryId);
    if (!r) throw new InquiryInputError('NOT_FOUND', `저장된 문의가 없습니다: ${inquiryId}. 먼저 동기화하세요.`);
    return r;
  }

  /** What a Coupang refusal means for this inquiry, in plain Korean, with Coupang's own words. */
  function refusalKo(err: CoupangApiError, action: 'answer' | 'confirm'): string {
    const said = err.coupangMessage ? ` (쿠팡: ${err.coupangMessage})` : '';
    const msg = err.coupangMessage ?? '';
    if (/-\s*522/.test(msg)) return `이미 종료된 문의라 확인할 수 없습니다(확인 완료, 상담사 종료 또는 24시간 경과).${said}`;
    if (/can't be answer/i.test(msg))
      return action === 'answer'
        ? `답변할 수 없는 상태입니다. 이미 답변되었거나 24시간이 지나 쿠팡이 자동 답변했습니다. 필요하면 WING > 온라인 문의 > 쿠팡CS문의에서 답변하세요.${said}`
        : `확인할 수 없는 상태입니다(미확인 문의만 확인할 수 있습니다).${said}`;
    return `${err.explanationKo}${said}`;
  }

  async function write(record: InquiryRecord, action: 'answer' | 'confirm', send: (conn: InquiriesConnection) => Promise<unknown>): Promise<InquiryOutcome> {
    const conn = await deps.connection();
    const nowMs = now().getTime();
    try {
      await send(conn);
    } catch (err) {
      if (!isCoupangApiError(err)) throw err;
      if (err.kind === 'bad-request') {
        const fresh = await refresh(conn, record);
        log({ level: 'warn', event: `inquiries.${action}.refused`, inquiryId: record.inquiryId, message: err.coupangMessage });
        return { state: 'failed', messageKo: refusalKo(err, action), row: toRow(fresh, nowMs) };
      }
      if (err.kind === 'unknown-outcome' || err.kind === 'timeout') {
        const fresh = await refresh(conn, record);
        const landed = fresh.state !== record.state;
        return {
          state: landed ? 'done' : 'unknown',
          messageKo: landed ? '응답은 받지 못했지만 다시 조회해 보니 반영되어 있습니다.' : '쿠팡의 응답을 받지 못했습니다. 다시 조회해도 반영되지 않았으니, 잠시 뒤 상태를 확인하고 필요하면 다시 보내세요.',
          row: toRow(fresh, nowMs),
        };
      }
      throw err;
    }
    const fresh = await refresh(conn, record);
    log({ level: 'info', event: `inquiries.${action}`, inquiryId: record.inquiryId, kind: record.kind });
    return { state: 'done', messageKo: action === 'answer' ? '답변을 등록했습니다.' : '문의를 확인 처리했습니다.', row: toRow(fresh, nowMs) };
  }

  const background = backgroundRefresh({ name: 'inquiries.background', timing: INQUIRIES_REFRESH, db: deps.db, connection: deps.connection, sync: () => sync({ priority: 'bulk' }), log });

  return {
    repo,

    async vendor(): Promise<string> {
      return (await deps.connection()).vendorId;
    },

    sync,

    /** Keeps the inbox fresh on its own; no connection (no profile yet) skips a round quietly. */
    startBackground: background.start,
    stopBackground: background.stop,

    async list(filter: InquiryFilter, limit = 500): Promise<{ rows: InquiryRow[]; total: number; counts: Record<InquiryView, number>; lastSyncAt: string | null; lastErrorKo: string | null }> {
      const { vendorId } = await deps.connection();
      const nowMs = now().getTime();
      const { rows, total } = repo.list(vendorId, filter, nowMs, limit);
      return {
        rows: rows.map((r) => toRow(r, nowMs)),
        total,
        counts: repo.counts(vendorId, { kind: filter.kind, search: filter.search }),
        lastSyncAt: deps.settings?.get(key('lastSyncAt', vendorId)) ?? null,
        lastErrorKo: deps.settings?.get(key('lastError', vendorId)) ?? null,
      };
    },

    async detail(kind: InquiryKind, inquiryId: string): Promise<InquiryDetail> {
      const { vendorId } = await deps.connection();
      const r = recordOrThrow(vendorId, kind, inquiryId);
      const row = toRow(r, now().getTime());
      const reason = transferReasonOf(r);
      return {
        ...row,
        thread: threadOf(r),
        buyerPhone: kind === 'callcenter' ? buyerPhoneOf(r) : null,
        parentAnswerId: r.parentAnswerId,
        canAnswer: r.state === 'NO_ANSWER' && !row.overdue && (kind === 'product' || r.parentAnswerId !== null),
        canConfirm: r.state === 'TRANSFER' && !row.overdue,
        transferCompleteReasonKo: reason && reason !== 'NONE' ? (TRANSFER_COMPLETE_REASON_KO[reason] ?? reason) : null,
      };
    },

    /** One answer per inquiry (rule 89), only while NO_ANSWER (rule 91) and before the 24-hour mark (rule 92). */
    async answer(input: { kind: InquiryKind; inquiryId: string; content: string; replyBy: string }): Promise<InquiryOutcome> {
      const check = checkAnswer(input.content);
      if (check.issue) throw new InquiryInputError('INVALID_PAYLOAD', ANSWER_ISSUE_KO[check.issue]);
      const conn = await deps.connection();
      const record = recordOrThrow(conn.vendorId, input.kind, input.inquiryId);
      const replyBy = input.replyBy.trim();
      deps.settings?.set(key('replyBy', conn.vendorId), replyBy);
      const nowMs = now().getTime();
      if (record.state !== 'NO_ANSWER') {
        return { state: 'failed', messageKo: record.state === 'TRANSFER' ? '미확인(TRANSFER) 문의는 답변하지 않고 확인 처리합니다.' : '이미 답변한 문의입니다. 답변은 한 번만 등록할 수 있고 수정·삭제할 수 없습니다.', row: toRow(record, nowMs) };
      }
      if (record.kind === 'callcenter' && record.deadlineMs !== null && record.deadlineMs <= nowMs) {
        const fresh = await refresh(conn, record);
        return { state: 'failed', messageKo: '24시간이 지나 쿠팡이 자동 답변한 문의입니다. API로는 답변할 수 없으니 WING > 온라인 문의 > 쿠팡CS문의에서 답변하세요.', row: toRow(fresh, nowMs) };
      }
      if (record.kind === 'product') {
        return write(record, 'answer', (c) => c.client.cs.replyProductInquiry({ inquiryId: record.inquiryId, body: { content: check.text, vendorId: c.vendorId, replyBy } }));
      }
      if (!record.parentAnswerId) throw new InquiryInputError('INVALID_PAYLOAD', '이관 글(answerId)을 찾지 못했습니다. 동기화한 뒤 다시 시도하세요.');
      return write(record, 'answer', (c) =>
        c.client.cs.replyCallCenterInquiry({ inquiryId: record.inquiryId, body: { vendorId: c.vendorId, inquiryId: record.inquiryId, content: check.text, replyBy, parentAnswerId: record.parentAnswerId! } }),
      );
    },

    /** Only TRANSFER (미확인) inquiries, within 24 hours of the request (rule 93). */
    async confirm(input: { inquiryId: string; confirmBy: string }): Promise<InquiryOutcome> {
      const conn = await deps.connection();
      const record = recordOrThrow(conn.vendorId, 'callcenter', input.inquiryId);
      const confirmBy = input.confirmBy.trim();
      deps.settings?.set(key('replyBy', conn.vendorId), confirmBy);
      const nowMs = now().getTime();
      if (record.state !== 'TRANSFER') return { state: 'failed', messageKo: '미확인(TRANSFER) 상태의 고객센터 문의만 확인할 수 있습니다.', row: toRow(record, nowMs) };
      return write(record, 'confirm', (c) => c.client.cs.confirmCallCenterInquiry({ inquiryId: record.inquiryId, body: { confirmBy } }));
    },

    templates: () => templates.list(),
    saveTemplate: (input: { id?: string; name: string; content: string }) => templates.save(input),
    deleteTemplate(id: string): { ok: true } {
      if (!templates.delete(id)) throw new InquiryInputError('NOT_FOUND', '템플릿을 찾지 못했습니다.');
      return { ok: true };
    },

    async preferences(): Promise<{ replyBy: string | null }> {
      const { vendorId } = await deps.connection();
      return { replyBy: deps.settings?.get(key('replyBy', vendorId)) ?? null };
    },
  };
}

export type InquiriesService = ReturnType<typeof createInquiriesService>;
