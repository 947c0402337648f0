// Synthetic shipments straight into SQLite (one INSERT … SELECT over a recursive CTE), for the
// 100,000-row query measurements of the test and the benchmark. Not used at run time.
import type { Db } from '../../store/db';

const NAMES = ['김민준', '이서연', '박지훈', '최수아', '정우진', '강하은', '조현우', '윤지민', '장서준', '임하윤', '한도윤', '오지우'];
const PRODUCTS = ['무선 마우스', '기계식 키보드', 'USB-C 허브', '노트북 거치대', '모니터 받침대', '마우스패드', '웹캠', '블루투스 스피커', '충전 케이블', '보조배터리'];
const STATUSES = ['ACCEPT', 'INSTRUCT', 'DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'FINAL_DELIVERY', 'FINAL_DELIVERY', 'FINAL_DELIVERY', 'NONE_TRACKING', 'FINAL_DELIVERY'];

export function seedSyntheticOrders(db: Db, vendorId: string, count: number, endMs = Date.now()): void {
  const spanMs = 90 * 24 * 60 * 60 * 1000;
  const pick = (list: string[], expr: string) => `CASE (${expr}) % ${list.length} ${list.map((v, i) => `WHEN ${i} THEN '${v}'`).join(' ')} END`;
  db.transaction(() => {
    db.exec(`
      CREATE TEMP TABLE IF NOT EXISTS seq (n INTEGER PRIMARY KEY);
      DELETE FROM seq;
      WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < ${count}) INSERT INTO seq SELECT n FROM c;
    `);
    const at = new Date(endMs).toISOString();
    db.prepare(
      `INSERT INTO orders (vendor_id, shipment_box_id, order_id, status, ordered_at, ordered_ms, paid_at, receiver_name,
         receiver_phone_last4, receiver_phone_digits, receiver_hash, search_text, product_summary, item_count, quantity_to_ship,
         order_price, split_shipping, able_split_shipping, claim_pending, receiver_changed, receiver_verified, raw_hash,
         status_source, status_changed_at, seen_at, created_at, updated_at)
       SELECT @vendorId, printf('66%016d', n), printf('1100%09d', n), ${pick(STATUSES, 'n * 7')},
         strftime('%Y-%m-%dT%H:%M:%S+09:00', (@end - (n * @step)) / 1000 + 32400, 'unixepoch'), @end - (n * @step), NULL,
         ${pick(NAMES, 'n')} , printf('%04d', n % 10000), printf('825071%06d', n % 1000000), '', 
         lower(${pick(NAMES, 'n')}) || char(1) || replace(${pick(PRODUCTS, 'n * 3')}, ' ', ''), ${pick(PRODUCTS, 'n * 3')},
         1, 1 + n % 3, 1000 * (5 + n % 50), 0, 0, CASE WHEN n % 97 = 0 THEN 1 ELSE 0 END, 0, 1, '', 'sync', @at, @at, @at, @at
       FROM seq`,
    ).run({ vendorId, end: endMs, step: Math.max(1, Math.floor(spanMs / count)), at });
    db.prepare(
      `INSERT INTO order_items (vendor_id, shipment_box_id, vendor_item_id, line_no, vendor_item_name, seller_product_name,
         seller_product_item_name, shipping_count, quantity_to_ship, sales_price, order_price)
       SELECT @vendorId, printf('66%016d', n), printf('80%08d', n % 500), 1, ${pick(PRODUCTS, 'n * 3')}, ${pick(PRODUCTS, 'n * 3')}, '기본',
         1 + n % 3, 1 + n % 3, 1000 * (5 + n % 50), 1000 * (5 + n % 50) * (1 + n % 3)
       FROM seq`,
    ).run({ vendorId });
    db.exec('DELETE FROM seq;');
  })();
  db.exec('ANALYZE');
}

export interface QueryTiming {
  name: string;
  /** First call (tab counts computed). */
  firstMs: number;
  /** Median of the repeats (counts cached until the store changes, as while scrolling). */
  ms: number;
  total: number;
}

/** The grid's typical requests over the seeded rows, each timed (median of `repeat`). */
export function timeTypicalQueries(
  list: (filter: Record<string, unknown>, sort: 'orderedAt' | 'status' | 'receiverName' | 'orderPrice', desc: boolean, offset: number, limit: number) => { total: number },
  repeat = 5,
): QueryTiming[] {
  const cases: Array<[string, Record<string, unknown>, 'orderedAt' | 'receiverName' | 'orderPrice', number]> = [
    ['전체, 최신순 첫 페이지', { status: 'ALL' }, 'orderedAt', 0],
    ['전체, 깊은 페이지(offset 90,000)', { status: 'ALL' }, 'orderedAt', 90_000],
    ['상품준비중 탭', { status: 'INSTRUCT' }, 'orderedAt', 0],
    ['취소·출고중지 탭', { status: 'CLAIM' }, 'orderedAt', 0],
    ['기간 필터(전 기간)', { status: 'ALL', from: '2000-01-01', to: '2100-01-01' }, 'orderedAt', 0],
    ['수취인 정렬', { status: 'ALL' }, 'receiverName', 5000],
    ['금액 정렬', { status: 'ALL' }, 'orderPrice', 0],
    ['검색: 이름', { status: 'ALL', search: '김민준' }, 'orderedAt', 0],
    ['검색: 상품명', { status: 'ALL', search: '노트북거치' }, 'orderedAt', 0],
    ['검색: 전화 뒷자리', { status: 'ALL', search: '4321' }, 'orderedAt', 0],
    ['검색: 배송번호', { status: 'ALL', search: '660000000000054321' }, 'orderedAt', 0],
  ];
  return cases.map(([name, filter, sort, offset]) => {
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < repeat; i++) {
      const t = performance.now();
      total = list(filter, sort, true, offset, 200).total;
      times.push(performance.now() - t);
    }
    const firstMs = Math.round(times[0] * 100) / 100;
    times.sort((a, b) => a - b);
    return { name, firstMs, ms: Math.round(times[Math.floor(times.length / 2)] * 100) / 100, total };
  });
}
