// Append only: never edit a migration that has shipped; add the next version instead.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'settings and profiles',
    sql: `
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      -- The secret key is deliberately absent: it lives in the OS keychain only.
      CREATE TABLE profiles (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        vendor_id TEXT NOT NULL,
        access_key TEXT NOT NULL,
        key_issued_at TEXT NOT NULL,
        base_url_kind TEXT NOT NULL CHECK (base_url_kind IN ('live', 'sandbox')),
        base_url TEXT NOT NULL,
        proxy_url TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
];
