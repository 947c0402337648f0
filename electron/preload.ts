// The renderer's only door to the main process: one named function per contract channel,
// generated from the contract (no generic invoke is exposed).
import { contextBridge, ipcRenderer } from 'electron';
import { channels, functionName } from '../shared/ipc/contract';

const bridge = Object.fromEntries(channels.map((channel) => [functionName(channel), (request: unknown) => ipcRenderer.invoke(channel, request)]));

contextBridge.exposeInMainWorld('wingdesk', Object.freeze(bridge));
