// `npm run bench`: runs every bench/*.ts module (this file excepted), one after the other, and
// writes bench/results.json (one entry per metric: name, value, unit, target, ratio, verdict,
// inputs) and bench/results.md (the same as a table, also printed at the end).
//
// Two kinds of module:
// - a module with a default-exported function returns Metric[] (bench/lib/results.ts); each is
//   printed with its ratio to the target as soon as the module finishes;
// - a script-style module (no default export; the invoices engineer's bench/invoices-*.ts) is run
//   in its own process, its output is shown as it comes, and its JSON line is turned into metrics
//   by bench/lib/adapters.ts.
// `npm run bench -- orders-pull orders-search` runs only the named ones; their metrics replace
// those of the same modules in results.json, the others are kept. Benchmarks never run in tests.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { adapters } from './lib/adapters';
import { environment, judge, markdown, round, table, type BenchError, type JudgedMetric, type Metric, type ResultsFile } from './lib/results';

export type { Metric } from './lib/results';
/** Legacy shape: modules may still return loose records; those without a target are shown, not judged. */
export type BenchResult = Metric | Record<string, unknown>;
export type Bench = () => Promise<BenchResult | BenchResult[]>;

const here = dirname(fileURLToPath(import.meta.url));
const RESULTS_JSON = join(here, 'results.json');
const RESULTS_MD = join(here, 'results.md');
const README = join(here, 'README.md');
const SCRIPT_TIMEOUT_MS = Number(process.env.BENCH_SCRIPT_TIMEOUT_MS ?? 6 * 60_000);

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
  .sort()
  .filter((f) => only.length === 0 || only.includes(basename(f, '.ts')));
if (only.length && files.length !== only.length) {
  const found = new Set(files.map((f) => basename(f, '.ts')));
  process.stderr.write(`unknown benchmark(s): ${only.filter((o) => !found.has(o)).join(', ')}; there are: ${readdirSync(here).filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_')).map((f) => basename(f, '.ts')).join(', ')}\n`);
  process.exit(2);
}

const isMetric = (r: unknown): r is Metric => {
  const m = r as Metric;
  return !!m && typeof m.name === 'string' && typeof m.value === 'number' && !!m.target && typeof m.target.op === 'string';
};

const say = (line: string) => process.stdout.write(`${line}\n`);

function describe(m: JudgedMetric): string {
  const ratio = m.ratio === null ? '' : `, ratio ${m.ratio.toFixed(2)}×`;
  return `  ${m.target.op === 'info' ? 'info' : m.pass ? 'ok  ' : 'MISS'} ${m.title}: ${round(m.value, 3)}${m.unit ? ` ${m.unit}` : ''} (target ${m.target.text}${ratio})`;
}

/** Runs a script-style module in its own process; resolves with its stdout. */
function runScript(file: string, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...(adapters[name]?.env ?? {}) };
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, file)], { cwd: join(here, '..'), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d;
      process.stdout.write(d.toString().replace(/^(?=.)/gm, '    '));
    });
    child.stderr.on('data', (d: Buffer) => (err += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${file} did not finish within ${SCRIPT_TIMEOUT_MS / 1000} s`));
    }, SCRIPT_TIMEOUT_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`${file} exited with ${code}: ${err.trim().split('\n').slice(-5).join(' / ')}`));
    });
  });
}

const previous: ResultsFile | null = existsSync(RESULTS_JSON) ? (JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) as ResultsFile) : null;
const ran = new Set(files.map((f) => basename(f, '.ts')));
const metrics: JudgedMetric[] = [];
const errors: BenchError[] = [];
const durations: Record<string, number> = {};
const env = environment();
const runStarted = Date.now();

for (const file of files) {
  const name = basename(file, '.ts');
  const started = Date.now();
  say(`\n▶ ${name}`);
  try {
    const source = readFileSync(join(here, file), 'utf8');
    let out: BenchResult[];
    if (/^export default\b/m.test(source)) {
      const mod = (await import(pathToFileURL(join(here, file)).href)) as { default?: Bench };
      if (typeof mod.default !== 'function') continue;
      const r = await mod.default();
      out = Array.isArray(r) ? r : [r];
    } else {
      const stdout = await runScript(file, name);
      const adapter = adapters[name];
      out = adapter ? adapter.metrics(stdout) : stdout.split('\n').flatMap((l) => (l.startsWith('{') ? [JSON.parse(l) as Record<string, unknown>] : []));
    }
    const at = new Date().toISOString();
    for (const r of out) {
      if (isMetric(r)) {
        const j = judge(name, r, at);
        metrics.push(j);
        say(describe(j));
      } else {
        say(`  info ${JSON.stringify(r)}`);
      }
    }
  } catch (err) {
    const e = { bench: name, error: err instanceof Error ? err.message : String(err), seconds: (Date.now() - started) / 1000, measuredAt: new Date().toISOString() };
    errors.push(e);
    say(`  ERROR ${e.error}`);
  }
  durations[name] = round((Date.now() - started) / 1000, 1);
  say(`  (${durations[name]} s)`);
}

// Metrics of modules not run this time are kept from the previous results.
const kept = (previous?.metrics ?? []).filter((m) => !ran.has(m.bench) && existsSync(join(here, `${m.bench}.ts`)));
const keptErrors = (previous?.errors ?? []).filter((e) => !ran.has(e.bench) && existsSync(join(here, `${e.bench}.ts`)));
const order = (m: { bench: string }) => m.bench;
const results: ResultsFile = {
  generatedAt: new Date().toISOString(),
  environment: { ...env, runSeconds: round((Date.now() - runStarted) / 1000, 1) },
  metrics: [...kept, ...metrics].sort((a, b) => order(a).localeCompare(order(b))),
  errors: [...keptErrors, ...errors],
  durations: { ...Object.fromEntries(Object.entries(previous?.durations ?? {}).filter(([k]) => !ran.has(k))), ...durations },
};
writeFileSync(RESULTS_JSON, JSON.stringify(results, null, 2) + '\n');
writeFileSync(RESULTS_MD, markdown(results));
// bench/README.md shows the latest table between its markers.
if (existsSync(README)) {
  const readme = readFileSync(README, 'utf8');
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a >= 0 && b > a) {
    const body = markdown(results).replace(/^# .*\n\n/, '');
    writeFileSync(README, `${readme.slice(0, a + start.length)}\n${body}\n${readme.slice(b)}`);
  }
}
say(`\n${table(results)}\n`);
const judged = results.metrics.filter((m) => m.target.op !== 'info');
say(`results: bench/results.json, bench/results.md (${judged.filter((m) => m.pass).length}/${judged.length} on target)`);
process.exitCode = errors.length ? 1 : (process.exitCode ?? 0);
// Benchmarks may leave keep-alive sockets or timers behind: the run is over.
setTimeout(() => process.exit(), 200).unref();
