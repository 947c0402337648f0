// Coupang's page-number lists (places, FMS) share one pagination object; computing it in one
// place keeps totalPages/countPerPage consistent across domains.

export interface Pagination {
  currentPage: number;
  totalPages: number;
  totalElements: number;
  countPerPage: number;
}

export function paginate<T>(items: readonly T[], pageNum: number, pageSize: number): { content: T[]; pagination: Pagination } {
  const start = (pageNum - 1) * pageSize;
  return {
    content: items.slice(start, start + pageSize),
    pagination: {
      currentPage: pageNum,
      totalPages: Math.ceil(items.length / pageSize),
      totalElements: items.length,
      countPerPage: pageSize,
    },
  };
}

/** A positive integer query value, or undefined when absent or malformed. */
export function positiveInt(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text.trim())) return undefined;
  const n = Number(text);
  return n >= 1 && Number.isSafeInteger(n) ? n : undefined;
}
