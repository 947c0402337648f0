// Saved grid filters (저장한 필터), shared by every profile on this PC.
import { randomUUID } from 'node:crypto';
import type { Db } from './db';

export interface SavedFilter {
  id: string;
  name: string;
  filter: unknown;
}

export function createFiltersRepo(db: Db) {
  const s = {
    list: db.prepare('SELECT id, name, filter_json FROM orders_saved_filters ORDER BY created_at, id'),
    byName: db.prepare('SELECT id FROM orders_saved_filters WHERE name = ?'),
    insert: db.prepare('INSERT INTO orders_saved_filters (id, name, filter_json, created_at) VALUES (?, ?, ?, ?)'),
    update: db.prepare('UPDATE orders_saved_filters SET filter_json = ? WHERE id = ?'),
    del: db.prepare('DELETE FROM orders_saved_filters WHERE id = ?'),
  };
  return {
    list(): SavedFilter[] {
      return (s.list.all() as any[]).map((r) => ({ id: r.id, name: r.name, filter: JSON.parse(r.filter_json) }));
    },
    /** Saving under an existing name replaces that filter (same id). */
    save(name: string, filter: unknown): string {
      const existing = s.byName.get(name) as { id: string } | undefined;
      if (existing) {
        s.update.run(JSON.stringify(filter), existing.id);
        return existing.id;
      }
      const id = randomUUID();
      s.insert.run(id, name, JSON.stringify(filter), new Date().toISOString());
      return id;
    },
    delete(id: string): boolean {
      return s.del.run(id).changes > 0;
    },
  };
}
export type FiltersRepo = ReturnType<typeof createFiltersRepo>;
