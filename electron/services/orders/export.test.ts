import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../store/db';
import { createOrdersQuery } from '../../store/orders-query';
import { createOrdersRepo, type OrdersRepo } from '../../store/orders-repo';
import { encodeExport, exportRows, pickingList } from './export';
import { normalizeOrderSheet, normalizeReceipt } from './normalize';
import { makeReceipt, makeSheet } from './test-fixtures';
import { crc32 } from './xlsx';

const V = 'A00012345';
let dir: string;
let db: Db;
let repo: OrdersRepo;

/** Reads the entries of a ZIP written by our writer (deflate, no data descriptors). */
export function unzip(buf: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let p = 0;
  while (buf.readUInt32LE(p) === 0x04034b50) {
    const method = buf.readUInt16LE(p + 8);
    const crc = buf.readUInt32LE(p + 14);
    const size = buf.readUInt32LE(p + 18);
    const nameLen = buf.readUInt16LE(p + 26);
    const extra = buf.readUInt16LE(p + 28);
    const name = buf.subarray(p + 30, p + 30 + nameLen).toString('utf8');
    const data = buf.subarray(p + 30 + nameLen + extra, p + 30 + nameLen + extra + size);
    const plain = method === 8 ? inflateRawSync(data) : data;
    expect(crc32(plain)).toBe(crc);
    out.set(name, plain.toString('utf8'));
    p += 30 + nameLen + extra + size;
  }
  return out;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wd-export-'));
  db = openDatabase(dir);
  repo = createOrdersRepo(db);
  const at = new Date().toISOString();
  repo.upsertOrder(V, normalizeOrderSheet(makeSheet({ shipmentBoxId: '660123456789012345', orderId: '2000006593044', status: 'INSTRUCT', receiverName: '=HYPERLINK("x")', items: [{ vendorItemId: '3145181064', name: '무선 마우스, 블랙', count: 3, cancel: 1, price: 19900 }, { vendorItemId: '3145181065', name: '마우스패드, 대형', count: 1 }] })), { at, source: 'sync' });
  repo.upsertOrder(V, normalizeOrderSheet(makeSheet({ shipmentBoxId: '660123456789012346', status: 'ACCEPT', receiverName: '김철수', items: [{ vendorItemId: '3145181064', name: '무선 마우스, 블랙', count: 2 }] })), { at, source: 'sync' });
  repo.upsertOrder(V, normalizeOrderSheet(makeSheet({ shipmentBoxId: '660123456789012347', orderId: '2000006593047', status: 'INSTRUCT', receiverName: '이영희', items: [{ vendorItemId: '3145181064', name: '무선 마우스, 블랙', count: 5 }] })), { at, source: 'sync' });
  repo.upsertOrder(V, normalizeOrderSheet(makeSheet({ shipmentBoxId: '660123456789012348', status: 'DELIVERING', receiverName: '박민수', items: [{ vendorItemId: '3145181064', name: '무선 마우스, 블랙', count: 7 }] })), { at, source: 'sync' });
  // a stop-shipment request holds the third box
  repo.upsertClaim(V, 'RELEASE_STOP', normalizeReceipt(makeReceipt({ receiptId: '1', orderId: '2000006593047', shipmentBoxId: '660123456789012347', vendorItemId: '3145181064', count: 5 })), at);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('export', () => {
  it('writes an .xlsx whose IDs are text cells, one row per item, Korean headers', () => {
    const orders = createOrdersQuery(db).all(V, { status: 'ALL' });
    const rows = exportRows(V, orders, repo);
    expect(rows).toHaveLength(5);
    const { data, mimeType } = encodeExport('xlsx', rows);
    expect(mimeType).toContain('spreadsheetml');
    const files = unzip(data);
    expect([...files.keys()]).toContain('xl/worksheets/sheet1.xml');
    const sheet = files.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<t>묶음배송번호</t>');
    // the 18-digit ID is an inline string, never a number cell
    expect(sheet).toMatch(/<c r="E\d+" t="inlineStr"><is><t>660123456789012345<\/t><\/is><\/c>/);
    expect(sheet).not.toMatch(/<v>660123456789012345<\/v>/);
    expect(sheet).toContain('&quot;x&quot;');
  });

  it('writes CSV as UTF-8 with BOM and as CP949, guarding against formulas', () => {
    const rows = exportRows(V, createOrdersQuery(db).all(V, { status: 'ALL' }), repo);
    const utf8 = encodeExport('csv-utf8', rows).data;
    expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = utf8.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toContain('묶음배송번호');
    expect(text).toContain('660123456789012345');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    const cp949 = encodeExport('csv-cp949', rows).data;
    expect(cp949[0]).not.toBe(0xef);
    expect(iconv.decode(cp949, 'cp949')).toBe(text);
  });

  it('picking list: units to ship per option, without held or shipped boxes', () => {
    const all = createOrdersQuery(db).all(V, { status: 'ALL' });
    const pick = pickingList(V, all, repo);
    expect(pick.shipments).toBe(2);
    expect(pick.lines.find((l) => l.vendorItemId === '3145181064')).toMatchObject({ quantity: 2 + 2, shipments: 2 });
    expect(pick.lines.find((l) => l.vendorItemId === '3145181065')).toMatchObject({ quantity: 1, shipments: 1 });
  });
});
