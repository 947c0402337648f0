// Script-style benchmarks (the invoices engineer's bench/invoices-*.ts print a human summary and
// one JSON line) turned into Metric[] for results.json. Each adapter also fixes the inputs the
// script reads from the environment, so the figures always answer the table.
import { DEFAULT_RUNNER_OPTIONS } from '../../electron/services/invoices/runner';
import { round, type Metric } from './results';

export interface ScriptAdapter {
  env?: Record<string, string>;
  metrics(stdout: string): Metric[];
}

const UPLOAD_ROWS = 10_000;
const UPLOAD_RATE = 8;
const VALIDATE_ROWS = 100_000;

function jsonLine(stdout: string, bench: string): Record<string, any> {
  const lines = stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => {
      try {
        return JSON.parse(l) as Record<string, any>;
      } catch {
        return null;
      }
    })
    .filter((j): j is Record<string, any> => !!j && j.bench === bench);
  if (!lines.length) throw new Error(`${bench} printed no {"bench":"${bench}",…} line`);
  return lines[lines.length - 1];
}

function need(j: Record<string, any>, key: string): number {
  const v = j[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${j.bench}: field ${key} missing from its JSON line (${JSON.stringify(j)})`);
  return v;
}

export const adapters: Record<string, ScriptAdapter> = {
  'invoices-upload': {
    env: { ROWS: String(UPLOAD_ROWS), RATE: String(UPLOAD_RATE) },
    metrics(stdout) {
      const j = jsonLine(stdout, 'invoices-upload');
      const rate = need(j, 'limiterRate');
      const perCall = DEFAULT_RUNNER_OPTIONS.batchSize;
      const ceiling = rate * perCall;
      const inputs = { rows: need(j, 'rows'), clientRate: rate, rowsPerCall: perCall, sandboxRate: 10 };
      const details = { seconds: j.seconds, calls: j.calls, callsPerSecond: j.callsPerSecond, shareOfLimiter: j.shareOfLimiter, limiterSlowdowns: j.slowdowns };
      const out: Metric[] = [
        {
          name: 'invoices.upload.rowsPerSecond',
          title: 'invoice upload throughput (10,000-row job)',
          value: need(j, 'rowsPerSecond'),
          unit: 'rows/s',
          target: { op: '>=', value: round(0.9 * ceiling, 1), text: `>= 0.9 × (${rate}/s × ${perCall} rows/call) = ${round(0.9 * ceiling, 1)} rows/s` },
          inputs,
          details,
        },
      ];
      // "sandbox: 10000 items uploaded, 10000 attempts, 10000 accepted": an item is a
      // shipmentBoxId + vendorItemId; every attempt beyond the first of an item is a row sent twice.
      const m = /sandbox:\s*(\d+)\s+items uploaded,\s*(\d+)\s+attempts/.exec(stdout);
      if (m) {
        out.push({
          name: 'invoices.upload.rowsSentTwice',
          title: 'invoice upload: rows sent twice',
          value: Number(m[2]) - Number(m[1]),
          unit: 'rows',
          target: { op: '==', value: 0, text: '0 (sandbox upload log)' },
          inputs,
          details: { itemsUploaded: Number(m[1]), attempts: Number(m[2]) },
        });
      } else throw new Error('invoices-upload printed no "sandbox: N items uploaded, N attempts" line');
      return out;
    },
  },
  'invoices-validate': {
    env: { ROWS: String(VALIDATE_ROWS) },
    metrics(stdout) {
      const j = jsonLine(stdout, 'invoices-validate');
      const bare = need(j, 'bareMs');
      // The app's path checks every row against the stored orders: the "with orders" run is the one judged.
      const full = typeof j.withOrdersMs === 'number' ? j.withOrdersMs : need(j, 'fullMs');
      const targetRatio = typeof j.targetRatio === 'number' ? j.targetRatio : 2;
      const inputs = { rows: need(j, 'rows'), encoding: 'CP949', megabytes: round(need(j, 'bytes') / 2 ** 20, 1) };
      const details = { bareParseMs: bare, validationMs: full, validationWithoutOrdersMs: j.fullMs, measuredAs: 'best of 9, interleaved' };
      return [
        {
          name: 'invoices.validate.ms',
          title: 'invoice validation time (100,000-row CSV)',
          value: full,
          unit: 'ms',
          target: { op: '<=', value: targetRatio * bare, text: `<= ${targetRatio} × bare parse (${bare} ms) = ${targetRatio * bare} ms` },
          inputs,
          details,
        },
        {
          name: 'invoices.validate.ratio',
          title: 'invoice validation ÷ bare CSV parse',
          value: round(full / bare, 2),
          unit: '× bare parse',
          target: { op: '<=', value: targetRatio, text: `<= ${targetRatio}×` },
          inputs,
          details,
        },
        ...(typeof j.fullMs === 'number'
          ? [
              {
                name: 'invoices.validate.fileOnly.ratio',
                title: 'invoice validation without the order lookup (no orders stored) ÷ bare CSV parse',
                value: round(j.fullMs / bare, 2),
                unit: '× bare parse',
                target: { op: 'info' as const, value: targetRatio, text: 'none (the judged figure is the row above, with order checks)' },
                inputs,
                details,
              },
            ]
          : []),
      ];
    },
  },
};
