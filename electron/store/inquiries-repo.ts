// The local inquiry inbox: one row per product inquiry or contact-center transfer of a vendor,
// upserted from every sync and after every answer, read by the screen and the CLI offline.
import type { InquiryKind, InquiryState, InquiryView } from '../../shared/ipc/inquiries';
import type { Db } from './db';

export interface InquiryRecord {
  vendorId: string;
  kind: InquiryKind;
  inquiryId: string;
  state: InquiryState;
  inquiryAt: string;
  inquiryMs: number;
  deadlineMs: number | null;
  vendorItemId: string | null;
  productName: string;
  question: string;
  orderIds: string[];
  category: string | null;
  parentAnswerId: string | null;
  answeredAt: string | null;
  answeredBySystem: boolean;
  rawJson: string;
  syncedAt: string;
}

export interface InquiryQuery {
  view: InquiryView;
  kind: 'ALL' | InquiryKind;
  search?: string;
}

const COLUMNS = `vendor_id, kind, inquiry_id, state, inquiry_at, inquiry_ms, deadline_ms, vendor_item_id, product_name, question, order_ids, category,
  parent_answer_id, answered_at, answered_by_system, search_text, raw_json, synced_at`;

function fromRow(r: any): InquiryRecord {
  return {
    vendorId: r.vendor_id,
    kind: r.kind,
    inquiryId: r.inquiry_id,
    state: r.state,
    inquiryAt: r.inquiry_at,
    inquiryMs: r.inquiry_ms,
    deadlineMs: r.deadline_ms ?? null,
    vendorItemId: r.vendor_item_id ?? null,
    productName: r.product_name,
    question: r.question,
    orderIds: JSON.parse(r.order_ids || '[]'),
    category: r.category ?? null,
    parentAnswerId: r.parent_answer_id ?? null,
    answeredAt: r.answered_at ?? null,
    answeredBySystem: r.answered_by_system === 1,
    rawJson: r.raw_json,
    syncedAt: r.synced_at,
  };
}

function searchText(r: InquiryRecord): string {
  return [r.inquiryId, r.productName, r.question, r.category ?? '', r.vendorItemId ?? '', ...r.orderIds].join(' ').toLowerCase();
}

const VIEW_STATES: Record<InquiryView, InquiryState[] | null> = {
  ACTION: ['NO_ANSWER', 'TRANSFER'],
  NO_ANSWER: ['NO_ANSWER'],
  TRANSFER: ['TRANSFER'],
  DONE: ['ANSWERED', 'CLOSED'],
  ALL: null,
};

