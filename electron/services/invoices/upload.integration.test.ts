// The journaled bulk upload against the real sandbox (real HTTP, signatures, the shared limiter,
// SQLite in a temp folder). The sandbox's admin API counts every uploaded element per
// shipmentBoxId + vendorItemId, which is how "accepted exactly once, never sent twice" is proven.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../sandbox';
import { createCoupangClient, type CoupangClient } from '../../coupang';
import { openDatabase, type Db } from '../../store/db';
import { createInvoicesService, type InvoicesService } from './service';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sb: Sandbox;
let client: CoupangClient;
const dirs: string[] = [];

async function admin(method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${sb.baseUrl}/__sandbox${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await res.json();
  if (!res.ok) throw new Error(`admin ${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

interface Box {
  shipmentBoxId: string;
  orderId: string;
  items: string[];
}

/** New orders, acknowledged to INSTRUCT; returns boxes until `rows` item rows are covered. */
async function instructBoxes(rows: number): Promise<Box[]> {
  const created = (await admin('POST', '/orders/generate', { count: Math.ceil(rows / 1.2) + 20 })).created as Array<{ shipmentBoxId: string }>;
  const ids = new Set(created.map((c) => c.shipmentBoxId));
  const view = await admin('GET', '/orders');
  const boxes: Box[] = [];
  let n = 0;
  for (const o of view.orders) {
    if (!ids.has(o.shipmentBoxId) || o.status !== 'ACCEPT' || n >= rows) continue;
    const items = o.items.filter((i: any) => i.shippingCount - i.cancelCount - i.holdCountForCancel > 0).map((i: any) => String(i.vendorItemId));
    if (!items.length || n + items.length > rows) continue;
    boxes.push({ shipmentBoxId: o.shipmentBoxId, orderId: o.orderId, items });
    n += items.length;
  }
  if (n < rows) throw new Error(`only ${n} rows from generated orders`);
  for (let i = 0; i < boxes.length; i += 50) {
    const res = await client.orders.acknowledge({ vendorId: sb.vendorId, shipmentBoxIds: boxes.slice(i, i + 50).map((b) => b.shipmentBoxId) }, { priority: 'bulk' });
    expect((res.data.responseList ?? []).every((r) => r.succeed)).toBe(true);
  }
  return boxes;
}

let invoiceSeq = 100_000_000;
/** One row per item (WING 배송리스트 style), one CJ waybill per box. */
function csvFor(boxes: Box[]): { text: string; rows: number; invoices: Map<string, string> } {
  const lines = ['묶음배송번호,주문번호,옵션ID,택배사,송장번호'];
  const invoices = new Map<string, string>();
  for (const b of boxes) {
    const inv = `68${String(invoiceSeq++).padStart(10, '0')}`;
    invoices.set(b.shipmentBoxId, inv);
    for (const it of b.items) lines.push(`${b.shipmentBoxId},${b.orderId},${it},CJ대한통운,${inv}`);
  }
  return { text: '\ufeff' + lines.join('\r\n') + '\r\n', rows: lines.length - 1, invoices };
}

function freshDb(): Db {
  const dir = mkdtempSync(join(tmpdir(), 'wd-inv-'));
  dirs.push(dir);
  return openDatabase(dir);
}

function service(db: Db, runner = {}): InvoicesService {
  return createInvoicesService({ db, connection: async () => ({ vendorId: sb.vendorId, client }), runner: { reconcileDelaysMs: [0, 200, 500, 1000], retryDelaysMs: [100, 200], ...runner } });
}

async function uploads(): Promise<Map<string, { attempts: number; accepted: number }>> {
  const r = await admin('GET', `/invoice-uploads?vendorId=${sb.vendorId}`);
  return new Map(r.uploads.map((u: any) => [`${u.shipmentBoxId}|${u.vendorItemId}`, u]));
}

function expectExactlyOnce(boxes: Box[], counts: Map<string, { attempts: number; accepted: number }>) {
  let bad = 0;
  for (const b of boxes) for (const it of b.items) {
    const c = counts.get(`${b.shipmentBoxId}|${it}`);
    if (!c || c.attempts !== 1 || c.accepted !== 1) bad++;
  }
  expect(bad).toBe(0);
}

async function runFile(svc: InvoicesService, db: Db, text: string, name = 'invoices.csv') {
  const read = await svc.readFile(new TextEncoder().encode(text), name, {});
  const c = svc.check(read, {}, sb.vendorId);
  expect(c.validation.problems).toEqual([]);
  const job = svc.createJob(name, read.encoding, c, sb.vendorId);
  const outcome = await svc.run(job.id);
  return { job: svc.job(job.id), outcome, db };
}

beforeAll(async () => {
  sb = await startSandbox({ port: 0, seed: 11, orders: 20 });
  client = createCoupangClient({ baseUrl: sb.baseUrl, credentials: { vendorId: sb.vendorId, accessKey: sb.accessKey, secretKey: sb.secretKey } });
});
afterAll(async () => {
  await client?.close();
  await sb?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('bulk invoice upload against the sandbox', () => {
  it('10,000 rows: every row accepted exactly once, within the rate ceiling', async () => {
    const boxes = await instructBoxes(10_000);
    const file = csvFor(boxes);
    expect(file.rows).toBe(10_000);
    const db = freshDb();
    const svc = service(db);
    const started = Date.now();
    const { job, outcome } = await runFile(svc, db, file.text);
    const seconds = (Date.now() - started) / 1000;
    expect(outcome).toBe('done');
    expect(job.counts).toMatchObject({ accepted: 10_000, rejected: 0, unknown: 0, pending: 0, sent: 0 });
    expectExactlyOnce(boxes, await uploads());
    // The sandbox holds what was sent.
    const view = await admin('GET', '/orders');
    const byBox = new Map(view.orders.map((o: any) => [o.shipmentBoxId, o]));
    expect(boxes.every((b) => (byBox.get(b.shipmentBoxId) as any).invoiceNumber === file.invoices.get(b.shipmentBoxId))).toBe(true);
    console.log(`10,000 rows in ${seconds.toFixed(1)} s (${Math.round(10_000 / seconds)} rows/s)`);
    db.close();
  }, 240_000);

  it('504 after the write was applied: read back, accepted once, never sent twice', async () => {
    const boxes = await instructBoxes(600);
    const file = csvFor(boxes);
    await admin('POST', '/faults', { timeoutAfterWriteRate: 0.4, scope: 'writes' });
    try {
      const db = freshDb();
      const { job, outcome } = await runFile(service(db), db, file.text);
      expect(outcome).toBe('done');
      expect(job.counts).toMatchObject({ accepted: file.rows, rejected: 0, unknown: 0 });
      const rows = service(db).jobRows(job.id, 'accepted', 0, 5000).rows;
      expect(rows.some((r) => r.messageKo.includes('주문 조회로 확인'))).toBe(true);
      db.close();
    } finally {
      await admin('DELETE', '/faults');
    }
    expectExactlyOnce(boxes, await uploads());
  }, 120_000);

  it('a CLI upload killed half-way and resumed ends with each row accepted once', async () => {
    const boxes = await instructBoxes(1000);
    const file = csvFor(boxes);
    const dir = mkdtempSync(join(tmpdir(), 'wd-inv-cli-'));
    dirs.push(dir);
    const path = join(dir, '송장.csv');
    writeFileSync(path, file.text);
    const env = { ...process.env, WINGDESK_BASE_URL: sb.baseUrl, WINGDESK_VENDOR_ID: sb.vendorId, WINGDESK_ACCESS_KEY: sb.accessKey, WINGDESK_SECRET_KEY: sb.secretKey, WINGDESK_DATA_DIR: dir, WINGDESK_RATE: '4' };
    const cli = (args: string[]) => spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'invoices', ...args, '--format', 'json'], { env, stdio: ['ignore', 'pipe', 'pipe'] });

    const first = cli(['upload', path, '--yes']);
    const jobId = await new Promise<string>((resolve, reject) => {
      let err = '';
      first.stderr!.on('data', (d) => (err += d));
      createInterface({ input: first.stdout! }).once('line', (line) => resolve(JSON.parse(line).jobId));
      first.once('exit', (code) => reject(new Error(`upload exited ${code}: ${err}`)));
    });
    const db = openDatabase(dir);
    const accepted = () => (db.prepare("SELECT COUNT(*) AS n FROM invoice_job_rows WHERE job_id = ? AND state = 'accepted'").get(jobId) as { n: number }).n;
    const deadline = Date.now() + 60_000;
    while (accepted() < file.rows * 0.4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const atKill = accepted();
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(file.rows);

    const second = cli(['resume', jobId]);
    let out = '';
    second.stdout!.on('data', (d) => (out += d));
    const code = await new Promise<number | null>((r) => second.once('exit', r));
    expect(code).toBe(0);
    expect(JSON.parse(out.trim().split('\n').pop()!)).toMatchObject({ jobId, state: 'done', counts: { accepted: file.rows, rejected: 0, unknown: 0 } });
    db.close();
    expectExactlyOnce(boxes, await uploads());
  }, 180_000);

  it('split shipping, an invoice correction, and a refusal with Coupang’s reason', async () => {
    const boxes = await instructBoxes(60);
    const multi = boxes.find((b) => b.items.length >= 2)!;
    const [single, fixLater] = boxes.filter((b) => b.items.length === 1);
    expect(multi && single && fixLater).toBeTruthy();
    const accept = (await admin('POST', '/orders/generate', { count: 1 })).created[0].shipmentBoxId as string;
    const acceptView = (await admin('GET', '/orders')).orders.find((o: any) => o.shipmentBoxId === accept);
    const lines = [
      '묶음배송번호,주문번호,옵션ID,택배사,송장번호,출고예정일',
      `${multi.shipmentBoxId},${multi.orderId},${multi.items[0]},한진,1547827301,`,
      ...multi.items.slice(1).map((it) => `${multi.shipmentBoxId},${multi.orderId},${it},한진,,2026-12-24`),
      `${single.shipmentBoxId},${single.orderId},${single.items[0]},CJGLS,680400000001,`,
      `${fixLater.shipmentBoxId},${fixLater.orderId},${fixLater.items[0]},CJGLS,680400000002,`,
      `${accept},${acceptView.orderId},${acceptView.items[0].vendorItemId},CJGLS,680400000003,`,
    ];
    const db = freshDb();
    const svc = service(db);
    const { job } = await runFile(svc, db, lines.join('\n'));
    const rows = svc.jobRows(job.id).rows;
    expect(rows.filter((r) => r.state === 'accepted')).toHaveLength(lines.length - 2);
    const refused = rows.find((r) => r.shipmentBoxId === accept)!;
    expect(refused).toMatchObject({ state: 'rejected', resultCode: 'INVALID_STATUS' });
    expect(refused.messageKo).toContain('배송진행상태가 유효하지 않습니다');
    const after = (await admin('GET', '/orders')).orders;
    // The shipped item moved to a new box with the waybill; the rest waits with its planned date.
    expect(after.some((o: any) => o.orderId === multi.orderId && o.invoiceNumber === '1547827301' && o.shipmentBoxId !== multi.shipmentBoxId)).toBe(true);

    // The seller corrects one waybill: the row goes through orders.updateInvoice.
    const fix = `묶음배송번호,택배사,송장번호\n${fixLater.shipmentBoxId},CJGLS,680400000099\n`;
    const read = await svc.readFile(new TextEncoder().encode(fix), 'fix.csv', {});
    const c = svc.check(read, { correct: true }, sb.vendorId);
    const correction = svc.createJob('fix.csv', read.encoding, { ...c, validation: { ...c.validation, rows: c.validation.rows.map((r) => ({ ...r, action: 'update' as const })) } }, sb.vendorId);
    expect(await svc.run(correction.id)).toBe('done');
    expect(svc.jobRows(correction.id).rows[0]).toMatchObject({ state: 'accepted', action: 'update', messageKo: '송장을 수정했습니다.' });
    expect((await admin('GET', '/orders')).orders.find((o: any) => o.shipmentBoxId === fixLater.shipmentBoxId).invoiceNumber).toBe('680400000099');
    db.close();
  }, 120_000);
});
