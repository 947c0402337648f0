// The committed fixtures (shared/invoices/fixtures, made by scripts/gen-invoice-fixtures.ts) read
// through the real reader and checked against a real SQLite order store: every problem code on
// its own row, encodings detected, Excel's lost digits named.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../../shared/invoices';
import { openDatabase, type Db } from '../../store/db';
import { createOrdersRepo } from '../../store/orders-repo';
import { normalizeOrderSheet, normalizeReceipt } from '../orders/normalize';
import { makeReceipt, makeSheet } from '../orders/test-fixtures';
import { createInvoicesService, type InvoicesService } from './service';

const VENDOR = 'A00012345';
const fixture = (name: string) => new Uint8Array(readFileSync(join('shared', 'invoices', 'fixtures', name)));
const box = (n: number) => `6600000000000${String(n).padStart(5, '0')}`;
const order = (n: number) => `11000000${String(n).padStart(5, '0')}`;
const item = (n: number) => `800000${String(n).padStart(5, '0')}`;

let dir: string;
let db: Db;
let service: InvoicesService;

function seed(n: number, status: string, extra: Partial<Parameters<typeof makeSheet>[0]> = {}) {
  const repo = createOrdersRepo(db);
  repo.upsertOrder(VENDOR, normalizeOrderSheet(makeSheet({ shipmentBoxId: box(n), orderId: order(n), status, items: [{ vendorItemId: item(n) }], receiverName: `수취인${n}`, addr1: `주소 ${n}`, ...extra })), { at: '2026-01-05T10:00:00+09:00', source: 'sync' });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wd-inv-fx-'));
  db = openDatabase(dir);
  service = createInvoicesService({ db, vendorId: async () => VENDOR, connection: async () => { throw new Error('offline'); } });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const check = async (name: string, opts = {}) => {
  const read = await service.readFile(fixture(name), name, {});
  return { read, c: service.check(read, opts, VENDOR) };
};

describe('invoice fixtures', () => {
  it('every-problem.csv: one instance of every row-level and order-level code, each on its row', async () => {
    for (const n of [101, 102, 104, 105, 106, 107, 108, 111]) seed(n, 'INSTRUCT');
    seed(113, 'ACCEPT');
    seed(114, 'DEPARTURE', { invoiceNumber: '555566667777', deliveryCompanyName: 'CJ대한통운' });
    seed(115, 'INSTRUCT');
    const repo = createOrdersRepo(db);
    repo.upsertClaim(VENDOR, 'RELEASE_STOP', normalizeReceipt(makeReceipt({ receiptId: '900001', orderId: order(115), shipmentBoxId: box(115), vendorItemId: item(115), count: 1 })), '2026-01-05T11:00:00+09:00');
    expect(repo.get(VENDOR, box(115))!.claimPending).toBe(true);

    const { read, c } = await check('every-problem.csv');
    expect(read.encoding).toBe('utf-8');
    const v = c.validation;
    expect(v.orderChecks).toBe('done');
    const at = Object.fromEntries(v.problems.map((p) => [p.code, p.row]));
    expect(at).toEqual({
      MISSING_VALUE: 3,
      BAD_ID: 4,
      UNKNOWN_CARRIER: 5,
      CARRIER_CLOSED: 6,
      INVOICE_FORMAT: 7,
      INVOICE_LENGTH: 8,
      SCIENTIFIC_NOTATION: 9,
      DUPLICATE_ROW: 10,
      INVOICE_REUSED: 11,
      ORDER_NOT_FOUND: 12,
      ORDER_STATE: 13,
      ALREADY_INVOICED: 14,
      CANCEL_REQUESTED: 15,
    });
    // One problem per row, each naming its column as the file does, and the row in its message.
    expect(v.problems).toHaveLength(13);
    for (const p of v.problems) expect(p.message).toContain(`${p.row}행 [${p.column}]`);
    expect(v.problems.find((p) => p.code === 'SCIENTIFIC_NOTATION')!.message).toMatch(/뒷자리 숫자가 사라졌습니다/);
    expect(v.problems.find((p) => p.code === 'ORDER_STATE')).toMatchObject({ column: '묶음배송번호', fix: 'acknowledge' });
    expect(v.problems.find((p) => p.code === 'ALREADY_INVOICED')).toMatchObject({ column: '송장번호', fix: 'correct' });
    expect(v.problems.find((p) => p.code === 'CARRIER_CLOSED')!.message).toContain('CJGLS');
    expect(v.valid).toBe(1);
    expect(v.rows.find((r) => r.row === 2)!.invoiceNumber).toBe('680405450931');

    // The one code a file with all columns cannot have.
    const missing = (await check('missing-column.csv')).c.validation;
    expect(missing.problems).toEqual([expect.objectContaining({ row: 1, column: '송장번호', code: 'MISSING_COLUMN' })]);
    const codes = new Set([...v.problems, ...missing.problems].map((p) => p.code));
    expect([...codes].sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it('ALREADY_INVOICED rows the seller chooses to correct go as invoice updates', async () => {
    seed(114, 'DEPARTURE', { invoiceNumber: '555566667777' });
    const v = (await check('every-problem.csv', { correct: [14] })).c.validation;
    expect(v.problems.find((p) => p.row === 14)).toBeUndefined();
    expect(v.rows.find((r) => r.row === 14)!.action).toBe('update');
  });

  it('without any stored order the order checks are skipped with one notice', async () => {
    const v = (await check('every-problem.csv')).c.validation;
    expect(v.orderChecks).toBe('skipped');
    expect(v.notices.filter((n) => n.code === 'ORDER_CHECKS_SKIPPED')).toHaveLength(1);
    expect(v.problems.some((p) => ['ORDER_NOT_FOUND', 'ORDER_STATE', 'ALREADY_INVOICED', 'CANCEL_REQUESTED'].includes(p.code))).toBe(false);
  });

  it('UTF-8 with BOM, WING layout: header mapped, split shipping rows kept, bundle rows together', async () => {
    const { read, c } = await check('wing-utf8-bom.csv');
    expect(read.encoding).toBe('utf-8-bom');
    expect(c.layoutName).toBe('쿠팡 WING 배송리스트');
    expect(c.mapping).toMatchObject({ shipmentBoxId: 1, orderId: 2, carrier: 3, invoiceNumber: 4, estimatedShippingDate: 6, vendorItemId: 11, receiverName: 13, receiverAddress: 16 });
    const v = c.validation;
    expect(v.problems).toEqual([]);
    expect(v.valid).toBe(6);
    expect(v.rows.map((r) => r.carrierCode)).toEqual(['CJGLS', 'HYUNDAI', 'HANJIN', 'HANJIN', 'EPOST', 'EPOST']);
    expect(v.rows[0].invoiceNumber).toBe('680405450931');
    expect(v.rows[5]).toMatchObject({ invoiceNumber: '', estimatedShippingDate: '2026-01-09' });
  });

  it('CP949: detected, Korean read correctly, carrier names and aliases resolved', async () => {
    const { read, c } = await check('cp949.csv');
    expect(read.detected).toBe('cp949');
    expect(read.rows[1][5]).toBe('정다은');
    expect(c.validation.problems).toEqual([]);
    expect(c.validation.rows.map((r) => r.carrierCode)).toEqual(['HYUNDAI', 'HANJIN', 'KGB', 'CJGLS', 'DIRECT']);
    expect(c.validation.rows[0].invoiceNumber).toBe('3213084895');
    // Read as UTF-8 by hand, the Korean is garbage: the switch exists for the other direction too.
    const wrong = await service.readFile(fixture('cp949.csv'), 'cp949.csv', { encoding: 'utf-8' });
    expect(wrong.rows[1][5]).not.toBe('정다은');
  });

  it('courier program export: title row skipped, no carrier column → that courier, 고객주문번호 = 묶음배송번호', async () => {
    const { c } = await check('courier-cj.csv');
    expect(c.headerRow).toBe(2);
    expect(c.layoutName).toContain('CJ대한통운');
    expect(c.defaultCarrier).toBe('CJGLS');
    expect(c.validation.problems).toEqual([]);
    expect(c.validation.rows.map((r) => [r.row, r.shipmentBoxId, r.carrierCode, r.invoiceNumber])).toEqual([
      [3, box(31), 'CJGLS', '680405451001'],
      [4, box(32), 'CJGLS', '680405451002'],
      [5, box(33), 'CJGLS', '680405451003'],
    ]);
  });

  it.each(['wing.xlsx', 'legacy.xls'])('%s: first sheet, numeric invoice cells exact, an 18-digit number cell named SCIENTIFIC_NOTATION', async (name) => {
    const { read, c } = await check(name);
    expect(read.sheets).toEqual(['배송리스트', '메모']);
    expect(read.kind).toBe(name.endsWith('.xls') ? 'xls' : 'xlsx');
    const v = c.validation;
    expect(v.rows.slice(0, 3).map((r) => [r.shipmentBoxId, r.invoiceNumber])).toEqual([
      [box(21), '680405450931'],
      [box(22), '1547827316'],
      [box(23), '6900004147610'],
    ]);
    expect(v.problems).toEqual([expect.objectContaining({ row: 5, column: '묶음배송번호', code: 'SCIENTIFIC_NOTATION' })]);
  });

  it('a saved template is reused when the same header layout comes back', async () => {
    const bytes = fixture('cp949.csv');
    const first = await service.open('a.csv', bytes);
    expect(first.mappingSource).toBe('auto');
    // The seller maps the 메모 column as receiver address and saves it.
    const mapping = { ...first.mapping, receiverAddress: 6 };
    const t = await service.saveTemplate({ fileId: first.fileId, name: '우리 창고', mapping, defaultCarrier: null });
    expect(t.name).toBe('우리 창고');
    const again = await service.open('b.csv', bytes);
    expect(again).toMatchObject({ mappingSource: 'template', templateName: '우리 창고', mapping });
  });

  it('a job takes each sendable box’s order from the store once: its live items and split flag', async () => {
    seed(31, 'INSTRUCT', { items: [{ vendorItemId: item(31) }, { vendorItemId: item(32), count: 2 }] });
    seed(33, 'INSTRUCT');
    seed(34, 'ACCEPT'); // not sendable: no box record
    const csv = ['묶음배송번호,주문번호,옵션ID,택배사,송장번호', `${box(31)},${order(31)},${item(31)},CJGLS,680405450931`, `${box(31)},${order(31)},${item(32)},CJGLS,680405450931`, `${box(33)},${order(33)},,CJGLS,680405450932`, `${box(34)},${order(34)},,CJGLS,680405450933`].join('\n');
    const read = await service.readFile(new TextEncoder().encode(csv), 'job.csv', {});
    const c = service.check(read, {}, VENDOR);
    expect(c.validation.valid).toBe(3);
    const job = service.createJob('job.csv', read.encoding, c, VENDOR);
    expect(service.repo.box(job.id, box(31))).toEqual({ shipmentBoxId: box(31), orderId: order(31), liveItems: [item(31), item(32)], splitShipping: false, source: 'store' });
    expect(service.repo.box(job.id, box(33))).toMatchObject({ orderId: order(33), liveItems: [item(33)], source: 'store' });
    expect(service.repo.box(job.id, box(34))).toBeNull();
  });
});
