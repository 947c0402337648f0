// A bounded record of gateway traffic; tests read it through /__sandbox/requests to check rate
// windows and which calls a client actually made.

export interface LogEntry {
  seq: number;
  /** Arrival, epoch ms (real clock). */
  time: number;
  method: string;
  path: string;
  query: string;
  /** 0 when the sandbox dropped the connection instead of answering. */
  status: number;
  /** Time spent answering, ms. */
  ms: number;
  vendorId: string | null;
  ip: string;
}

export class RequestLog {
  private entries: LogEntry[] = [];
  private seq = 0;
  private total = 0;
  private readonly byStatus = new Map<number, number>();

  constructor(private readonly capacity = 5000) {}

  add(entry: Omit<LogEntry, 'seq'>): LogEntry {
    const full = { ...entry, seq: ++this.seq };
    this.entries.push(full);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    this.total++;
    this.byStatus.set(entry.status, (this.byStatus.get(entry.status) ?? 0) + 1);
    return full;
  }

  /** Entries that arrived at or after `time` (epoch ms). */
  since(time = 0): LogEntry[] {
    return this.entries.filter((e) => e.time >= time);
  }

  counts(): { total: number; kept: number; byStatus: Record<string, number> } {
    return { total: this.total, kept: this.entries.length, byStatus: Object.fromEntries([...this.byStatus].map(([s, n]) => [String(s), n])) };
  }

  clear(): void {
    this.entries = [];
    this.total = 0;
    this.byStatus.clear();
  }
}
