import type { Plugin } from 'esbuild';

export function contractChannels(root?: string): Promise<string[]>;
export function preloadChannelsPlugin(root?: string): Promise<Plugin>;
