#!/usr/bin/env node
// Installed `wingdesk` command: registers tsx so the TypeScript CLI runs without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../electron/cli/main.ts');
