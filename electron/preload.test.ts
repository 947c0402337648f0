// The preload as it ships: bundled with the contract replaced by its channel list. It must expose
// exactly one function per channel, each invoking its own channel, and carry no schemas.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { preloadChannelsPlugin } from '../scripts/preload-channels.mjs';
import { channels, functionName } from '../shared/ipc/contract';

async function bundledPreload(): Promise<string> {
  const out = await build({ entryPoints: ['electron/preload.ts'], bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['electron'], write: false, logLevel: 'error', plugins: [await preloadChannelsPlugin()] });
  return out.outputFiles[0].text;
}

describe('preload bundle', () => {
  it('exposes one function per contract channel, each invoking its channel, without the schemas', async () => {
    const code = await bundledPreload();
    expect(code).not.toMatch(/ZodError|zod/);
    expect(code.length).toBeLessThan(20_000);

    const exposed: Record<string, Record<string, (req: unknown) => unknown>> = {};
    const invoked: Array<[string, unknown]> = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (req: unknown) => unknown>) => (exposed[key] = api) },
      ipcRenderer: { invoke: (channel: string, req: unknown) => (invoked.push([channel, req]), Promise.resolve('ok')) },
    };
    const fakeRequire = (id: string) => {
      if (id !== 'electron') throw new Error(`the preload may load only electron, not ${id}`);
      return electron;
    };
    const module = { exports: {} };
    new Function('module', 'exports', 'require', code)(module, module.exports, fakeRequire);

    const api = exposed.wingdesk;
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual(channels.map((c) => functionName(c)).sort());
    await api.invoicesPreview({ fileId: 'f1' });
    await api.ordersList({ offset: 0 });
    expect(invoked).toEqual([
      ['invoices.preview', { fileId: 'f1' }],
      ['orders.list', { offset: 0 }],
    ]);
  });
});
