// One value type for every answer the sandbox gives, so the pipeline can log, delay, replace
// (504) or drop (reset) an answer without knowing which envelope family produced it.
import { STATUS_CODES } from 'node:http';

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Serialised with lossless-json, so LosslessNumber values come out as bare digits. */
  json?: unknown;
  /** A pre-rendered body (the edge's HTML page); wins over `json`. */
  text?: string;
  contentType?: string;
}

export function statusText(status: number): string {
  return STATUS_CODES[status] ?? 'Unknown';
}

export function withHeader(reply: Reply, name: string, value: string): Reply {
  return { ...reply, headers: { ...reply.headers, [name]: value } };
}
