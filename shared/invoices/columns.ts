// Which column holds what. Headers are matched by name (Korean and English, the names WING's
// 배송리스트 uses, and those of the courier programs' exports), after normalising spaces,
// brackets and case. A mapping the seller confirmed can be saved as a template and is found
// again by the header signature when the same layout comes back.
export const FIELDS = ['shipmentBoxId', 'orderId', 'vendorItemId', 'carrier', 'invoiceNumber', 'estimatedShippingDate', 'receiverName', 'receiverAddress'] as const;
export type Field = (typeof FIELDS)[number];
/** Field → 0-based column index in the sheet. */
export type ColumnMapping = Partial<Record<Field, number>>;

export const FIELD_LABEL_KO: Record<Field, string> = {
  shipmentBoxId: '묶음배송번호',
  orderId: '주문번호',
  vendorItemId: '옵션ID',
  carrier: '택배사',
  invoiceNumber: '송장번호',
  estimatedShippingDate: '출고예정일',
  receiverName: '수취인',
  receiverAddress: '수취인주소',
};

export const FIELD_LABEL_EN: Record<Field, string> = {
  shipmentBoxId: 'Shipment box ID',
  orderId: 'Order ID',
  vendorItemId: 'Option ID (vendorItemId)',
  carrier: 'Carrier',
  invoiceNumber: 'Invoice number',
  estimatedShippingDate: 'Estimated shipping date',
  receiverName: 'Receiver',
  receiverAddress: 'Receiver address',
};

export function normaliseHeader(h: string): string {
  return String(h ?? '')
    .replace(/^\ufeff/, '')
    .toLowerCase()
    .replace(/\(필수\)|\*|필수/g, '')
    .replace(/[\s_\-().[\]·/:#'"]/g, '');
}

/** Best names first: a column is taken by the first field whose earliest alias matches it. */
export const HEADER_ALIASES: Record<Field, string[]> = {
  shipmentBoxId: ['묶음배송번호', 'shipmentboxid', '배송번호', '묶음번호', '합포장번호', 'shipmentbox', 'shippingboxid', 'boxid', '고객주문번호'],
  orderId: ['주문번호', 'orderid', '쿠팡주문번호', 'orderno', 'ordernumber'],
  vendorItemId: ['옵션id', 'vendoritemid', '옵션아이디', '옵션번호', '노출옵션id', 'optionid', 'itemid'],
  carrier: ['택배사', 'deliverycompanycode', '택배사코드', '택배사명', '택배회사', '배송사', '운송사', 'deliverycompany', 'carrier', 'courier', 'carriercode'],
  invoiceNumber: ['송장번호', '운송장번호', 'invoicenumber', '운송장', '송장', '등기번호', 'trackingnumber', 'trackingno', 'tracking', 'waybillnumber', 'waybill', 'invoice'],
  estimatedShippingDate: ['출고예정일', '분리배송출고예정일', 'estimatedshippingdate', '발송예정일', 'shippingdate'],
  receiverName: ['수취인이름', '수취인', '수취인명', '받는분', '받는분성명', '받는사람', '수하인명', '수하인', '받으시는분', '수령인', 'receivername', 'receiver', 'recipient'],
  receiverAddress: ['수취인주소', '받는분주소', '받는사람주소', '수하인주소', '받으시는분주소', '수령인주소', '배송지주소', '배송지', '주소', 'receiveraddress', 'address'],
};

const aliasRank = new Map<string, { field: Field; rank: number }[]>();
for (const f of FIELDS) {
  HEADER_ALIASES[f].forEach((a, rank) => {
    const list = aliasRank.get(a) ?? [];
    list.push({ field: f, rank });
    aliasRank.set(a, list);
  });
}

/** Maps headers to fields: exact alias matches, best alias rank first; each column used once. */
export function autoMap(headers: readonly string[]): ColumnMapping {
  const candidates: { field: Field; col: number; rank: number }[] = [];
  headers.forEach((h, col) => {
    for (const m of aliasRank.get(normaliseHeader(h)) ?? []) candidates.push({ field: m.field, col, rank: m.rank });
  });
  candidates.sort((a, b) => a.rank - b.rank || a.col - b.col);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.col)) continue;
    mapping[c.field] = c.col;
    used.add(c.col);
  }
  return mapping;
}

