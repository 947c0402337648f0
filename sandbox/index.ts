// Public entry point of the sandbox: the CLI (`wingdesk sandbox`), the app's demo mode and every
// test start it through startSandbox. Keep the returned handle stable.
import type { AddressInfo } from 'node:net';
import type { VirtualClock } from './clock';
import { createSandboxServer } from './gateway/server';
import { resolveOptions, Runtime, type SandboxOptions } from './runtime';
import type { SandboxState } from './state';

export type { SandboxOptions } from './runtime';
export type { Vendor } from './vendors';
export type { DomainModule, RouteContext, RouteDef, SeedArgs } from './routes/registry';

export interface SandboxHandle {
  baseUrl: string;
  vendorId: string;
  accessKey: string;
  secretKey: string;
  close(): Promise<void>;
  clock: VirtualClock;
  /** `state.foreign` holds a valid key pair of another vendor. */
  state: SandboxState;
  /** Everything else (rate limiter, faults, log...), for tests that need to reach inside. */
  runtime: Runtime;
}

export async function startSandbox(opts: SandboxOptions = {}): Promise<SandboxHandle> {
  const options = resolveOptions(opts);
  const runtime = new Runtime(options, opts.domains);
  const server = createSandboxServer(runtime);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const { demo } = runtime.state;
  let closing: Promise<void> | undefined;
  return {
    baseUrl: `http://${host}:${port}`,
    vendorId: demo.vendorId,
    accessKey: demo.accessKey,
    secretKey: demo.secretKey,
    clock: runtime.clock,
    state: runtime.state,
    runtime,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets would hold close() open until they time out.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
