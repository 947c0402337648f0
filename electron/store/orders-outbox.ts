// The action journal. A row is written (and committed) before anything goes on the wire, and
// moved to `sent` right before the call, so after a crash wingdesk knows exactly which requests
// may have reached Coupang (`sent` → reconcile by reading) and which never left (`pending` /
// `queued` → safe to send).
import type { Db } from './db';

export type OutboxState = 'queued' | 'pending' | 'sent' | 'done' | 'failed' | 'unknown';
export type OutboxAction =
  | 'acknowledge'
  | 'uploadInvoice'
  | 'updateInvoice'
  | 'stopShipment'
  | 'markAlreadyShipped'
  | 'cancel'
  | 'completeLongTermUndelivery';

export interface OutboxEntry {
  id: number;
  vendorId: string;
  action: OutboxAction;
  shipmentBoxId: string;
  payload: any;
  state: OutboxState;
  batchId: string | null;
  messageKo: string;
  retryRequired: boolean;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  finishedAt: string | null;
  checkedAt: string | null;
}

function fromRow(r: any): OutboxEntry {
  return {
    id: r.id,
    vendorId: r.vendor_id,
    action: r.action,
    shipmentBoxId: r.shipment_box_id,
    payload: JSON.parse(r.payload_json),
    state: r.state,
    batchId: r.batch_id,
    messageKo: r.message_ko,
    retryRequired: !!r.retry_required,
    attempts: r.attempts,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    finishedAt: r.finished_at,
    checkedAt: r.checked_at,
  };
}

export function createOutboxRepo(db: Db) {
  const s = {
    insert: db.prepare(
      `INSERT INTO orders_outbox (vendor_id, action, shipment_box_id, payload_json, state, message_ko, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    get: db.prepare('SELECT * FROM orders_outbox WHERE id = ?'),
    markSent: db.prepare(`UPDATE orders_outbox SET state = 'sent', batch_id = ?, sent_at = ?, attempts = attempts + 1 WHERE id = ? AND state IN ('pending', 'queued')`),
    finish: db.prepare('UPDATE orders_outbox SET state = ?, message_ko = ?, retry_required = ?, finished_at = ?, checked_at = ? WHERE id = ?'),
    setState: db.prepare('UPDATE orders_outbox SET state = ?, message_ko = ? WHERE id = ?'),
    touch: db.prepare('UPDATE orders_outbox SET checked_at = ? WHERE id = ?'),
    byState: db.prepare('SELECT * FROM orders_outbox WHERE vendor_id = ? AND state = ? ORDER BY id'),
    open: db.prepare(`SELECT * FROM orders_outbox WHERE vendor_id = ? AND shipment_box_id = ? AND action = ? AND state IN ('queued', 'pending', 'sent', 'unknown') ORDER BY id DESC LIMIT 1`),
    pendingCount: db.prepare(`SELECT COUNT(*) AS n FROM orders_outbox WHERE vendor_id = ? AND state IN ('queued', 'pending', 'sent', 'unknown')`),
    latestFor: db.prepare('SELECT * FROM orders_outbox WHERE vendor_id = ? AND shipment_box_id = ? ORDER BY id DESC LIMIT 20'),
    crashed: db.prepare(`SELECT * FROM orders_outbox WHERE state = 'sent' ORDER BY id`),
    all: db.prepare('SELECT * FROM orders_outbox WHERE vendor_id = ? ORDER BY id'),
  };
  return {
    /** Journals one action for one shipment; returns its id. */
    add(vendorId: string, action: OutboxAction, shipmentBoxId: string, payload: unknown, state: 'pending' | 'queued', at: string, messageKo = ''): number {
      return Number(s.insert.run(vendorId, action, shipmentBoxId, JSON.stringify(payload), state, messageKo, at).lastInsertRowid);
    },
    /** Journals several entries in one transaction (one commit for a 3,000-order request). */
    addMany(items: Array<{ vendorId: string; action: OutboxAction; shipmentBoxId: string; payload: unknown; state: 'pending' | 'queued'; at: string; messageKo?: string }>): number[] {
      return db.transaction(() => items.map((i) => Number(s.insert.run(i.vendorId, i.action, i.shipmentBoxId, JSON.stringify(i.payload), i.state, i.messageKo ?? '', i.at).lastInsertRowid)))();
    },
    get(id: number): OutboxEntry | null {
      const r = s.get.get(id);
      return r ? fromRow(r) : null;
    },
    /** Marks entries as on the wire; committed before the request is sent. */
    markSent(ids: readonly number[], batchId: string, at: string): void {
      db.transaction(() => {
        for (const id of ids) s.markSent.run(batchId, at, id);
      })();
    },
    finish(id: number, state: 'done' | 'failed' | 'unknown', messageKo: string, retryRequired: boolean, at: string): void {
      s.finish.run(state, messageKo, retryRequired ? 1 : 0, state === 'unknown' ? null : at, at, id);
    },
    /** Back to the queue: the request provably never left (connection refused before sending). */
    requeue(id: number, messageKo: string): void {
      s.setState.run('queued', messageKo, id);
    },
    touch(id: number, at: string): void {
      s.touch.run(at, id);
    },
    byState(vendorId: string, state: OutboxState): OutboxEntry[] {
      return (s.byState.all(vendorId, state) as any[]).map(fromRow);
    },
    /** The newest unfinished entry of this action for this shipment, if any. */
    openFor(vendorId: string, shipmentBoxId: string, action: OutboxAction): OutboxEntry | null {
      const r = s.open.get(vendorId, shipmentBoxId, action);
      return r ? fromRow(r) : null;
    },
    pendingCount(vendorId: string): number {
      return (s.pendingCount.get(vendorId) as { n: number }).n;
    },
    latestFor(vendorId: string, shipmentBoxId: string): OutboxEntry[] {
      return (s.latestFor.all(vendorId, shipmentBoxId) as any[]).map(fromRow);
    },
    /** Entries a crash left on the wire (every vendor). */
    crashed(): OutboxEntry[] {
      return (s.crashed.all() as any[]).map(fromRow);
    },
    all(vendorId: string): OutboxEntry[] {
      return (s.all.all(vendorId) as any[]).map(fromRow);
    },
  };
}
export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
