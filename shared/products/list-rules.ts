// Limits of the product list queries (rules 41-43).
import { issue, type ProductIssue } from './issues';

export interface ListQuery {
  maxPerPage?: number;
  sellerProductName?: string;
  violationTypes?: string[];
  violationTypeAndOr?: 'AND' | 'OR' | null;
}

export function validateListQuery(q: ListQuery): ProductIssue[] {
  const out: ProductIssue[] = [];
  if (q.maxPerPage !== undefined && (!Number.isInteger(q.maxPerPage) || q.maxPerPage < 1 || q.maxPerPage > 100)) out.push(issue('maxPerPage', 42, '페이지당 개수는 1~100입니다 (기본 10).'));
  if (q.sellerProductName && [...q.sellerProductName].length > 20) out.push(issue('sellerProductName', 42, `상품명 검색어는 20자 이내입니다 (현재 ${[...q.sellerProductName].length}자).`));
  if ((q.violationTypes?.length ?? 0) >= 2 && !q.violationTypeAndOr) out.push(issue('violationTypeAndOr', 43, '노출제한 유형을 2개 이상 고르면 AND/OR 조합을 정해야 합니다.'));
  return out;
}

/** rule 41: the time-frame list accepts windows of at most 10 minutes. */
export function validateTimeFrame(from: string, to: string): ProductIssue[] {
  const a = Date.parse(`${from}+09:00`);
  const b = Date.parse(`${to}+09:00`);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return [issue('createdAtFrom', 41, 'yyyy-MM-ddTHH:mm:ss 형식으로 입력하세요.')];
  if (b < a) return [issue('createdAtTo', 41, '끝이 시작보다 빠릅니다.')];
  if (b - a > 10 * 60_000) return [issue('createdAtTo', 41, '검색 허용 범위를 초과했습니다. 최대 허용 범위는 10분입니다.')];
  return [];
}
