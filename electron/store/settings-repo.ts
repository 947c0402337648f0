import type { Db } from './db';

export function createSettingsRepo(db: Db) {
  const getStmt = db.prepare('SELECT value FROM settings WHERE key = ?');
  const setStmt = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  const delStmt = db.prepare('DELETE FROM settings WHERE key = ?');
  return {
    get(key: string): string | null {
      const row = getStmt.get(key) as { value: string } | undefined;
      return row ? row.value : null;
    },
    set(key: string, value: string | null) {
      if (value === null) delStmt.run(key);
      else setStmt.run(key, value);
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
