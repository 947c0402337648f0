// Bundles the main process and the preload into dist-electron/ as CommonJS (a sandboxed preload
// cannot load ES modules), and the browser host as an ES module. Native modules and electron stay external.
import { build } from 'esbuild';
import { preloadChannelsPlugin } from './preload-channels.mjs';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'info' };
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs', external: ['electron', 'keytar', 'better-sqlite3'] });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'], plugins: [await preloadChannelsPlugin()] });
// The browser host (`npm run web`): the same services as one ES module, so it starts without
// compiling TypeScript on the fly; npm packages stay external and load from node_modules.
await build({ ...common, format: 'esm', packages: 'external', entryPoints: ['electron/host/serve.ts'], outfile: 'dist-electron/host.mjs' });
