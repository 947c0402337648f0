// The runner's state machine against a scripted fake of Coupang's invoice endpoints: what is
// retried (only retryRequired), what is read back before anything is resent (lost answers), what
// a crash leaves and how it is taken over, and pause / resume / cancel.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoupangApiError, type CoupangClient } from '../../coupang';
import { openDatabase, type Db } from '../../store/db';
import { createInvoicesService, type InvoicesService } from './service';

const VENDOR = 'A00012345';
type Behaviour = 'ok' | 'retry-then-ok' | 'retry-forever' | 'reject' | 'lost-applied' | 'lost-not-applied' | 'slow';

interface FakeBox {
  orderId: string;
  status: string;
  invoiceNumber: string;
  items: string[];
  behaviour: Behaviour;
  sends: number;
}

function fakeCoupang(boxes: Map<string, FakeBox>) {
  const lost = () => new CoupangApiError({ kind: 'unknown-outcome', httpStatus: 504, coupangCode: null, coupangMessage: 'Gateway Timeout', explanationKo: '요청이 처리되었는지 알 수 없습니다(504).', fixKo: '조회로 확인하세요.', endpointId: 'orders.uploadInvoice' });
  const sheet = (id: string) => {
    const b = boxes.get(id)!;
    return { shipmentBoxId: id, orderId: b.orderId, status: b.status, invoiceNumber: b.invoiceNumber, splitShipping: false, orderItems: b.items.map((v) => ({ vendorItemId: v, shippingCount: 1, cancelCount: 0, holdCountForCancel: 0 })) };
  };
  const client = {
    vendorId: VENDOR,
    orders: {
      async uploadInvoice(body: any) {
        const byBox = new Map<string, any[]>();
        for (const d of body.orderSheetInvoiceApplyDtos) byBox.set(String(d.shipmentBoxId), [...(byBox.get(String(d.shipmentBoxId)) ?? []), d]);
        const list: any[] = [];
        let throwLost = false;
        for (const [id, dtos] of byBox) {
          const b = boxes.get(id)!;
          b.sends++;
          const apply = () => {
            b.status = 'DEPARTURE';
            b.invoiceNumber = dtos[0].invoiceNumber;
          };
          if (b.behaviour === 'slow') await new Promise((r) => setTimeout(r, 30));
          if (b.status !== 'INSTRUCT') list.push({ shipmentBoxId: id, succeed: false, resultCode: 'INVALID_STATUS', retryRequired: false, resultMessage: '배송진행상태가 유효하지 않습니다.' });
          else if (b.behaviour === 'reject') list.push({ shipmentBoxId: id, succeed: false, resultCode: 'NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD', retryRequired: false, resultMessage: '이미 저장된 송장번호가 있어, 송장번호 등록이 불가능합니다.' });
          else if (b.behaviour === 'retry-forever' || (b.behaviour === 'retry-then-ok' && b.sends === 1)) list.push({ shipmentBoxId: id, succeed: false, resultCode: 'UNDEFINED_ERROR_OCCUR', retryRequired: true, resultMessage: '알수없는 오류' });
          else if (b.behaviour === 'lost-applied' && b.sends === 1) {
            apply();
            throwLost = true;
          } else if (b.behaviour === 'lost-not-applied' && b.sends === 1) throwLost = true;
          else {
            apply();
            list.push({ shipmentBoxId: id, succeed: true, resultCode: 'OK', retryRequired: false, resultMessage: null });
          }
        }
        if (throwLost) throw lost();
        return { data: { responseCode: list.every((x) => x.succeed) ? 0 : 1, responseList: list } };
      },
      async getByShipmentBoxId({ shipmentBoxId }: { shipmentBoxId: string }) {
        return { data: sheet(shipmentBoxId) };
      },
      async getByOrderId({ orderId }: { orderId: string }) {
        return { data: [...boxes.entries()].filter(([, b]) => b.orderId === orderId).map(([id]) => sheet(id)) };
      },
    },
  };
  return client as unknown as CoupangClient;
}

let dir: string;
let db: Db;
let boxes: Map<string, FakeBox>;
let service: InvoicesService;

function setup(behaviours: Behaviour[], runner = {}) {
  boxes = new Map();
  behaviours.forEach((behaviour, i) => boxes.set(`66000000000000${1000 + i}`, { orderId: `1100${1000 + i}`, status: 'INSTRUCT', invoiceNumber: '', items: [`8000${1000 + i}`], behaviour, sends: 0 }));
  const client = fakeCoupang(boxes);
  service = createInvoicesService({ db, connection: async () => ({ vendorId: VENDOR, client }), runner: { retryDelaysMs: [1, 1], reconcileDelaysMs: [0, 1, 1], idleMs: 5, batchSize: 2, concurrency: 2, ...runner } });
}

