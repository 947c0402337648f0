// `npm run web`: runs the main-process services under plain Node and serves the renderer to a
// browser on 127.0.0.1. The first stdout line is JSON ({"url","origin","dataDir"}) so scripts and
// tests can find the address; the token only travels inside that URL.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRuntime } from '../runtime';
import { defaultDataDir } from '../services/connection-source';
import { startHost } from './server';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const dataDir = resolve(arg('data-dir') ?? process.env.WINGDESK_DATA_DIR ?? defaultDataDir());
// Run from source (electron/host/) or bundled (dist-electron/): the built renderer is in dist/renderer.
const builtRenderer = [resolve(here, '../dist/renderer'), resolve(here, '../../dist/renderer')].find((d) => existsSync(resolve(d, 'index.html')));
const staticDir = resolve(arg('static') ?? builtRenderer ?? resolve(here, '../../dist/renderer'));
const port = Number(arg('port') ?? process.env.WINGDESK_WEB_PORT ?? 0);

const runtime = createRuntime({ dataDir, ratePerSecond: process.env.WINGDESK_RATE ? Number(process.env.WINGDESK_RATE) : undefined });
const host = await startHost({ routerFor: runtime.routerFor, staticDir, port, log: runtime.log });
process.stdout.write(JSON.stringify({ url: host.url, origin: host.origin, dataDir }) + '\n');
process.stderr.write(`wingdesk 웹 모드: 브라우저에서 ${host.url} 을(를) 여세요. (종료: Ctrl+C)\n`);

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await host.close();
  await runtime.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
