// Query parameters of the FMS list APIs. The coupon list pages from 1, the coupon item list from 0
// (rule 28); sort asc|desc, default ascending; no maximum size is documented, so none is applied.
import type { ParsedQuery } from '../../gateway/query';
import { COUPON_MESSAGES as M } from './messages';
import type { Checked } from './validate';

export interface Paging {
  /** As the client counts it (1-based for coupons, 0-based for items). */
  page: number;
  /** 0-based index of the first row. */
  offset: number;
  size: number;
  desc: boolean;
}

function intParam(text: string | undefined, fallback: number): Checked<number> {
  if (text === undefined || text === '') return { ok: true, value: fallback };
  if (!/^-?\d+$/.test(text.trim())) return { ok: false, status: 400, message: M.notANumber('int', text) };
  return { ok: true, value: Number(text) };
}

export function readPaging(q: ParsedQuery, firstPage: 0 | 1, defaultSize: number): Checked<Paging> {
  const page = intParam(q.get('page'), firstPage);
  if (!page.ok) return page;
  if (page.value < firstPage) return { ok: false, status: 400, message: M.pageIndex };
  const size = intParam(q.get('size'), defaultSize);
  if (!size.ok) return size;
  if (size.value < 1) return { ok: false, status: 400, message: M.pageSize };
  const sort = q.get('sort');
  if (sort !== undefined && sort !== '' && !['asc', 'desc'].includes(sort.toLowerCase())) return { ok: false, status: 400, message: M.sort(sort) };
  return { ok: true, value: { page: page.value, offset: (page.value - firstPage) * size.value, size: size.value, desc: sort?.toLowerCase() === 'desc' } };
}

export function pageOf<T>(rows: readonly T[], p: Paging) {
  return {
    content: rows.slice(p.offset, p.offset + p.size),
    pagination: { currentPage: p.page, countPerPage: p.size, totalPages: Math.ceil(rows.length / p.size), totalElements: rows.length },
  };
}