async function job() {
  const lines = ['묶음배송번호,주문번호,옵션ID,택배사,송장번호'];
  let i = 0;
  for (const [id, b] of boxes) lines.push(`${id},${b.orderId},${b.items[0]},CJGLS,6804000${String(10000 + i++)}`);
  const read = await service.readFile(new TextEncoder().encode(lines.join('\n')), 'x.csv', {});
  return service.createJob('x.csv', read.encoding, service.check(read, {}, VENDOR), VENDOR);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wd-inv-run-'));
  db = openDatabase(dir);
});
afterEach(async () => {
  await service?.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const byBox = (jobId: string) => new Map(service.jobRows(jobId).rows.map((r) => [r.shipmentBoxId, r]));

describe('invoice job runner', () => {
  it('retries only retryRequired rows, reads lost answers back before resending, and says why', async () => {
    setup(['ok', 'retry-then-ok', 'retry-forever', 'reject', 'lost-applied', 'lost-not-applied']);
    const j = await job();
    expect(await service.run(j.id)).toBe('done');
    const rows = byBox(j.id);
    const [ok, retryOk, retryForever, reject, lostApplied, lostNot] = [...boxes.keys()].map((id) => ({ row: rows.get(id)!, box: boxes.get(id)! }));
    expect([ok.row.state, ok.box.sends]).toEqual(['accepted', 1]);
    expect([retryOk.row.state, retryOk.box.sends]).toEqual(['accepted', 2]);
    expect([retryForever.row.state, retryForever.box.sends]).toEqual(['rejected', 3]);
    expect(retryForever.row.messageKo).toContain('3회 시도');
    expect([reject.row.state, reject.box.sends, reject.row.resultCode]).toEqual(['rejected', 1, 'NOT_ALLOW_INVOICE_NUMBER_RE_UPLOAD']);
    expect(reject.row.messageKo).toContain('이미 저장된 송장번호');
    // Applied behind a 504: read back and accepted, never sent again.
    expect([lostApplied.row.state, lostApplied.box.sends]).toEqual(['accepted', 1]);
    expect(lostApplied.row.messageKo).toContain('주문 조회로 확인');
    // Not applied behind a 504: proven by reading, then sent once more.
    expect([lostNot.row.state, lostNot.box.sends]).toEqual(['accepted', 2]);
    expect(service.job(j.id)).toMatchObject({ state: 'done', counts: { accepted: 4, rejected: 2, unknown: 0 } });
  });

  it('a job a dead process left on the wire is taken over: sent rows are read back, not resent', async () => {
    setup(['ok', 'ok', 'ok']);
    const j = await job();
    const [a, b] = [...boxes.keys()];
    // As if a process (pid that no longer exists) had sent a and b and died before the answers:
    // Coupang applied a, never received b.
    db.prepare("UPDATE invoice_job_rows SET state = 'sent', attempts = 1 WHERE job_id = ? AND shipment_box_id IN (?, ?)").run(j.id, a, b);
    db.prepare('UPDATE invoice_jobs SET runner_pid = 2147483646, heartbeat_at = ? WHERE id = ?').run(Date.now(), j.id);
    boxes.get(a)!.status = 'DEPARTURE';
    boxes.get(a)!.invoiceNumber = service.jobRows(j.id).rows.find((r) => r.shipmentBoxId === a)!.invoiceNumber;
    expect(await service.resumeInterrupted()).toEqual([j.id]);
    await service.run(j.id);
    const rows = byBox(j.id);
    expect(rows.get(a)).toMatchObject({ state: 'accepted' });
    expect(boxes.get(a)!.sends).toBe(0);
    expect(rows.get(b)).toMatchObject({ state: 'accepted' });
    expect(boxes.get(b)!.sends).toBe(1);
    expect(service.job(j.id).counts.accepted).toBe(3);
  });

  it('a live lease held by another process is left alone', async () => {
    setup(['ok']);
    const j = await job();
    db.prepare('UPDATE invoice_jobs SET runner_pid = ?, heartbeat_at = ? WHERE id = ?').run(process.ppid, Date.now(), j.id);
    expect(await service.run(j.id)).toBe('busy');
    expect(boxes.values().next().value!.sends).toBe(0);
  });

  it('pause stops after the batch in flight, resume finishes, cancel skips what was not sent', async () => {
    setup(Array.from({ length: 12 }, () => 'slow' as const), { batchSize: 1, concurrency: 1 });
    const j = await job();
    const running = service.run(j.id);
    await new Promise((r) => setTimeout(r, 50));
    service.pause(j.id);
    expect(await running).toBe('paused');
    const paused = service.job(j.id);
    expect(paused.state).toBe('paused');
    expect(paused.counts.pending).toBeGreaterThan(0);
    expect(paused.counts.sent).toBe(0);

    service.resume(j.id);
    await new Promise((r) => setTimeout(r, 60));
    service.cancel(j.id);
    await service.run(j.id);
    const done = service.job(j.id);
    expect(done.state).toBe('cancelled');
    expect(done.counts.pending + done.counts.sent + done.counts.unknown).toBe(0);
    expect(done.counts.accepted + done.counts.skipped).toBe(12);
    expect(done.counts.skipped).toBeGreaterThan(0);
    // Nothing was sent twice, nothing skipped was sent.
    for (const [id, b] of boxes) expect(b.sends).toBe(byBox(j.id).get(id)!.state === 'accepted' ? 1 : 0);
    const csv = service.exportResult(j.id, 'csv');
    expect(csv.data.toString('utf8')).toContain('건너뜀');
    const xlsx = service.exportResult(j.id, 'xlsx');
    expect(xlsx.fileName).toMatch(/\.xlsx$/);
  });

  it('retryFailed sends rejected rows again', async () => {
    setup(['reject', 'ok']);
    const j = await job();
    await service.run(j.id);
    expect(service.job(j.id).counts).toMatchObject({ accepted: 1, rejected: 1 });
    boxes.values().next().value!.behaviour = 'ok';
    service.retryFailed(j.id);
    await service.run(j.id);
    expect(service.job(j.id)).toMatchObject({ state: 'done', counts: { accepted: 2, rejected: 0 } });
  });
});
