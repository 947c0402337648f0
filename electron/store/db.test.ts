import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase } from './db';
import { createProfilesRepo } from './profiles-repo';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('store', () => {
  it('migrates once and keeps profiles across reopen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wd-db-'));
    dirs.push(dir);
    const db = openDatabase(dir);
    expect(migrate(db)).toBe(0);
    createProfilesRepo(db).save({ id: 'p1', name: '본점', vendorId: 'A00012345', accessKey: 'ak', keyIssuedAt: '2026-11-01', baseUrlKind: 'live', baseUrl: 'https://api-gateway.coupang.com', proxyUrl: null });
    db.close();
    const again = openDatabase(dir);
    expect(createProfilesRepo(again).list()).toEqual([
      { id: 'p1', name: '본점', vendorId: 'A00012345', accessKey: 'ak', keyIssuedAt: '2026-11-01', baseUrlKind: 'live', baseUrl: 'https://api-gateway.coupang.com', proxyUrl: null },
    ]);
    again.close();
  });
});
