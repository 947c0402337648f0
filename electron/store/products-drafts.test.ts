import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validDraftData } from '../../shared/products/test-helpers';
import { migrations } from './migrations';
import { openDatabase, type Db } from './db';
import { createProductDraftsRepo } from './products-drafts';

let dir: string;
let db: Db;
afterEach(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

function open() {
  dir = mkdtempSync(join(tmpdir(), 'wingdesk-drafts-'));
  db = openDatabase(dir);
  return createProductDraftsRepo(db, () => new Date('2025-03-01T00:00:00Z'));
}

describe('product drafts store', () => {
  it('is created by its own migration, numbered after the others', () => {
    const m = migrations.find((x) => x.name === 'products: wizard drafts')!;
    expect(m).toBeTruthy();
    const versions = migrations.map((x) => x.version);
    expect(new Set(versions).size).toBe(versions.length);
    open();
    expect(db.prepare('SELECT version FROM schema_migrations WHERE name = ?').get('products: wizard drafts')).toEqual({ version: m.version });
  });

  it('saves, lists per vendor, reopens the same data and step, and survives a reopen of the file', () => {
    const repo = open();
    const data = validDraftData();
    const saved = repo.save('A00000001', { mode: 'create', step: 5, data });
    expect(saved).toMatchObject({ mode: 'create', step: 5, sellerProductId: null });
    expect(saved.data).toEqual(data);
    expect(repo.list('A00000001').map((d) => [d.id, d.step, d.name])).toEqual([[saved.id, 5, '모나미 스프링 노트 A5']]);
    expect(repo.list('A99999999')).toEqual([]);
    expect(repo.get('A99999999', saved.id)).toBeNull();

    db.close();
    db = openDatabase(dir);
    const again = createProductDraftsRepo(db);
    expect(again.get('A00000001', saved.id)!.data).toEqual(data);
    expect(again.get('A00000001', saved.id)!.step).toBe(5);
  });

  it('records Coupang status, deny reason and the original without losing the data', () => {
    const repo = open();
    const saved = repo.save('A00000001', { mode: 'create', step: 8, data: validDraftData() });
    repo.setStatus('A00000001', saved.id, { sellerProductId: '123', status: '승인반려', denyReason: '이미지 다운로드 실패', original: { sellerProductId: 123 }, mode: 'edit' });
    const d = repo.get('A00000001', saved.id)!;
    expect(d).toMatchObject({ mode: 'edit', sellerProductId: '123', lastStatus: '승인반려', denyReason: '이미지 다운로드 실패', original: { sellerProductId: 123 } });
    expect(d.data.basic.sellerProductName).toBe('모나미 스프링 노트 A5');
    expect(repo.delete('A00000001', saved.id)).toBe(true);
    expect(repo.get('A00000001', saved.id)).toBeNull();
  });

  it('opens a draft saved by an older version (missing fields filled in)', () => {
    const repo = open();
    db.prepare("INSERT INTO product_drafts (id, vendor_id, mode, step, name, data_json, created_at, updated_at) VALUES ('old', 'A1', 'create', 3, 'x', ?, 'now', 'now')").run(JSON.stringify({ basic: { sellerProductName: '옛 초안' } }));
    const d = repo.get('A1', 'old')!;
    expect(d.data.basic.sellerProductName).toBe('옛 초안');
    expect(d.data.delivery.deliveryChargeType).toBe('FREE');
    expect(d.data.items).toHaveLength(1);
  });
});
