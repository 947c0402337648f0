// `npm run bench`: imports every bench/*.ts module (this file excepted), one after the other. A
// module with a default-exported function is run and each result it returns is printed as one
// JSON line on stdout ({"bench": name, ...}); a script-style module simply runs on import and
// prints its own lines. `npm run bench -- orders-pull` runs only the named ones. Benchmarks never
// run inside tests.
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type BenchResult = Record<string, unknown>;
export type Bench = () => Promise<BenchResult | BenchResult[]>;

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
  .sort()
  .filter((f) => only.length === 0 || only.includes(basename(f, '.ts')));

let failed = 0;
for (const file of files) {
  const name = basename(file, '.ts');
  const started = Date.now();
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { default?: Bench };
    if (typeof mod.default !== 'function') continue;
    const out = await mod.default();
    for (const r of Array.isArray(out) ? out : [out]) process.stdout.write(`${JSON.stringify({ bench: name, ...r })}\n`);
  } catch (err) {
    failed++;
    process.stdout.write(`${JSON.stringify({ bench: name, error: err instanceof Error ? err.message : String(err), seconds: (Date.now() - started) / 1000 })}\n`);
  }
}
process.exitCode = failed ? 1 : 0;
