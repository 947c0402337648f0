// Saved answer templates (답변 템플릿), shared by every vendor on this PC.
import { randomUUID } from 'node:crypto';
import type { Db } from './db';

export interface TemplateRecord {
  id: string;
  name: string;
  content: string;
  updatedAt: string;
}

/** The first run starts with a few common answers the seller can edit or delete. */
export const STARTER_TEMPLATES: Array<Pick<TemplateRecord, 'name' | 'content'>> = [
  { name: '출고 안내', content: '안녕하세요, 고객님. 문의 주셔서 감사합니다.\n주문하신 {상품명}은(는) 오늘 출고 예정이며, 출고 후 1~2일 내 받아보실 수 있습니다.\n감사합니다.' },
  { name: '교환·반품 안내', content: '안녕하세요, 고객님. 불편을 드려 죄송합니다.\n쿠팡 앱 > 마이쿠팡 > 주문목록에서 교환/반품 신청해 주시면 회수 후 바로 처리해 드리겠습니다.' },
  { name: '재고 안내', content: '안녕하세요, 고객님. {상품명} {옵션} 옵션은 현재 재고가 있어 바로 주문 가능합니다.\n감사합니다.' },
];

export function createTemplatesRepo(db: Db, now: () => Date = () => new Date()) {
  const count = () => (db.prepare('SELECT COUNT(*) AS n FROM inquiry_templates').get() as { n: number }).n;
  const seeded = 'inquiries.templatesSeeded';

  function seedOnce(): void {
    const flag = db.prepare('SELECT value FROM settings WHERE key = ?').get(seeded) as { value: string } | undefined;
    if (flag) return;
    db.transaction(() => {
      if (count() === 0) {
        const at = now().toISOString();
        const insert = db.prepare('INSERT INTO inquiry_templates (id, name, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
        for (const t of STARTER_TEMPLATES) insert.run(randomUUID(), t.name, t.content, at, at);
      }
      db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(seeded, '1');
    })();
  }

  return {
    list(): TemplateRecord[] {
      seedOnce();
      return (db.prepare('SELECT id, name, content, updated_at FROM inquiry_templates ORDER BY name COLLATE NOCASE, created_at').all() as any[]).map((r) => ({ id: r.id, name: r.name, content: r.content, updatedAt: r.updated_at }));
    },
    save(input: { id?: string; name: string; content: string }): TemplateRecord {
      const at = now().toISOString();
      const id = input.id ?? randomUUID();
      db.prepare(
        `INSERT INTO inquiry_templates (id, name, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, content = excluded.content, updated_at = excluded.updated_at`,
      ).run(id, input.name, input.content, at, at);
      return { id, name: input.name, content: input.content, updatedAt: at };
    },
    delete(id: string): boolean {
      return db.prepare('DELETE FROM inquiry_templates WHERE id = ?').run(id).changes > 0;
    },
  };
}

export type TemplatesRepo = ReturnType<typeof createTemplatesRepo>;
