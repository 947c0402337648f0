import type { Db } from './db';

export interface ProfileRow {
  id: string;
  name: string;
  vendorId: string;
  accessKey: string;
  keyIssuedAt: string;
  baseUrlKind: 'live' | 'sandbox';
  baseUrl: string;
  proxyUrl: string | null;
}

const columns = `id, name, vendor_id AS vendorId, access_key AS accessKey, key_issued_at AS keyIssuedAt,
  base_url_kind AS baseUrlKind, base_url AS baseUrl, proxy_url AS proxyUrl`;

export function createProfilesRepo(db: Db) {
  const all = db.prepare(`SELECT ${columns} FROM profiles ORDER BY created_at, id`);
  const one = db.prepare(`SELECT ${columns} FROM profiles WHERE id = ?`);
  const upsert = db.prepare(`
    INSERT INTO profiles (id, name, vendor_id, access_key, key_issued_at, base_url_kind, base_url, proxy_url, created_at, updated_at)
    VALUES (@id, @name, @vendorId, @accessKey, @keyIssuedAt, @baseUrlKind, @baseUrl, @proxyUrl, @now, @now)
    ON CONFLICT(id) DO UPDATE SET name = excluded.name, vendor_id = excluded.vendor_id, access_key = excluded.access_key,
      key_issued_at = excluded.key_issued_at, base_url_kind = excluded.base_url_kind, base_url = excluded.base_url,
      proxy_url = excluded.proxy_url, updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM profiles WHERE id = ?');
  return {
    list: () => all.all() as ProfileRow[],
    get: (id: string) => (one.get(id) as ProfileRow | undefined) ?? null,
    save(row: ProfileRow) {
      upsert.run({ ...row, now: new Date().toISOString() });
    },
    delete: (id: string) => remove.run(id).changes > 0,
  };
}
export type ProfilesRepo = ReturnType<typeof createProfilesRepo>;
