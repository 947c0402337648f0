/* eslint-disable no-empty-pattern -- Playwright reads a fixture's dependencies from its destructuring pattern; {} means none. */
// Starts what the e2e tests drive: the browser host (the real main-process services under Node,
// with a fresh data folder) and, where a test needs one, a standalone sandbox through the CLI.
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface Started<T> {
  info: T;
  proc: ChildProcess;
  stop(): Promise<void>;
}

/** Spawns `node --import tsx <script> …` and resolves with the JSON object on its first stdout line. */
export async function startNodeScript<T>(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Started<T>> {
  const proc = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr += d));
  const info = await new Promise<T>((resolve, reject) => {
    const rl = createInterface({ input: proc.stdout! });
    const timer = setTimeout(() => reject(new Error(`${script} did not start in time: ${stderr}`)), 30_000);
    rl.once('line', (line) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(line) as T);
      } catch (err) {
        reject(new Error(`${script} printed no JSON first line: ${line} ${stderr}`));
      }
    });
    proc.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${stderr}`)));
  });
  return {
    info,
    proc,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
        setTimeout(() => proc.kill('SIGKILL'), 5000).unref();
      }),
  };
}

export interface HostInfo {
  url: string;
  origin: string;
  dataDir: string;
}
export interface SandboxInfo {
  baseUrl: string;
  vendorId: string;
  accessKey: string;
  secretKey: string;
}

type Fixtures = { host: HostInfo; app: Page; rpcBodies: string[] };
type WorkerFixtures = { sandbox: SandboxInfo };

export const test = base.extend<Fixtures, WorkerFixtures>({
  sandbox: [
    async ({}, use) => {
      const s = await startNodeScript<SandboxInfo>('electron/cli/main.ts', ['sandbox', '--port', '0', '--seed', '7']);
      await use(s.info);
      await s.stop();
    },
    { scope: 'worker' },
  ],
  host: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wingdesk-e2e-'));
    const h = await startNodeScript<HostInfo>('electron/host/serve.ts', ['--port', '0', '--data-dir', dataDir]);
    await use(h.info);
    await h.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
  rpcBodies: async ({}, use) => {
    await use([]);
  },
  app: async ({ page, host, rpcBodies }, use) => {
    page.on('response', async (res) => {
      if (res.url().includes('/rpc/')) rpcBodies.push(await res.text().catch(() => ''));
    });
    await page.goto(host.url);
    await expect(page.getByTestId('status-bar')).toBeVisible();
    await use(page);
  },
});

export { expect };

export async function screenshot(page: Page, name: string) {
  mkdirSync('reports/screenshots', { recursive: true });
  await page.screenshot({ path: `reports/screenshots/${name}.png`, fullPage: true });
}

/** The sandbox's admin API (loopback, unsigned): GET without a body, POST with one; a non-2xx answer fails the test with its body. */
export async function sandboxAdmin<T = any>(sandbox: SandboxInfo, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${sandbox.baseUrl}/__sandbox${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await res.json()) as T;
  expect(res.ok, `${path}: ${JSON.stringify(json)}`).toBe(true);
  return json;
}

/** Fills the settings screen's profile form for a sandbox, as a seller would, and saves it. */
export async function saveSandboxProfile(app: Page, sandbox: Pick<SandboxInfo, 'vendorId' | 'accessKey' | 'secretKey' | 'baseUrl'>, name: string) {
  await app.getByTestId('nav-settings').click();
  await app.getByTestId('profile-name').fill(name);
  await app.getByTestId('profile-vendorId').fill(sandbox.vendorId);
  await app.getByTestId('profile-accessKey').fill(sandbox.accessKey);
  await app.getByTestId('profile-secretKey').fill(sandbox.secretKey);
  await app.getByTestId('profile-baseUrlKind-sandbox').check();
  await app.getByTestId('profile-baseUrl').fill(sandbox.baseUrl);
  await app.getByTestId('profile-save').click();
}

/** Saves a profile for the sandbox and waits until it is the active one. */
export async function connectSandbox(app: Page, sandbox: SandboxInfo, name: string) {
  await saveSandboxProfile(app, sandbox, name);
  const row = app.locator('[data-testid^="profile-row-"]').filter({ hasText: name });
  await expect(row).toBeVisible();
  // The first profile saved becomes the active one by itself; a later one is activated by hand.
  if (!(await row.getByTestId('profile-active').isVisible())) await row.getByTestId('profile-activate').click();
  await expect(app.getByTestId('status-profile')).toContainText(name);
  await expect(app.getByTestId('status-profile')).toContainText(sandbox.vendorId);
}
