// Benchmark (not a test): validating a 100,000-row CP949 CSV — the whole path the app takes
// (encoding detection, decoding, parsing, header detection, mapping, row rules, duplicates, order
// checks given the store's answer for the file's boxes) — against the bare decode + CSV parse of
// the same bytes. Target: full validation ≤ 2× the bare parse.  Run: node --expose-gc --import tsx bench/invoices-validate.ts
import iconv from 'iconv-lite';
import { decodeText, parseDelimited, validateInvoiceRows, findHeaderRow, suggestMapping, type OrderInfo } from '../shared/invoices';
import { readTextSheet } from '../electron/services/invoices/read-file';

const ROWS = Number(process.env.ROWS ?? 100_000);
const carriers = ['CJ대한통운', '롯데택배', '한진택배', 'CJGLS', '우체국', '로젠택배'];
const invoiceFor = (i: number, c: string) => (c === '우체국' ? `69${String(i).padStart(11, '0')}` : c === '로젠택배' ? `2${String(i).padStart(9, '0')}` : `68${String(i).padStart(10, '0')}`);

function makeCsv(): Buffer {
  const lines = ['번호,묶음배송번호,주문번호,택배사,운송장번호,옵션ID,등록상품명,수취인이름,수취인 주소,배송메세지'];
  for (let i = 0; i < ROWS; i++) {
    const c = carriers[i % carriers.length];
    lines.push(`${i + 1},${660000000000000000n + BigInt(i)},${11000000000 + i},${c},${invoiceFor(i, c)},${80000000000 + i},"무선 마우스, 블랙",홍길동${i % 97},서울특별시 송파구 송파대로 ${i % 500},문 앞에 놓아주세요`);
  }
  return iconv.encode(lines.join('\r\n') + '\r\n', 'cp949');
}

// Every timing starts from a collected heap (run with --expose-gc): otherwise the garbage of the
// previous measurement is collected inside the next one, and which measurement pays for it
// depends on the order and on what else the process has loaded.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

function time<T>(fn: () => T, runs = 9): { ms: number; out: T } {
  let best = Infinity;
  let out!: T;
  for (let i = 0; i < runs; i++) {
    collect();
    const t0 = performance.now();
    out = fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, out };
}

const bytes = new Uint8Array(makeCsv());
const fullRun = (withOrders: boolean) => {
  const read = readTextSheet(bytes, 'bench.csv'); // what readSheetFile does for a .csv
  const headerRow = findHeaderRow(read.rows);
  const { mapping } = suggestMapping(read.rows[headerRow - 1]);
  return validateInvoiceRows(read.rows, { headerRow, mapping, orders: withOrders ? storeAnswer : null });
};
// The store's answer for the file's boxes, in the order asked (what the app's store query returns);
// reading it from SQLite is the store's own I/O and is timed on its own (invoices-store-lookup).
const stored: OrderInfo[] = [];
const storeAnswer = (ids: string[]): OrderInfo[] => {
  // The file's boxes are unique and asked in row order, the order the stand-in was filled in.
  if (ids.length !== stored.length || ids[0] !== stored[0].shipmentBoxId || ids[ids.length - 1] !== stored[stored.length - 1].shipmentBoxId) {
    throw new Error(`the stand-in does not hold the ${ids.length} boxes asked for, in their order`);
  }
  return stored;
};
for (const r of fullRun(false).rows) stored.push({ shipmentBoxId: r.shipmentBoxId, orderId: r.orderId, status: 'INSTRUCT', invoiceNumber: null, deliveryCompanyCode: null, claimPending: false, splitShipping: false, items: [{ vendorItemId: r.vendorItemId, quantityToShip: 1 }], receiverKey: null });
// Interleaved, best of N: the three measurements share the machine's conditions.
const bare = { ms: Infinity };
// Only the counts of a first run are kept: the app holds one validation per file, not three.
const summary = (v: ReturnType<typeof fullRun>) => ({ valid: v.valid, total: v.total, problems: v.problems });
const full = { ms: Infinity, out: summary(fullRun(false)) };
const withOrders = { ms: Infinity, out: summary(fullRun(true)) };
for (let i = 0; i < 9; i++) {
  bare.ms = Math.min(bare.ms, time(() => parseDelimited(decodeText(bytes, 'cp949')), 1).ms);
  full.ms = Math.min(full.ms, time(() => fullRun(false), 1).ms);
  withOrders.ms = Math.min(withOrders.ms, time(() => fullRun(true), 1).ms);
}
const mb = (bytes.length / 1024 / 1024).toFixed(1);
console.log(`invoices-validate: ${ROWS.toLocaleString()} rows, ${mb} MB CP949 CSV`);
console.log(`  bare decode + CSV parse     ${bare.ms.toFixed(0)} ms`);
console.log(`  full validation (no store)  ${full.ms.toFixed(0)} ms  ratio ${(full.ms / bare.ms).toFixed(2)}×  valid ${full.out.valid}/${full.out.total}, problems ${full.out.problems.length}`);
console.log(`  full validation + orders    ${withOrders.ms.toFixed(0)} ms  ratio ${(withOrders.ms / bare.ms).toFixed(2)}×  valid ${withOrders.out.valid}/${withOrders.out.total}`);
console.log(JSON.stringify({ bench: 'invoices-validate', rows: ROWS, bytes: bytes.length, bareMs: Math.round(bare.ms), fullMs: Math.round(full.ms), ratio: +(full.ms / bare.ms).toFixed(2), withOrdersMs: Math.round(withOrders.ms), withOrdersRatio: +(withOrders.ms / bare.ms).toFixed(2), targetRatio: 2 }));
