// The results format every benchmark reports in: one Metric per figure, with its unit, the target
// it is held to and the inputs it was measured with. The runner adds the ratio to the target and
// the verdict, keeps bench/results.json and renders the table (stdout and bench/results.md).
import { cpus, loadavg, totalmem } from 'node:os';

/** 'info': a figure reported beside the judged ones (a cost or a second path), held to no target. */
export type TargetOp = '>=' | '<=' | '==' | 'info';

export interface Target {
  op: TargetOp;
  value: number;
  /** The target as the issue states it, e.g. ">= 0.9 x client rate (8/s)". */
  text: string;
}

export interface Metric {
  /** Stable id, e.g. "orders.pull.full.shareOfRate". */
  name: string;
  /** What the table shows, e.g. "order pull throughput (10,000 orders)". */
  title: string;
  value: number;
  unit: string;
  target: Target;
  /** What it was measured with (sizes, rates, seeds, environment). */
  inputs: Record<string, unknown>;
  /** Supporting figures (not judged). */
  details?: Record<string, unknown>;
}

export interface JudgedMetric extends Metric {
  bench: string;
  /** value / target (for "<=" targets below 1 is good, for ">=" above 1). null for "== 0" targets. */
  ratio: number | null;
  pass: boolean;
  measuredAt: string;
}

export interface BenchError {
  bench: string;
  error: string;
  seconds: number;
  measuredAt: string;
}

export interface ResultsFile {
  generatedAt: string;
  environment: Record<string, unknown>;
  metrics: JudgedMetric[];
  errors: BenchError[];
  /** Seconds per benchmark module in the last run that included it. */
  durations: Record<string, number>;
}

export const metric = (m: Metric): Metric => m;

export function judge(bench: string, m: Metric, measuredAt: string): JudgedMetric {
  const { op, value: t } = m.target;
  const v = m.value;
  if (op === 'info') return { bench, ...m, ratio: null, pass: true, measuredAt };
  const pass = Number.isFinite(v) && (op === '>=' ? v >= t : op === '<=' ? v <= t : v === t);
  const ratio = t === 0 || !Number.isFinite(v) ? null : round(v / t, 3);
  return { bench, ...m, ratio, pass, measuredAt };
}

export function environment(): Record<string, unknown> {
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    loadAverage1m: round(loadavg()[0], 2),
  };
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function fmt(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  const abs = Math.abs(n);
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  const s = abs >= 1000 ? Math.round(n).toLocaleString('en-US') : abs >= 100 ? n.toFixed(0) : abs >= 10 ? n.toFixed(1) : n.toFixed(2);
  return s;
}

function inputsText(inputs: Record<string, unknown>): string {
  return Object.entries(inputs)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? v.toLocaleString('en-US') : String(v)}`)
    .join(', ');
}

/** The table: one line per metric, misses marked. */
export function table(results: ResultsFile): string {
  const rows = results.metrics.map((m) => [
    m.title,
    `${fmt(m.value)}${m.unit ? ` ${m.unit}` : ''}`,
    m.target.text,
    m.ratio === null ? '—' : `${m.ratio.toFixed(2)}×`,
    m.target.op === 'info' ? 'info' : m.pass ? 'ok' : '**MISS**',
    inputsText(m.inputs),
  ]);
  const head = ['metric', 'measured', 'target', 'ratio to target', 'verdict', 'inputs'];
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)];
  for (const e of results.errors) lines.push(`| ${esc(e.bench)} | error | — | — | **ERROR** | ${esc(e.error.split('\n')[0])} |`);
  return lines.join('\n');
}

export function markdown(results: ResultsFile): string {
  const env = results.environment;
  const judged = results.metrics.filter((m) => m.target.op !== 'info');
  const passed = judged.filter((m) => m.pass).length;
  return [
    '# wingdesk benchmark results',
    '',
    `Generated ${results.generatedAt} by \`npm run bench\` — ${passed} of ${judged.length} judged metrics on target (${results.metrics.length - judged.length} reported for information)${results.errors.length ? `, ${results.errors.length} benchmark(s) failed to run` : ''}.`,
    '',
    `Machine: ${env.cpus} × ${env.cpuModel}, ${env.memoryGiB} GiB, Node ${env.node} (${env.platform}); 1-minute load average at the start ${env.loadAverage1m}.`,
    '',
    'Ratio = measured ÷ target: for "≥" targets 1 or more is on target, for "≤" targets 1 or less. Rows marked "info" are held to no target.',
    '',
    table(results),
    '',
    `Seconds per benchmark: ${Object.entries(results.durations)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    '',
  ].join('\n');
}
