// The wizard's drafts (migration "products: wizard drafts"). One row per draft, per vendor; the
// draft body is JSON validated by the contract on the way in and normalised on the way out, so a
// draft saved by an older wingdesk still opens.
import { randomUUID } from 'node:crypto';
import { normalizeDraftData, type ProductDraft, type ProductDraftData } from '../../shared/products/draft';
import type { Db } from './db';

interface Row {
  id: string;
  vendor_id: string;
  mode: 'create' | 'edit';
  step: number;
  name: string;
  category_name: string | null;
  seller_product_id: string | null;
  data_json: string;
  original_json: string | null;
  last_status: string | null;
  deny_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface DraftSummaryRow {
  id: string;
  mode: 'create' | 'edit';
  step: number;
  name: string;
  categoryName: string | null;
  sellerProductId: string | null;
  lastStatus: string | null;
  updatedAt: string;
}

function toDraft(r: Row): ProductDraft {
  let original: Record<string, unknown> | null = null;
  if (r.original_json) {
    try {
      original = JSON.parse(r.original_json);
    } catch {
      original = null;
    }
  }
  let data: unknown = null;
  try {
    data = JSON.parse(r.data_json);
  } catch {
    data = null;
  }
  return {
    id: r.id,
    mode: r.mode,
    sellerProductId: r.seller_product_id,
    step: Math.min(8, Math.max(1, r.step)),
    data: normalizeDraftData(data),
    original,
    lastStatus: r.last_status,
    denyReason: r.deny_reason,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface SaveDraftInput {
  id?: string;
  mode: 'create' | 'edit';
  step: number;
  data: ProductDraftData;
  sellerProductId?: string | null;
  original?: Record<string, unknown> | null;
}

export function createProductDraftsRepo(db: Db, now: () => Date = () => new Date()) {
  const one = db.prepare('SELECT * FROM product_drafts WHERE id = ? AND vendor_id = ?');
  const list = db.prepare('SELECT id, mode, step, name, category_name, seller_product_id, last_status, updated_at FROM product_drafts WHERE vendor_id = ? ORDER BY updated_at DESC, id DESC');
  const insert = db.prepare(`INSERT INTO product_drafts (id, vendor_id, mode, step, name, category_name, seller_product_id, data_json, original_json, last_status, deny_reason, created_at, updated_at)
    VALUES (@id, @vendorId, @mode, @step, @name, @categoryName, @sellerProductId, @data, @original, NULL, NULL, @now, @now)`);
  const update = db.prepare(`UPDATE product_drafts SET mode = @mode, step = @step, name = @name, category_name = @categoryName,
    seller_product_id = COALESCE(@sellerProductId, seller_product_id), data_json = @data,
    original_json = COALESCE(@original, original_json), updated_at = @now WHERE id = @id AND vendor_id = @vendorId`);
  const setStatus = db.prepare('UPDATE product_drafts SET seller_product_id = COALESCE(@sellerProductId, seller_product_id), last_status = @status, deny_reason = @denyReason, original_json = COALESCE(@original, original_json), mode = COALESCE(@mode, mode), updated_at = @now WHERE id = @id AND vendor_id = @vendorId');
  const remove = db.prepare('DELETE FROM product_drafts WHERE id = ? AND vendor_id = ?');

  return {
    get(vendorId: string, id: string): ProductDraft | null {
      const r = one.get(id, vendorId) as Row | undefined;
      return r ? toDraft(r) : null;
    },
    list(vendorId: string): DraftSummaryRow[] {
      return (list.all(vendorId) as Row[]).map((r) => ({
        id: r.id,
        mode: r.mode,
        step: r.step,
        name: r.name,
        categoryName: r.category_name,
        sellerProductId: r.seller_product_id,
        lastStatus: r.last_status,
        updatedAt: r.updated_at,
      }));
    },
    save(vendorId: string, input: SaveDraftInput): ProductDraft {
      const params = {
        id: input.id ?? randomUUID(),
        vendorId,
        mode: input.mode,
        step: input.step,
        name: input.data.basic.sellerProductName.trim() || input.data.basic.displayProductName.trim(),
        categoryName: input.data.category.name,
        sellerProductId: input.sellerProductId ?? null,
        data: JSON.stringify(input.data),
        original: input.original ? JSON.stringify(input.original) : null,
        now: now().toISOString(),
      };
      const exists = input.id ? one.get(input.id, vendorId) : undefined;
      if (exists) update.run(params);
      else insert.run(params);
      return this.get(vendorId, params.id)!;
    },
    setStatus(vendorId: string, id: string, s: { sellerProductId?: string | null; status: string | null; denyReason: string | null; original?: Record<string, unknown> | null; mode?: 'create' | 'edit' }) {
      setStatus.run({
        id,
        vendorId,
        sellerProductId: s.sellerProductId ?? null,
        status: s.status,
        denyReason: s.denyReason,
        original: s.original ? JSON.stringify(s.original) : null,
        mode: s.mode ?? null,
        now: now().toISOString(),
      });
    },
    delete(vendorId: string, id: string): boolean {
      return remove.run(id, vendorId).changes > 0;
    },
  };
}
export type ProductDraftsRepo = ReturnType<typeof createProductDraftsRepo>;
