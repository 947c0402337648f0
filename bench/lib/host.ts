// The browser host (electron/host/serve.ts) in two forms:
//   bundled — one ES module built with esbuild like Electron's main (scripts/build-electron.mjs
//             bundles main.ts the same way, native modules external): the main process as the app
//             ships it;
//   tsx     — `node --import tsx electron/host/serve.ts` (`npm run web`): transpiled while loading.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startNodeScript, type Started } from './proc';

export interface HostInfo {
  url: string;
  origin: string;
  dataDir: string;
}

export type HostKind = 'bundled' | 'tsx';

/** Builds the renderer into its own folder (dist/renderer may be in use by someone's e2e run). */
export function buildRenderer(): string {
  const out = mkdtempSync(join(tmpdir(), 'wd-bench-renderer-'));
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed: ${r.stderr || r.stdout}`);
  return out;
}

/** Bundles serve.ts under node_modules/.cache (so its external packages resolve from the repo). */
export async function buildHostBundle(): Promise<string> {
  const dir = join(ROOT, 'node_modules', '.cache', 'wingdesk-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'serve.mjs');
  await build({
    entryPoints: [join(ROOT, 'electron/host/serve.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'error',
    external: ['electron', 'keytar', 'better-sqlite3'],
    // CommonJS dependencies (xlsx, …) call require(); give the ES module one.
    banner: { js: "import { createRequire as __wdRequire } from 'node:module'; const require = __wdRequire(import.meta.url);" },
  });
  return outfile;
}

export interface HostOptions {
  kind: HostKind;
  bundle?: string;
  dataDir: string;
  staticDir: string;
  env?: NodeJS.ProcessEnv;
}

export function startHost(o: HostOptions): Promise<Started<HostInfo>> {
  const args = ['--port', '0', '--data-dir', o.dataDir, '--static', o.staticDir];
  if (o.kind === 'bundled') {
    if (!o.bundle) throw new Error('no host bundle');
    return startNodeScript<HostInfo>(o.bundle, args, o.env, 60_000, false);
  }
  return startNodeScript<HostInfo>('electron/host/serve.ts', args, o.env, 60_000);
}