export function createInquiriesRepo(db: Db) {
  const upsertStmt = db.prepare(`
    INSERT INTO inquiries (${COLUMNS}) VALUES (@vendorId, @kind, @inquiryId, @state, @inquiryAt, @inquiryMs, @deadlineMs, @vendorItemId, @productName, @question,
      @orderIds, @category, @parentAnswerId, @answeredAt, @answeredBySystem, @searchText, @rawJson, @syncedAt)
    ON CONFLICT (vendor_id, kind, inquiry_id) DO UPDATE SET state = excluded.state, inquiry_at = excluded.inquiry_at, inquiry_ms = excluded.inquiry_ms,
      deadline_ms = excluded.deadline_ms, vendor_item_id = excluded.vendor_item_id,
      product_name = CASE WHEN excluded.product_name <> '' THEN excluded.product_name ELSE inquiries.product_name END,
      question = excluded.question, order_ids = excluded.order_ids, category = excluded.category, parent_answer_id = excluded.parent_answer_id,
      answered_at = excluded.answered_at, answered_by_system = excluded.answered_by_system, search_text = excluded.search_text,
      raw_json = excluded.raw_json, synced_at = excluded.synced_at
    -- A copy asked for before the stored one (a list page that was in flight while an answer went
    -- out and was read back) is older news: it does not overwrite.
    WHERE excluded.synced_at >= inquiries.synced_at`);
  const getStmt = db.prepare(`SELECT ${COLUMNS} FROM inquiries WHERE vendor_id = ? AND kind = ? AND inquiry_id = ?`);
  const nameUpsert = db.prepare(`INSERT INTO inquiry_item_names (vendor_id, vendor_item_id, name, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (vendor_id, vendor_item_id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at`);
  const nameGet = db.prepare('SELECT name FROM inquiry_item_names WHERE vendor_id = ? AND vendor_item_id = ?');
  let orderItemName: { get(...args: unknown[]): unknown } | null | undefined;

  function where(vendorId: string, q: InquiryQuery, states: InquiryState[] | null): { sql: string; args: unknown[] } {
    const parts = ['vendor_id = ?'];
    const args: unknown[] = [vendorId];
    if (q.kind !== 'ALL') {
      parts.push('kind = ?');
      args.push(q.kind);
    }
    if (states) {
      parts.push(`state IN (${states.map(() => '?').join(', ')})`);
      args.push(...states);
    }
    const term = q.search?.trim().toLowerCase();
    if (term) {
      parts.push("search_text LIKE ? ESCAPE '\\'");
      args.push(`%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
    return { sql: parts.join(' AND '), args };
  }

  return {
    upsert(records: InquiryRecord[]): void {
      db.transaction(() => {
        for (const r of records) upsertStmt.run({ ...r, orderIds: JSON.stringify(r.orderIds), answeredBySystem: r.answeredBySystem ? 1 : 0, searchText: searchText(r) });
      })();
    },

    get(vendorId: string, kind: InquiryKind, inquiryId: string): InquiryRecord | null {
      const r = getStmt.get(vendorId, kind, inquiryId);
      return r ? fromRow(r) : null;
    },

    /**
     * The inbox: what needs the seller first — open transfers by their deadline, then unanswered
     * product questions oldest first, then overdue ones — and everything else newest first.
     */
    list(vendorId: string, q: InquiryQuery, nowMs: number, limit: number): { rows: InquiryRecord[]; total: number } {
      const w = where(vendorId, q, VIEW_STATES[q.view]);
      const total = (db.prepare(`SELECT COUNT(*) AS n FROM inquiries WHERE ${w.sql}`).get(...w.args) as { n: number }).n;
      const rows = db
        .prepare(
          `SELECT ${COLUMNS}, CASE WHEN state IN ('NO_ANSWER', 'TRANSFER') THEN (CASE WHEN deadline_ms IS NOT NULL AND deadline_ms <= ? THEN 2 ELSE 0 END) ELSE 3 END AS grp
           FROM inquiries WHERE ${w.sql}
           ORDER BY grp, CASE WHEN grp = 0 THEN COALESCE(deadline_ms, 9000000000000000) END, CASE WHEN grp = 0 THEN inquiry_ms END, inquiry_ms DESC, inquiry_id DESC
           LIMIT ?`,
        )
        .all(nowMs, ...w.args, limit)
        .map(fromRow);
      return { rows, total };
    },

    counts(vendorId: string, q: Omit<InquiryQuery, 'view'>): Record<InquiryView, number> {
      const w = where(vendorId, { ...q, view: 'ALL' }, null);
      const byState = new Map<string, number>(
        (db.prepare(`SELECT state, COUNT(*) AS n FROM inquiries WHERE ${w.sql} GROUP BY state`).all(...w.args) as Array<{ state: string; n: number }>).map((r) => [r.state, r.n]),
      );
      const n = (s: InquiryState) => byState.get(s) ?? 0;
      return { ACTION: n('NO_ANSWER') + n('TRANSFER'), NO_ANSWER: n('NO_ANSWER'), TRANSFER: n('TRANSFER'), DONE: n('ANSWERED') + n('CLOSED'), ALL: [...byState.values()].reduce((a, b) => a + b, 0) };
    },

    rememberName(vendorId: string, vendorItemId: string, name: string, at: string): void {
      if (name.trim()) nameUpsert.run(vendorId, vendorItemId, name.trim(), at);
    },

    /** The option's name from inquiry/revenue answers, else from the local orders store (if it has the item). */
    nameOf(vendorId: string, vendorItemId: string | null): string {
      if (!vendorItemId) return '';
      const own = nameGet.get(vendorId, vendorItemId) as { name: string } | undefined;
      if (own) return own.name;
      if (orderItemName === undefined) {
        try {
          orderItemName = db.prepare("SELECT vendor_item_name AS name FROM order_items WHERE vendor_id = ? AND vendor_item_id = ? AND vendor_item_name <> '' LIMIT 1");
        } catch {
          orderItemName = null; // no orders store in this database
        }
      }
      const fromOrders = orderItemName?.get(vendorId, vendorItemId) as { name: string } | undefined;
      return fromOrders?.name ?? '';
    },

    stored(vendorId: string): number {
      return (db.prepare('SELECT COUNT(*) AS n FROM inquiries WHERE vendor_id = ?').get(vendorId) as { n: number }).n;
    },
  };
}

export type InquiriesRepo = ReturnType<typeof createInquiriesRepo>;
