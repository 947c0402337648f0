// The inquiries service against the real sandbox: real HTTP and signatures, SQLite in a temp
// folder, the service's clock tied to the sandbox's virtual clock (timeScale 0, moved through the
// admin API). Every state gate as the seller meets it: answer only unanswered inquiries, once;
// nothing after the 24-hour mark; confirm only TRANSFER, and the 522 once it is closed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../sandbox';
import { createCoupangClient, type CoupangClient } from '../../coupang';
import { openDatabase, type Db } from '../../store/db';
import { createSettingsRepo } from '../../store/settings-repo';
import { createInquiriesService, InquiryInputError, type InquiriesService } from './service';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sb: Sandbox;
let client: CoupangClient;
let dir: string;
let db: Db;
let service: InquiriesService;

async function admin(method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${sb.baseUrl}/__sandbox${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) throw new Error(`admin ${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}
const advance = (minutes: number) => admin('POST', '/clock', { advanceMinutes: minutes });
const generate = async (family: 'product' | 'callcenter', kind?: 'answer' | 'confirm') => (await admin('POST', '/inquiries/generate', { family, count: 1, kind })).created[0];

beforeAll(async () => {
  sb = await startSandbox({ port: 0, seed: 11, startAt: '2026-11-20T03:00:00Z', timeScale: 0, rate: 1000 });
  client = createCoupangClient({ baseUrl: sb.baseUrl, credentials: { vendorId: sb.vendorId, accessKey: sb.accessKey, secretKey: sb.secretKey }, ratePerSecond: 10 });
});
afterAll(async () => {
  await client.close();
  await sb.close();
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wingdesk-inq-'));
  db = openDatabase(dir);
  service = createInquiriesService({ db, settings: createSettingsRepo(db), connection: async () => ({ vendorId: sb.vendorId, client }), now: () => new Date(sb.clock.now()) });
});
afterEach(async () => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
  await admin('POST', '/reset');
});

describe('sync', () => {
  it('fetches 14 days in two 7-day windows and mirrors the sandbox’s states', async () => {
    const report = await service.sync({ days: 14 });
    expect(report.windows).toBe(2);
    expect(report.product).toBeGreaterThan(50);
    const truth = await admin('GET', '/inquiries');
    const recent = (iso: string) => iso >= '2026-11-07';
    const productOpen = truth.productInquiries.filter((i: any) => recent(i.inquiryAt) && i.status === 'NOANSWER').map((i: any) => i.inquiryId).sort();
    const list = await service.list({ view: 'NO_ANSWER', kind: 'product' }, 2000);
    expect(list.rows.map((r) => r.inquiryId).sort()).toEqual(productOpen);
    const transfer = truth.callCenterInquiries.filter((i: any) => i.status === 'TRANSFER').map((i: any) => i.inquiryId).sort();
    expect((await service.list({ view: 'TRANSFER', kind: 'ALL' })).rows.map((r) => r.inquiryId).sort()).toEqual(transfer);
    expect(list.counts.ALL).toBe(report.product);
    expect((await service.list({ view: 'ALL', kind: 'ALL' })).counts.ALL).toBe(report.product + report.callCenter);
    expect(list.lastSyncAt).not.toBeNull();
  });

  it('lists what needs action first, the soonest 24-hour mark on top', async () => {
    const a = await generate('callcenter', 'answer');
    await advance(120);
    const b = await generate('callcenter', 'answer');
    await service.sync({ days: 7 });
    const rows = (await service.list({ view: 'ACTION', kind: 'ALL' })).rows;
    const open = rows.filter((r) => r.deadlineAt);
    expect(open.map((r) => r.inquiryId).indexOf(a.inquiryId)).toBeLessThan(open.map((r) => r.inquiryId).indexOf(b.inquiryId));
    expect(rows.findIndex((r) => r.deadlineAt === null)).toBeGreaterThan(rows.findIndex((r) => r.inquiryId === b.inquiryId));
    const row = rows.find((r) => r.inquiryId === a.inquiryId)!;
    expect(Date.parse(row.deadlineAt!) - Date.parse(a.transferAt)).toBe(24 * 3_600_000);
  });
});

describe('keeping the inbox current', () => {
  it('a new inquiry arrives without pressing 동기화: the background refresh picks it up', async () => {
    await service.sync({ days: 1 });
    const fresh = await generate('callcenter', 'answer');
    const inbox = async () => (await service.list({ view: 'ACTION', kind: 'ALL' })).rows.map((r) => r.inquiryId);
    expect(await inbox()).not.toContain(fresh.inquiryId);
    service.startBackground({ firstDelayMs: 10, intervalMs: 50 });
    try {
      await expect.poll(inbox, { timeout: 10_000 }).toContain(fresh.inquiryId);
    } finally {
      await service.stopBackground();
    }
  });

  it('a sync asked while one runs joins it when it covers the period, and waits to run a longer one', async () => {
    const [a, b] = await Promise.all([service.sync({ days: 7 }), service.sync({ days: 7 })]);
    expect(b).toBe(a);
    const [c, d] = await Promise.all([service.sync({ days: 7 }), service.sync({ days: 14 })]);
    expect([c.windows, d.windows]).toEqual([1, 2]);
    expect(d).not.toBe(c);
  });

  it('a copy read before the stored one never overwrites it (a list page in flight while an answer went out)', async () => {
    const fresh = await generate('product');
    await service.sync({ days: 1 });
    await advance(1);
    expect((await service.answer({ kind: 'product', inquiryId: fresh.inquiryId, content: '오늘 출고됩니다.', replyBy: 'wing-tester' })).row?.state).toBe('ANSWERED');
    const answered = service.repo.get(sb.vendorId, 'product', fresh.inquiryId)!;
    const stale = { ...answered, state: 'NO_ANSWER' as const, answeredAt: null, syncedAt: new Date(Date.parse(answered.syncedAt) - 60_000).toISOString() };
    service.repo.upsert([stale]);
    expect(service.repo.get(sb.vendorId, 'product', fresh.inquiryId)!.state).toBe('ANSWERED');
    service.repo.upsert([{ ...answered, question: '수정된 질문' }]);
    expect(service.repo.get(sb.vendorId, 'product', fresh.inquiryId)!.question).toBe('수정된 질문');
  });
});

describe('product inquiry answers', () => {
  it('answers once: the row leaves the unanswered view, the text keeps its line breaks as \\n', async () => {
    const fresh = await generate('product');
    await service.sync({ days: 1 });
    const outcome = await service.answer({ kind: 'product', inquiryId: fresh.inquiryId, content: '안녕하세요.\r\n\t오늘 출고됩니다.  \r\n', replyBy: 'wing-tester' });
    expect(outcome.state).toBe('done');
    expect(outcome.row?.state).toBe('ANSWERED');
    const truth = (await admin('GET', '/inquiries')).productInquiries.find((i: any) => i.inquiryId === fresh.inquiryId);
    expect(truth.answer.content).toBe('안녕하세요.\n 오늘 출고됩니다.');
    expect((await service.list({ view: 'NO_ANSWER', kind: 'product' })).rows.map((r) => r.inquiryId)).not.toContain(fresh.inquiryId);
    const detail = await service.detail('product', fresh.inquiryId);
    expect(detail.canAnswer).toBe(false);
    expect(detail.thread.at(-1)).toMatchObject({ author: 'vendor', content: '안녕하세요.\n 오늘 출고됩니다.' });
    const again = await service.answer({ kind: 'product', inquiryId: fresh.inquiryId, content: '다시 답변', replyBy: 'wing-tester' });
    expect(again.state).toBe('failed');
    expect((await service.preferences()).replyBy).toBe('wing-tester');
  });

  it('refuses 1 or 1,001 characters before sending anything', async () => {
    const fresh = await generate('product');
    await service.sync({ days: 1 });
    await expect(service.answer({ kind: 'product', inquiryId: fresh.inquiryId, content: ' 네 \n', replyBy: 'x' })).rejects.toBeInstanceOf(InquiryInputError);
    await expect(service.answer({ kind: 'product', inquiryId: fresh.inquiryId, content: '가'.repeat(1001), replyBy: 'x' })).rejects.toThrow('1000자');
    expect((await service.answer({ kind: 'product', inquiryId: fresh.inquiryId, content: '가'.repeat(1000), replyBy: 'x' })).state).toBe('done');
  });

  it('answered elsewhere: Coupang refuses, the row is re-read and shows the answer', async () => {
    const fresh = await generate('product');
    await service.sync({ days: 1 });
    await client.cs.replyProductInquiry({ inquiryId: fresh.inquiryId, body: { content: 'WING에서 답변', vendorId: sb.vendorId, replyBy: 'other' } });
    const outcome = await service.answer({ kind: 'product', inquiryId: fresh.inquiryId, content: '늦은 답변입니다', replyBy: 'wing-tester' });
    expect(outcome.state).toBe('failed');
    expect(outcome.messageKo).toContain('쿠팡:');
    expect(outcome.row?.state).toBe('ANSWERED');
  });
});

describe('contact-center transfers', () => {
  it('answers a NO_ANSWER transfer with its parentAnswerId, once', async () => {
    const fresh = await generate('callcenter', 'answer');
    await service.sync({ days: 1 });
    const detail = await service.detail('callcenter', fresh.inquiryId);
    expect(detail.canAnswer).toBe(true);
    expect(detail.parentAnswerId).toBe(fresh.transferAnswerId);
    const outcome = await service.answer({ kind: 'callcenter', inquiryId: fresh.inquiryId, content: '고객님께 연락드렸습니다.', replyBy: 'wing-tester' });
    expect(outcome.state).toBe('done');
    expect(outcome.row?.state).toBe('ANSWERED');
    expect((await service.detail('callcenter', fresh.inquiryId)).thread.some((p) => p.author === 'vendor' && p.content === '고객님께 연락드렸습니다.')).toBe(true);
    expect((await admin('GET', '/inquiries')).callCenterInquiries.find((i: any) => i.inquiryId === fresh.inquiryId).outcome).toBe('answered');
  });

  it('after 24 hours: no API answer; the re-read shows Coupang’s system answer', async () => {
    const fresh = await generate('callcenter', 'answer');
    await service.sync({ days: 1 });
    await advance(24 * 60 + 5);
    const row = (await service.list({ view: 'NO_ANSWER', kind: 'callcenter' })).rows.find((r) => r.inquiryId === fresh.inquiryId)!;
    expect(row.overdue).toBe(true);
    expect((await service.detail('callcenter', fresh.inquiryId)).canAnswer).toBe(false);
    const outcome = await service.answer({ kind: 'callcenter', inquiryId: fresh.inquiryId, content: '늦었지만 답변합니다', replyBy: 'wing-tester' });
    expect(outcome.state).toBe('failed');
    expect(outcome.row).toMatchObject({ state: 'ANSWERED', answeredBySystem: true });
    expect((await admin('GET', '/inquiries')).callCenterInquiries.find((i: any) => i.inquiryId === fresh.inquiryId).outcome).toBe('auto-answered');
  });

  it('confirms a TRANSFER within 24 hours; once closed, Coupang’s 522 comes back explained', async () => {
    const first = await generate('callcenter', 'confirm');
    const second = await generate('callcenter', 'confirm');
    await service.sync({ days: 1 });
    expect((await service.detail('callcenter', first.inquiryId)).canConfirm).toBe(true);
    const ok = await service.confirm({ inquiryId: first.inquiryId, confirmBy: 'wing-tester' });
    expect(ok.state).toBe('done');
    expect(ok.row?.state).toBe('CLOSED');
    expect((await service.detail('callcenter', first.inquiryId)).transferCompleteReasonKo).toBe('판매자확인');
    // The local copy still says TRANSFER 25 hours later: the 522 is Coupang's to say.
    await advance(25 * 60);
    const late = await service.confirm({ inquiryId: second.inquiryId, confirmBy: 'wing-tester' });
    expect(late.state).toBe('failed');
    expect(late.messageKo).toContain('522');
    expect(late.row?.state).toBe('CLOSED');
    expect((await service.detail('callcenter', second.inquiryId)).transferCompleteReasonKo).toBe('직권처리');
  });

  it('a NO_ANSWER transfer is not confirmed, and a TRANSFER is not answered', async () => {
    const answer = await generate('callcenter', 'answer');
    const confirm = await generate('callcenter', 'confirm');
    await service.sync({ days: 1 });
    expect((await service.confirm({ inquiryId: answer.inquiryId, confirmBy: 'x' })).state).toBe('failed');
    expect((await service.answer({ kind: 'callcenter', inquiryId: confirm.inquiryId, content: '답변입니다', replyBy: 'x' })).state).toBe('failed');
  });
});

describe('templates', () => {
  it('starts with a few, saves, edits and deletes', async () => {
    const start = service.templates();
    expect(start.length).toBeGreaterThanOrEqual(3);
    const saved = service.saveTemplate({ name: '품절 안내', content: '{상품명}은 품절입니다.' });
    expect(service.templates().map((t) => t.name)).toContain('품절 안내');
    service.saveTemplate({ id: saved.id, name: '품절 안내', content: '{상품명} {옵션}은 품절입니다.' });
    expect(service.templates().find((t) => t.id === saved.id)!.content).toBe('{상품명} {옵션}은 품절입니다.');
    expect(service.deleteTemplate(saved.id)).toEqual({ ok: true });
    for (const t of start) service.deleteTemplate(t.id);
    // Deleted starters do not come back.
    expect(service.templates()).toEqual([]);
  });
});