export function mappedCount(m: ColumnMapping): number {
  return Object.values(m).filter((v) => v !== undefined).length;
}

/**
 * The header is the row (among the first 20) that maps the most fields; title rows above it
 * ("2026-01-05 발송 내역") are skipped. Returns the 1-based spreadsheet row number.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number {
  let best = 1;
  let bestScore = 0;
  for (let i = 0; i < Math.min(rows.length, 20); i++) {
    const m = autoMap(rows[i]);
    const score = mappedCount(m) + (m.invoiceNumber !== undefined ? 1 : 0) + (m.shipmentBoxId !== undefined ? 1 : 0);
    if (score > bestScore) {
      best = i + 1;
      bestScore = score;
    }
  }
  return best;
}

/** Identifies a header layout for saved templates: normalised names in order. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(normaliseHeader).join('|');
}

/** Layouts of courier programs' exports and WING's 배송리스트, recognised by their headers. */
export interface KnownLayout {
  id: string;
  nameKo: string;
  /** Coupang courier code to use when the file has no 택배사 column (a courier's own export). */
  carrier: string | null;
  headers: string[];
}

export const KNOWN_LAYOUTS: KnownLayout[] = [
  { id: 'coupang-wing', nameKo: '쿠팡 WING 배송리스트', carrier: null, headers: ['묶음배송번호', '주문번호', '택배사', '운송장번호', '옵션id'] },
  { id: 'cj', nameKo: 'CJ대한통운 송장 출력 프로그램 내보내기', carrier: 'CJGLS', headers: ['운송장번호', '고객주문번호', '받는분', '받는분주소'] },
  { id: 'lotte', nameKo: '롯데택배 송장 출력 프로그램 내보내기', carrier: 'HYUNDAI', headers: ['운송장번호', '주문번호', '수하인명', '수하인주소'] },
  { id: 'hanjin', nameKo: '한진택배 송장 출력 프로그램 내보내기', carrier: 'HANJIN', headers: ['운송장번호', '주문번호', '받으시는분', '받으시는분주소'] },
  { id: 'epost', nameKo: '우체국택배 계약고객 프로그램 내보내기', carrier: 'EPOST', headers: ['등기번호', '주문번호', '수취인명', '수취인주소'] },
];

export function detectLayout(headers: readonly string[]): KnownLayout | null {
  const have = new Set(headers.map(normaliseHeader));
  return KNOWN_LAYOUTS.find((l) => l.headers.every((h) => have.has(normaliseHeader(h)))) ?? null;
}

export interface MappingSuggestion {
  mapping: ColumnMapping;
  layout: KnownLayout | null;
  /** Courier to use for every row when the file has no 택배사 column. */
  defaultCarrier: string | null;
}

/**
 * Automatic mapping plus what a recognised layout implies: a courier program's export has no
 * 택배사 column (it is that courier), and its own "주문번호" is the seller's reference printed on
 * the label — for Coupang sellers the 묶음배송번호 from WING's 배송리스트.
 */
export function suggestMapping(headers: readonly string[]): MappingSuggestion {
  const mapping = autoMap(headers);
  const layout = detectLayout(headers);
  if (layout?.carrier && mapping.shipmentBoxId === undefined && mapping.orderId !== undefined) {
    mapping.shipmentBoxId = mapping.orderId;
    delete mapping.orderId;
  }
  return { mapping, layout, defaultCarrier: layout?.carrier && mapping.carrier === undefined ? layout.carrier : null };
}
