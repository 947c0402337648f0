// The renderer's only door to the main process: one named function per contract channel,
// generated from the contract (no generic invoke is exposed). Bundled, the contract module is
// replaced by its channel list (scripts/preload-channels.mjs): the schemas stay in the main
// process, which validates every payload.
import { contextBridge, ipcRenderer } from 'electron';
import { channels } from '../shared/ipc/contract';
import { functionName } from '../shared/ipc/names';

const bridge = Object.fromEntries(channels.map((channel) => [functionName(channel), (request: unknown) => ipcRenderer.invoke(channel, request)]));

contextBridge.exposeInMainWorld('wingdesk', Object.freeze(bridge));
