// Child processes of a benchmark: the sandbox (its own process, as Coupang's gateway is another
// machine: its CPU is not wingdesk's) and the browser host. Both print one JSON line first.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Started<T> {
  info: T;
  proc: ChildProcess;
  pid: number;
  stderr(): string;
  stop(): Promise<void>;
}

/** Spawns `node [--import tsx] <script> …` (from the repo root) and resolves with its first stdout line as JSON. */
export async function startNodeScript<T>(script: string, args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 120_000, tsx = true): Promise<Started<T>> {
  const proc = spawn(process.execPath, [...(tsx ? ['--import', 'tsx'] : []), script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr += d));
  const info = await new Promise<T>((resolve, reject) => {
    const rl = createInterface({ input: proc.stdout! });
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`${script} did not start within ${timeoutMs / 1000} s: ${stderr}`));
    }, timeoutMs);
    rl.once('line', (line) => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(line) as T);
      } catch {
        reject(new Error(`${script} printed no JSON first line: ${line} ${stderr}`));
      }
    });
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}: ${stderr}`));
    });
  });
  return {
    info,
    proc,
    pid: proc.pid!,
    stderr: () => stderr,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
        setTimeout(() => proc.kill('SIGKILL'), 5000).unref();
      }),
  };
}

export interface SandboxInfo {
  baseUrl: string;
  vendorId: string;
  accessKey: string;
  secretKey: string;
}

/** `wingdesk sandbox` in its own process. */
export function startSandboxProcess(opts: { seed: number; orders: number; rate?: number; timeScale?: number; startAt?: string }): Promise<Started<SandboxInfo>> {
  const args = ['sandbox', '--port', '0', '--seed', String(opts.seed), '--orders', String(opts.orders)];
  if (opts.startAt !== undefined) args.push('--start-at', opts.startAt);
  if (opts.rate !== undefined) args.push('--rate', String(opts.rate));
  if (opts.timeScale !== undefined) args.push('--time-scale', String(opts.timeScale));
  return startNodeScript<SandboxInfo>('electron/cli/main.ts', args, {}, 300_000);
}

/** Resident set size of a process, MB (Linux /proc). */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(m[1]) / 1024;
}

/** Peak resident set size so far, MB. */
export function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

export async function admin<T = any>(baseUrl: string, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}/__sandbox${path}`, { method, headers: body === undefined ? {} : { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = (await res.json()) as T;
  if (!res.ok) throw new Error(`sandbox ${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}
