// Application log: one JSON object per line under <dataDir>/logs. Every entry passes the client's
// redactor first, so secrets, Authorization headers and receivers' phones/addresses never reach disk.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { redact } from './coupang/redact';

export type LogSink = (entry: Record<string, unknown>) => void;

export function createFileLog(dataDir: string, echo = false): LogSink {
  const dir = join(dataDir, 'logs');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'wingdesk.log');
  return (entry) => {
    const line = JSON.stringify({ time: new Date().toISOString(), ...(redact(entry) as object) });
    appendFileSync(file, line + '\n');
    if (echo) process.stderr.write(line + '\n');
  };
}
