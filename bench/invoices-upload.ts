// Benchmark (not a test): a 10,000-row bulk invoice job against a local sandbox, as a share of the
// rate ceiling. Coupang allows 10 requests/s per vendor; wingdesk's limiter runs at 8/s by default
// (WINGDESK_RATE). The job's calls per second divided by the limiter's rate is the share of the
// ceiling it used; rows per second follows from the batch size (50 items per call).
// Run: npx tsx bench/invoices-upload.ts   (ROWS=10000 RATE=8)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '../sandbox';
import { createCoupangClient } from '../electron/coupang';
import { openDatabase } from '../electron/store/db';
import { createInvoicesService } from '../electron/services/invoices/service';

const ROWS = Number(process.env.ROWS ?? 10_000);
const RATE = Number(process.env.RATE ?? 8);

const sb = await startSandbox({ port: 0, seed: 21, orders: 10 });
const client = createCoupangClient({ baseUrl: sb.baseUrl, credentials: { vendorId: sb.vendorId, accessKey: sb.accessKey, secretKey: sb.secretKey }, ratePerSecond: RATE });
const admin = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${sb.baseUrl}/__sandbox${path}`, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
  return res.json() as Promise<any>;
};
const dir = mkdtempSync(join(tmpdir(), 'wd-bench-inv-'));
try {
  const created = new Set(((await admin('POST', '/orders/generate', { count: Math.ceil(ROWS / 1.2) + 50 })).created as any[]).map((c) => c.shipmentBoxId));
  const lines = ['묶음배송번호,주문번호,옵션ID,택배사,송장번호'];
  const boxes: string[] = [];
  let seq = 0;
  for (const o of (await admin('GET', '/orders')).orders) {
    if (!created.has(o.shipmentBoxId) || o.status !== 'ACCEPT') continue;
    const items = o.items.filter((i: any) => i.shippingCount - i.cancelCount - i.holdCountForCancel > 0);
    if (lines.length - 1 + items.length > ROWS) continue;
    const inv = `68${String(++seq).padStart(10, '0')}`;
    for (const i of items) lines.push(`${o.shipmentBoxId},${o.orderId},${i.vendorItemId},CJGLS,${inv}`);
    boxes.push(o.shipmentBoxId);
    if (lines.length - 1 === ROWS) break;
  }
  for (let i = 0; i < boxes.length; i += 50) await client.orders.acknowledge({ vendorId: sb.vendorId, shipmentBoxIds: boxes.slice(i, i + 50) }, { priority: 'bulk' });
  // Acknowledging ran at the ceiling too; if the gateway's X-CAG-Warnings halved the limiter,
  // wait until it is back to full rate before measuring (at most its 60 s slowdown).
  for (let waited = 0; client.limiterStats().ratePerSecond < RATE && waited < 70_000; waited += 500) await new Promise((r) => setTimeout(r, 500));
  await new Promise((r) => setTimeout(r, 1500));
  let slowdowns = 0;
  let wasSlow = false;
  client.onLimiterChange((s) => {
    const slow = s.ratePerSecond < RATE;
    if (slow && !wasSlow) slowdowns++;
    wasSlow = slow;
  });

  const db = openDatabase(dir);
  const service = createInvoicesService({ db, connection: async () => ({ vendorId: sb.vendorId, client }) });
  const read = await service.readFile(new TextEncoder().encode(lines.join('\n')), 'bench.csv', {});
  const checked = service.check(read, {}, sb.vendorId);
  const since = Date.now();
  const t0 = performance.now();
  const job = service.createJob('bench.csv', read.encoding, checked, sb.vendorId);
  const outcome = await service.run(job.id);
  const seconds = (performance.now() - t0) / 1000;
  const calls = ((await admin('GET', `/requests?since=${since}`)).requests as any[]).filter((r) => /orders\/invoices/.test(r.path));
  const view = service.job(job.id);
  const callsPerSecond = calls.length / seconds;
  const uploads = await admin('GET', `/invoice-uploads?vendorId=${sb.vendorId}`);
  console.log(`invoices-upload: ${ROWS.toLocaleString()} rows (${boxes.length} boxes) — ${outcome}, accepted ${view.counts.accepted}, rejected ${view.counts.rejected}`);
  console.log(`  ${seconds.toFixed(1)} s, ${calls.length} calls → ${callsPerSecond.toFixed(2)} calls/s = ${((callsPerSecond / RATE) * 100).toFixed(0)}% of the ${RATE}/s limiter, ${((callsPerSecond / 10) * 100).toFixed(0)}% of Coupang's 10/s; ${(ROWS / seconds).toFixed(0)} rows/s`);
  console.log(`  limiter slowdowns during the job (gateway rate warnings): ${slowdowns}`);
  console.log(`  sandbox: ${uploads.items} items uploaded, ${uploads.attempts} attempts, ${uploads.accepted} accepted`);
  console.log(JSON.stringify({ bench: 'invoices-upload', rows: ROWS, seconds: +seconds.toFixed(1), calls: calls.length, callsPerSecond: +callsPerSecond.toFixed(2), limiterRate: RATE, shareOfLimiter: +(callsPerSecond / RATE).toFixed(2), shareOfCoupangCeiling: +(callsPerSecond / 10).toFixed(2), rowsPerSecond: +(ROWS / seconds).toFixed(0), slowdowns }));
  db.close();
} finally {
  await client.close();
  await sb.close();
  rmSync(dir, { recursive: true, force: true });
}
