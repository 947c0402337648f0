// The preload needs only the contract's channel names; bundling the contract itself would put its
// schemas (zod, ~850 kB) into every window's preload. This esbuild plugin, used for the preload
// bundle only, replaces shared/ipc/contract.ts with the list of its channels, read from the
// contract itself at build time, so the list cannot drift from it.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The contract's channels, in its order. */
export async function contractChannels(root = process.cwd()) {
  const out = await build({ entryPoints: [join(root, 'shared/ipc/contract.ts')], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'error' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, createRequire(join(root, 'package.json')));
  const { channels } = module.exports;
  if (!Array.isArray(channels) || channels.length === 0) throw new Error('shared/ipc/contract.ts exports no channels');
  return channels;
}

export async function preloadChannelsPlugin(root = process.cwd()) {
  const channels = await contractChannels(root);
  return {
    name: 'preload-channels',
    setup(b) {
      b.onLoad({ filter: /[\\/]shared[\\/]ipc[\\/]contract\.ts$/ }, () => ({ contents: `export const channels = ${JSON.stringify(channels)};`, loader: 'js' }));
    },
  };
}
