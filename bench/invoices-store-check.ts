// The invoice file's order checks against a real store: the large seller's 100,000 shipments in
// SQLite (bench/lib/store100k), an invoice file naming every one of them (CP949 CSV, one row per
// box), validated the way the app's invoices service does it — the store query answers for all
// boxes at once, then the rules run. invoices-validate judges the validation against the bare
// parse with the store's answer in hand; this shows what reading that answer from SQLite adds.
// Info rows: the issue sets no target for the store's I/O.
import iconv from 'iconv-lite';
import { openDatabase } from '../electron/store/db';
import { createInvoiceOrdersQuery } from '../electron/store/invoices-orders';
import { readTextSheet } from '../electron/services/invoices/read-file';
import { decodeText, findHeaderRow, parseDelimited, suggestMapping, validateInvoiceRows } from '../shared/invoices';
import { copyStoreTo, store100k } from './lib/store100k';
import { round, type Metric } from './lib/results';

const RUNS = 5;
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

function best(fn: () => unknown): number {
  let ms = Infinity;
  for (let i = 0; i < RUNS; i++) {
    collect();
    const t0 = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
}

export default async function invoicesStoreCheck(): Promise<Metric[]> {
  const fixture = await store100k();
  const db = openDatabase(copyStoreTo(fixture));
  try {
    const { vendorId } = fixture;
    const boxes = db
      .prepare(
        `SELECT o.shipment_box_id AS box, o.order_id AS orderId, o.status,
                (SELECT vendor_item_id FROM order_items i WHERE i.vendor_id = o.vendor_id AND i.shipment_box_id = o.shipment_box_id ORDER BY line_no LIMIT 1) AS item
           FROM orders o WHERE o.vendor_id = ? ORDER BY o.id`,
      )
      .all(vendorId) as Array<{ box: string; orderId: string; status: string; item: string | null }>;
    const lines = ['번호,묶음배송번호,주문번호,택배사,운송장번호,옵션ID,수취인이름'];
    boxes.forEach((b, i) => lines.push(`${i + 1},${b.box},${b.orderId},CJ대한통운,68${String(i).padStart(10, '0')},${b.item ?? ''},홍길동`));
    const bytes = new Uint8Array(iconv.encode(lines.join('\r\n') + '\r\n', 'cp949'));
    const query = createInvoiceOrdersQuery(db);
    const ids = boxes.map((b) => b.box);

    const bareMs = best(() => parseDelimited(decodeText(bytes, 'cp949')));
    const lookupMs = best(() => query.lookup(vendorId, ids));
    let outcome = { valid: 0, problems: 0, found: 0 };
    const validateMs = best(() => {
      const read = readTextSheet(bytes, 'bench.csv');
      const headerRow = findHeaderRow(read.rows);
      const { mapping } = suggestMapping(read.rows[headerRow - 1]);
      let found = 0;
      const v = validateInvoiceRows(read.rows, {
        headerRow,
        mapping,
        orders: (asked) => {
          const answer = query.lookup(vendorId, asked);
          for (const o of answer) if (o) found++;
          return answer;
        },
      });
      outcome = { valid: v.valid, problems: v.problems.length, found };
    });
    if (outcome.found !== boxes.length) throw new Error(`the store answered for ${outcome.found} of ${boxes.length} boxes`);
    const statuses: Record<string, number> = {};
    for (const b of boxes) statuses[b.status] = (statuses[b.status] ?? 0) + 1;
    const inputs = { rows: boxes.length, storedOrders: fixture.total, encoding: 'cp949', bytes: bytes.length, runs: `best of ${RUNS}` };
    const info = { op: 'info' as const, value: 0, text: 'none (store I/O; the judged ratio is invoices.validate.ratio)' };
    return [
      {
        name: 'invoices.storeCheck.lookupMs',
        title: 'invoice order checks: the store answers for 100,000 boxes (SQLite)',
        value: round(lookupMs, 0),
        unit: 'ms',
        target: info,
        inputs,
        details: { perBoxUs: round((lookupMs * 1000) / boxes.length, 2) },
      },
      {
        name: 'invoices.storeCheck.validateMs',
        title: 'invoice validation with the real store (100,000 rows, every box stored)',
        value: round(validateMs, 0),
        unit: 'ms',
        target: info,
        inputs,
        details: { bareParseMs: round(bareMs, 0), ratioToBareParse: round(validateMs / bareMs, 2), valid: outcome.valid, problems: outcome.problems, storedStatuses: statuses },
      },
    ];
  } finally {
    db.close();
  }
}
