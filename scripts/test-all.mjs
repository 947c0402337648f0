// `npm test`: lint, typecheck, unit + integration (vitest) and e2e (Playwright), then ONE closing
// line summed over every runner: `total: N passed, N failed, N skipped`. Exits non-zero on any
// failure. Runs itself inside a private keyring session when none is present, so the keychain
// tests exercise the real Secret Service wherever gnome-keyring is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const wrapper = '.ci/with-keyring.sh';
if (!process.env.DBUS_SESSION_BUS_ADDRESS && !process.env.WINGDESK_KEYRING_WRAPPED && process.platform === 'linux' && hasCommand('gnome-keyring-daemon') && hasCommand('dbus-run-session')) {
  const r = spawnSync('bash', [wrapper, process.execPath, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, WINGDESK_KEYRING_WRAPPED: '1' } });
  process.exit(r.status ?? 1);
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

const only = process.argv.slice(2); // e.g. `npm test -- unit e2e`
const want = (name) => only.length === 0 || only.includes(name);
const results = [];
const npx = (args, extraEnv = {}) => {
  const started = Date.now();
  const r = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  return { ok: r.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
};
const check = (name, args) => {
  console.log(`\n::: ${name}`);
  const r = npx(args);
  results.push({ name, passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1, skipped: 0 });
  console.log(`::: ${name}: ${r.ok ? 'ok' : 'FAILED'} (${r.seconds}s)`);
  return r.ok;
};

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

if (want('lint')) check('lint', ['eslint', '.']);
if (want('typecheck')) {
  check('typecheck renderer+shared', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  check('typecheck main+sandbox', ['tsc', '--noEmit', '-p', 'tsconfig.node.json']);
  check('typecheck e2e', ['tsc', '--noEmit', '-p', 'tsconfig.e2e.json']);
}
if (want('unit')) {
  console.log('\n::: vitest (unit + integration)');
  npx(['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']);
  const v = readJson('reports/vitest.json');
  if (v) results.push({ name: 'vitest', passed: v.numPassedTests, failed: v.numFailedTests + (v.numRuntimeErrors ?? 0) + failedSuites(v), skipped: v.numPendingTests + (v.numTodoTests ?? 0) });
  else results.push({ name: 'vitest', passed: 0, failed: 1, skipped: 0, note: 'report missing' });
}
if (want('e2e')) {
  const built = check('build renderer', ['vite', 'build', '--logLevel', 'warn']);
  if (built) {
    console.log('\n::: playwright (e2e)');
    npx(['playwright', 'test']);
    const pw = readJson('reports/playwright.json');
    if (pw) {
      const s = pw.stats;
      results.push({ name: 'playwright', passed: s.expected + s.flaky, failed: s.unexpected + (pw.errors?.length ?? 0), skipped: s.skipped });
    } else results.push({ name: 'playwright', passed: 0, failed: 1, skipped: 0, note: 'report missing' });
  }
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}
function failedSuites(v) {
  // A test file that fails to load has no failed test in it, but it is a failure.
  return (v.testResults ?? []).filter((t) => t.status === 'failed' && (t.assertionResults ?? []).every((a) => a.status !== 'failed')).length;
}

let p = 0, f = 0, s = 0;
console.log('\n::: summary');
for (const r of results) {
  p += r.passed; f += r.failed; s += r.skipped;
  console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped${r.note ? ` (${r.note})` : ''}`);
}
console.log(`total: ${p} passed, ${f} failed, ${s} skipped`);
process.exit(f > 0 || results.length === 0 ? 1 : 0);
