// Validation of an invoice file, in two passes: the rows on their own (IDs, courier, invoice
// number, duplicates), then — when the local order store holds this vendor's orders — each row
// against its order (exists, state, already invoiced, cancel/stop requested). Pure: the caller
// hands in the sheet and a function that answers, box by box, from whatever store it has.
import { checkInvoiceNumber, resolveCarrier, type CarrierLookup } from '../carriers';
import { FIELD_LABEL_KO, type ColumnMapping, type Field } from './columns';
import { digitKey, repeatedPositions } from './digit-index';
import { SCIENTIFIC, scientificMessageKo, type Problem, type ProblemCode } from './problems';

export interface OrderInfo {
  shipmentBoxId: string;
  orderId: string;
  /** ACCEPT, INSTRUCT, DEPARTURE, …; 'GONE' when Coupang said it was cancelled or returned. */
  status: string;
  invoiceNumber: string | null;
  deliveryCompanyCode: string | null;
  claimPending: boolean;
  splitShipping: boolean;
  /** Items still to ship (quantityToShip > 0) and those fully cancelled. */
  items: Array<{ vendorItemId: string; quantityToShip: number }>;
  /** Normalised receiver name + address, to tell receivers apart (safe numbers differ per order). */
  receiverKey: string | null;
}

export interface ValidateOptions {
  headerRow: number;
  mapping: ColumnMapping;
  /** Courier for rows without one (a courier program's export has no 택배사 column). */
  defaultCarrier?: string | null;
  /**
   * What the store holds of the given boxes, one entry per box in the same order (undefined for a
   * box it lacks); null/undefined when the store holds no orders for the vendor.
   */
  orders?: ((shipmentBoxIds: string[]) => readonly (OrderInfo | undefined)[]) | null;
  /** ALREADY_INVOICED rows to send as invoice corrections (orders.updateInvoice): all, or these row numbers. */
  correct?: boolean | ReadonlySet<number>;
}

export type RowAction = 'upload' | 'update';

export interface InvoiceRow {
  row: number;
  shipmentBoxId: string;
  orderId: string;
  vendorItemId: string;
  carrierInput: string;
  carrierCode: string;
  invoiceInput: string;
  /** Normalised (spaces, hyphens removed); '' for a split-shipping row that gives a date instead. */
  invoiceNumber: string;
  estimatedShippingDate: string;
  receiverName: string;
  receiverAddress: string;
  action: RowAction;
  /** The order's status in the local store, when checked. */
  orderStatus: string | null;
  /** The stored order of the row's box, when the store was asked and holds it (a job sends its items). */
  order: OrderInfo | null;
  problems: Problem[];
  /** Set when this row is fine but another row of the same 묶음배송번호 has a problem: the box is held whole. */
  heldKo: string | null;
}

export interface Notice {
  code: 'ORDER_CHECKS_SKIPPED' | 'LAYOUT' | 'HELD' | 'EMPTY_ROWS';
  message: string;
}

export interface Validation {
  headerRow: number;
  rows: InvoiceRow[];
  problems: Problem[];
  total: number;
  /** Rows that will be sent (no problem, not held). */
  valid: number;
  held: number;
  orderChecks: 'done' | 'skipped';
  notices: Notice[];
}

export const ORDER_CHECKS_SKIPPED_KO =
  '이 판매자의 주문이 이 PC에 저장되어 있지 않아 주문 확인(주문 없음·상태·이미 등록·취소요청)을 건너뛰었습니다. 주문 화면에서 동기화하면 보내기 전에 확인합니다.';

const ID = /^\d{1,24}$/;

/** Shared by every row without a problem (most of them): 100,000 empty arrays less to allocate. */
const NO_PROBLEMS: Problem[] = [];
const INVOICED = new Set(['DEPARTURE', 'DELIVERING', 'FINAL_DELIVERY', 'NONE_TRACKING']);
const STATUS_KO: Record<string, string> = {
  ACCEPT: '결제완료',
  INSTRUCT: '상품준비중',
  DEPARTURE: '배송지시',
  DELIVERING: '배송중',
  FINAL_DELIVERY: '배송완료',
  NONE_TRACKING: '업체직송(추적없음)',
  GONE: '취소·반품됨',
};
const statusKo = (s: string) => STATUS_KO[s] ?? s;

function hasItem(info: OrderInfo, vendorItemId: string): boolean {
  for (const item of info.items) if (item.vendorItemId === vendorItemId) return true;
  return false;
}

export function receiverKeyOf(name: string, address: string): string | null {
  const n = name.replace(/\s+/g, '');
  const a = address.replace(/[\s,.-]+/g, '');
  return n || a ? `${n}|${a}` : null;
}

/** '6601 2345' → '66012345'; '12345.0' → '12345'; a leading apostrophe (Excel's text marker) goes. */
function cleanId(raw: string): string {
  const s = raw.trim().replace(/^'/, '').replace(/\s+/g, '');
  return /^\d+\.0+$/.test(s) ? s.slice(0, s.indexOf('.')) : s;
}

function normaliseDate(raw: string): string | null {
  const s = raw.trim();
  if (!s) return '';
  let m = /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) m = /^(\d{4})-(\d{2})-(\d{2})[T ]/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function validateInvoiceRows(sheet: readonly (readonly string[])[], opts: ValidateOptions): Validation {
  const { headerRow, mapping } = opts;
  const headers = sheet[headerRow - 1] ?? [];
  const columnName = (f: Field): string => {
    const col = mapping[f];
    const h = col === undefined ? '' : String(headers[col] ?? '').trim();
    return h || FIELD_LABEL_KO[f];
  };
  const colName = {} as Record<Field, string>;
  for (const f of Object.keys(FIELD_LABEL_KO) as Field[]) colName[f] = columnName(f);

  const problems: Problem[] = [];
  const notices: Notice[] = [];
  const rows: InvoiceRow[] = [];
  /** The trimmed cell of a column (-1: the column is not mapped). */
  const at = (r: readonly string[], col: number): string => {
    if (col < 0) return '';
    const v = r[col];
    return typeof v === 'string' ? (v.length === 0 ? v : v.trim()) : v === undefined || v === null ? '' : String(v).trim();
  };
  const col = (f: Field): number => mapping[f] ?? -1;
  const cBox = col('shipmentBoxId');
  const cOrder = col('orderId');
  const cItem = col('vendorItemId');
  const cCarrier = col('carrier');
  const cInvoice = col('invoiceNumber');
  const cName = col('receiverName');
  const cAddress = col('receiverAddress');
  const cDate = col('estimatedShippingDate');
  const mappedCols = Object.values(mapping).filter((c): c is number => c !== undefined);
  /** A row counts when a mapped cell has something (a 합계 line under unmapped columns does not). */
  const hasData = (r: readonly string[] | undefined): boolean => {
    if (!r) return false;
    for (const c of mappedCols) {
      const v = r[c];
      if (typeof v === 'string' ? v.length > 0 && (v.charCodeAt(0) > 32 || v.trim() !== '') : v !== undefined && v !== null && String(v).trim() !== '') return true;
    }
    return false;
  };

  // ---- columns ----------------------------------------------------------------------------------
  const missing: Field[] = [];
  if (mapping.shipmentBoxId === undefined) missing.push('shipmentBoxId');
  if (mapping.invoiceNumber === undefined) missing.push('invoiceNumber');
  if (mapping.carrier === undefined && !opts.defaultCarrier) missing.push('carrier');
  const defaultCarrier = opts.defaultCarrier ? resolveCarrier(opts.defaultCarrier) : null;

  if (missing.length) {
    let dataRows = 0;
    for (let i = headerRow; i < sheet.length; i++) if (hasData(sheet[i])) dataRows++;
    for (const f of missing) {
      const what = FIELD_LABEL_KO[f];
      const extra = f === 'carrier' ? ' 파일에 택배사 열이 없으면 모든 행에 쓸 택배사를 고르세요.' : '';
      problems.push({ row: headerRow, column: what, code: 'MISSING_COLUMN', message: `${headerRow}행(머리글)에 '${what}' 열이 없습니다. 열 연결 단계에서 ${what} 값이 든 열을 지정하세요.${extra}` });
    }
    return { headerRow, rows, problems, total: dataRows, valid: 0, held: 0, orderChecks: 'skipped', notices };
  }

  // ---- rows on their own ---------------------------------------------------------------------------
  const carrierCache = new Map<string, CarrierLookup>();
  // A file spells its couriers a handful of ways: the first 16 spellings are found by comparing
  // text (no hashing per row), any others through the map.
  const spellings: string[] = [];
  const spelled: CarrierLookup[] = [];
  const carrierOf = (input: string): CarrierLookup => {
    for (let k = 0; k < spellings.length; k++) if (spellings[k] === input) return spelled[k];
    let found = carrierCache.get(input);
    if (!found) carrierCache.set(input, (found = resolveCarrier(input)));
    if (spellings.length < 16) {
      spellings.push(input);
      spelled.push(found);
    }
    return found;
  };
  const add = (row: InvoiceRow, field: Field, code: ProblemCode, message: string, fix?: Problem['fix']) => {
    const p: Problem = { row: row.row, column: colName[field], code, message: `${row.row}행 [${colName[field]}] ${message}` };
    if (fix) p.fix = fix;
    if (row.problems === NO_PROBLEMS) row.problems = [p];
    else row.problems.push(p);
  };
  const checkId = (row: InvoiceRow, field: Field, raw: string, required: boolean): string => {
    if (ID.test(raw)) return raw;
    const label = FIELD_LABEL_KO[field];
    if (!raw) {
      if (required) add(row, field, 'MISSING_VALUE', `${label}가 비어 있습니다.`);
      return '';
    }
    if (SCIENTIFIC.test(raw.trim())) {
      add(row, field, 'SCIENTIFIC_NOTATION', scientificMessageKo(label, raw));
      return '';
    }
    const id = cleanId(raw);
    if (!/^\d{1,24}$/.test(id)) {
      add(row, field, 'BAD_ID', `${label}는 숫자만 씁니다(입력: '${raw}').`);
      return '';
    }
    return id;
  };

  // Number keys of each row's box and waybill (NaN: none, or not digits), taken while the row's
  // strings are at hand; they drive the duplicate, order and waybill checks below.
  const capacity = Math.max(sheet.length - headerRow, 0);
  const boxKeyOf = new Float64Array(capacity);
  const waybillKeyOf = new Float64Array(capacity);
  let lettered = false;
  let blank = 0;
  for (let i = headerRow; i < sheet.length; i++) {
    const r = sheet[i] ?? [];
    if (!hasData(r)) {
      blank++;
      continue;
    }
    const row: InvoiceRow = {
      row: i + 1,
      shipmentBoxId: '',
      orderId: '',
      vendorItemId: '',
      carrierInput: at(r, cCarrier),
      carrierCode: '',
      invoiceInput: at(r, cInvoice),
      invoiceNumber: '',
      estimatedShippingDate: '',
      receiverName: at(r, cName),
      receiverAddress: at(r, cAddress),
      action: 'upload',
      orderStatus: null,
      order: null,
      problems: NO_PROBLEMS,
      heldKo: null,
    };
    rows.push(row);
    row.shipmentBoxId = checkId(row, 'shipmentBoxId', at(r, cBox), true);
    row.orderId = cOrder < 0 ? '' : checkId(row, 'orderId', at(r, cOrder), false);
    row.vendorItemId = cItem < 0 ? '' : checkId(row, 'vendorItemId', at(r, cItem), false);

    const carrier = row.carrierInput ? carrierOf(row.carrierInput) : defaultCarrier;
    if (!carrier) add(row, 'carrier', 'MISSING_VALUE', '택배사가 비어 있습니다. 택배사 이름(예: CJ대한통운) 또는 쿠팡 코드(예: CJGLS)를 넣으세요.');
    else if (!carrier.ok) add(row, 'carrier', carrier.code, carrier.messageKo);
    else row.carrierCode = carrier.carrier.code;

    const dateRaw = at(r, cDate);
    const date = dateRaw ? normaliseDate(dateRaw) : '';
    if (date === null) add(row, 'estimatedShippingDate', 'INVOICE_FORMAT', `분리배송 출고예정일은 YYYY-MM-DD 형식의 날짜입니다(입력: '${dateRaw}').`);
    if (!row.invoiceInput) {
      if (date) row.estimatedShippingDate = date;
      else if (date !== null) add(row, 'invoiceNumber', 'MISSING_VALUE', '송장번호가 비어 있습니다. 나중에 보낼 분리배송 상품이면 출고예정일을 넣으세요.');
    } else if (carrier?.ok) {
      const inv = checkInvoiceNumber(carrier.carrier, row.invoiceInput);
      if (inv.ok) row.invoiceNumber = inv.invoiceNumber;
      else add(row, 'invoiceNumber', inv.code, inv.messageKo);
    } else if (SCIENTIFIC.test(row.invoiceInput)) {
      add(row, 'invoiceNumber', 'SCIENTIFIC_NOTATION', scientificMessageKo('송장번호', row.invoiceInput));
    }
    const n = rows.length - 1;
    boxKeyOf[n] = row.shipmentBoxId ? digitKey(row.shipmentBoxId) : NaN;
    if (row.invoiceNumber && row.shipmentBoxId) {
      const k = digitKey(row.invoiceNumber);
      waybillKeyOf[n] = k;
      if (k !== k) lettered = true;
    } else waybillKeyOf[n] = NaN;
  }
  if (blank) notices.push({ code: 'EMPTY_ROWS', message: `빈 행 ${blank}개는 건너뛰었습니다.` });

  // ---- duplicates within the file -----------------------------------------------------------------
  // Most boxes have one row. Candidates for "seen twice" are found on numbers (digitKey), not by
  // hashing 100,000 strings; only the candidates' rows get the exact bookkeeping below.
  const boxKeys = boxKeyOf.subarray(0, rows.length);
  const repeatedBox = repeatedPositions(boxKeys);
  /** Rows that repeat an earlier row exactly: reported once, sent once, otherwise ignored. */
  let exactDuplicate: Uint8Array | null = null;
  const firstOfBox = new Map<string, InvoiceRow>();
  const multi = new Map<string, { rows: InvoiceRow[]; byItem: Map<string, InvoiceRow>; whole: InvoiceRow | null; anyItem: InvoiceRow | null }>();
  const track = (m: { byItem: Map<string, InvoiceRow>; whole: InvoiceRow | null; anyItem: InvoiceRow | null }, row: InvoiceRow) => {
    if (row.vendorItemId) {
      m.byItem.set(row.vendorItemId, row);
      m.anyItem ??= row;
    } else m.whole = row;
  };
  for (let i = 0; repeatedBox && i < rows.length; i++) {
    const row = rows[i];
    if (!repeatedBox[i]) continue;
    const box = row.shipmentBoxId;
    const single = firstOfBox.get(box);
    if (!single) {
      firstOfBox.set(box, row);
      continue;
    }
    let m = multi.get(box);
    if (!m) {
      m = { rows: [single], byItem: new Map(), whole: null, anyItem: null };
      track(m, single);
      multi.set(box, m);
    }
    const first = row.vendorItemId ? (m.byItem.get(row.vendorItemId) ?? m.whole) : (m.whole ?? m.anyItem);
    if (first) {
      const same = first.invoiceNumber === row.invoiceNumber && first.carrierCode === row.carrierCode && first.estimatedShippingDate === row.estimatedShippingDate && first.vendorItemId === row.vendorItemId;
      const what = row.vendorItemId ? `묶음배송번호 ${box}, 옵션ID ${row.vendorItemId}` : `묶음배송번호 ${box}`;
      if (same) {
        add(row, 'shipmentBoxId', 'DUPLICATE_ROW', `${first.row}행과 같은 내용입니다(${what}). 한 번만 보내므로 이 행은 건너뜁니다 — 중복 행을 지우세요.`);
        (exactDuplicate ??= new Uint8Array(rows.length))[i] = 1;
      } else {
        add(row, 'shipmentBoxId', 'DUPLICATE_ROW', `${first.row}행에도 같은 주문(${what})이 있는데 택배사·송장번호가 다릅니다(${first.invoiceNumber || first.invoiceInput || '없음'} / ${row.invoiceNumber || row.invoiceInput || '없음'}). 어느 쪽이 맞는지 확인해 한 행만 남기세요. 상품을 나눠 보내는 분리배송이면 행마다 옵션ID를 넣으세요.`);
      }
      continue;
    }
    m.rows.push(row);
    track(m, row);
  }

  // Split shipping: rows of one box with different waybills (or a later date) need the option.
  for (const { rows: list } of multi.values()) {
    if (list.length < 2) continue;
    const split = new Set(list.map((r) => r.invoiceNumber || `date:${r.estimatedShippingDate}`)).size > 1;
    if (!split) continue;
    for (const row of list) {
      if (!row.vendorItemId && !row.problems.some((p) => p.column === colName.vendorItemId)) {
        add(row, 'vendorItemId', 'MISSING_VALUE', '같은 묶음배송번호에 송장번호가 여러 개라 분리배송입니다. 분리배송은 행마다 옵션ID가 필요합니다.');
      }
    }
  }

  // ---- against the orders --------------------------------------------------------------------------
  let orderChecks: Validation['orderChecks'] = 'skipped';
  if (opts.orders) {
    // Each box once: a box whose key is not repeated is unique; candidates are deduplicated exactly.
    const ids: string[] = [];
    const placeOf = new Int32Array(rows.length).fill(-1);
    const candidates = new Map<string, number>();
    for (let i = 0; i < rows.length; i++) {
      const box = rows[i].shipmentBoxId;
      if (!box) continue;
      if (repeatedBox?.[i]) {
        let place = candidates.get(box);
        if (place === undefined) candidates.set(box, (place = ids.push(box) - 1));
        placeOf[i] = place;
      } else placeOf[i] = ids.push(box) - 1;
    }
    // The answer is aligned with the boxes asked for: each row takes its order by its place.
    const answer = opts.orders(ids);
    if (answer.length !== ids.length) throw new Error(`order lookup answered ${answer.length} of ${ids.length} boxes`);
    for (let i = 0; i < rows.length; i++) if (placeOf[i] >= 0) rows[i].order = answer[placeOf[i]] ?? null;
    orderChecks = 'done';
  } else if (rows.length) notices.push({ code: 'ORDER_CHECKS_SKIPPED', message: ORDER_CHECKS_SKIPPED_KO });

  if (orderChecks === 'done') {
    const correct = opts.correct;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row.shipmentBoxId || exactDuplicate?.[r]) continue;
      const info = row.order;
      if (!info) {
        add(row, 'shipmentBoxId', 'ORDER_NOT_FOUND', `묶음배송번호 ${row.shipmentBoxId}인 주문이 저장된 주문에 없습니다. 번호를 확인하거나 주문 화면에서 동기화한 뒤 다시 확인하세요.`);
        continue;
      }
      row.orderStatus = info.status;
      if (row.orderId && row.orderId !== info.orderId) {
        add(row, 'orderId', 'ORDER_NOT_FOUND', `묶음배송번호 ${row.shipmentBoxId}는 주문번호 ${info.orderId}의 배송입니다(파일: ${row.orderId}). 번호가 맞는지 확인하세요.`);
        continue;
      }
      if (!row.orderId) row.orderId = info.orderId;
      if (row.vendorItemId && info.items.length && !hasItem(info, row.vendorItemId)) {
        add(row, 'vendorItemId', 'ORDER_NOT_FOUND', `옵션ID ${row.vendorItemId}는 묶음배송번호 ${row.shipmentBoxId}의 상품이 아닙니다(이 배송의 옵션: ${info.items.map((i) => i.vendorItemId).join(', ')}).`);
        continue;
      }
      if (info.status === 'GONE') {
        add(row, 'shipmentBoxId', 'ORDER_STATE', '쿠팡에서 취소 또는 반품된 주문이라 송장을 올릴 수 없습니다.');
        continue;
      }
      if (info.claimPending) {
        add(row, 'shipmentBoxId', 'CANCEL_REQUESTED', '고객의 취소·출고중지 요청이 있는 주문입니다. 발송하지 마세요 — 주문 화면에서 출고중지 처리를 하세요.');
        continue;
      }
      if (INVOICED.has(info.status)) {
        const same = !!info.invoiceNumber && info.invoiceNumber.replace(/[\s-]/g, '') === row.invoiceNumber && (!info.deliveryCompanyCode || info.deliveryCompanyCode === row.carrierCode);
        const wantsCorrection = correct === true || (correct instanceof Set && correct.has(row.row));
        if (same) {
          add(row, 'invoiceNumber', 'ALREADY_INVOICED', `이미 같은 송장번호(${info.invoiceNumber})로 등록된 주문입니다(${statusKo(info.status)}). 다시 보낼 필요가 없습니다.`);
        } else if (wantsCorrection) {
          row.action = 'update';
        } else {
          add(row, 'invoiceNumber', 'ALREADY_INVOICED', `이미 송장이 등록된 주문입니다(${statusKo(info.status)}, ${info.deliveryCompanyCode ?? ''} ${info.invoiceNumber ?? ''}). 송장을 고치려면 '송장 수정으로 보내기'를 고르세요.`, 'correct');
        }
        continue;
      }
      if (info.status === 'ACCEPT') {
        add(row, 'shipmentBoxId', 'ORDER_STATE', '결제완료 상태라 송장을 올릴 수 없습니다. 먼저 상품준비중 처리를 하세요(‘결제완료 주문 상품준비중 처리’).', 'acknowledge');
        continue;
      }
      if (info.status !== 'INSTRUCT') add(row, 'shipmentBoxId', 'ORDER_STATE', `'${statusKo(info.status)}' 상태라 송장을 올릴 수 없습니다.`);
    }
  }

  // ---- one waybill, different receivers ------------------------------------------------------------
  // As with boxes: candidates on numbers; a waybill with letters (EMS) is always a candidate.
  const waybillKeys = waybillKeyOf.subarray(0, rows.length);
  if (exactDuplicate) for (let i = 0; i < rows.length; i++) if (exactDuplicate[i]) waybillKeys[i] = NaN;
  const repeatedWaybill = repeatedPositions(waybillKeys);
  const byInvoice = new Map<string, number>();
  for (let i = 0; (repeatedWaybill || lettered) && i < rows.length; i++) {
    const row = rows[i];
    // Candidates: a repeated number, or a lettered waybill (no number) of a counted row.
    if (!repeatedWaybill?.[i] && !(lettered && waybillKeys[i] !== waybillKeys[i] && row.invoiceNumber && row.shipmentBoxId && !exactDuplicate?.[i])) continue;
    const f = byInvoice.get(row.invoiceNumber);
    if (f === undefined) {
      byInvoice.set(row.invoiceNumber, i);
      continue;
    }
    const first = rows[f];
    if (first.shipmentBoxId === row.shipmentBoxId || first.carrierCode !== row.carrierCode) continue;
    const a = receiverKeyOf(first.receiverName, first.receiverAddress) ?? first.order?.receiverKey ?? null;
    const b = receiverKeyOf(row.receiverName, row.receiverAddress) ?? row.order?.receiverKey ?? null;
    if (a && b && a !== b) {
      add(row, 'invoiceNumber', 'INVOICE_REUSED', `송장번호 ${row.invoiceNumber}가 ${first.row}행의 다른 수취인에게도 쓰였습니다. 쿠팡은 수취인 이름·주소가 같을 때만 같은 송장번호를 허용합니다 — 송장번호를 확인하세요.`);
    }
  }

  // ---- a box goes whole or not at all ------------------------------------------------------------
  const badBoxes = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.problems.length && !exactDuplicate?.[i] && row.shipmentBoxId && !badBoxes.has(row.shipmentBoxId)) badBoxes.set(row.shipmentBoxId, row.row);
  }
  let held = 0;
  for (const row of badBoxes.size ? rows : []) {
    if (row.problems.length || !row.shipmentBoxId) continue;
    const bad = badBoxes.get(row.shipmentBoxId);
    if (bad !== undefined) {
      row.heldKo = `같은 묶음배송번호(${row.shipmentBoxId})의 ${bad}행에 문제가 있어 이 행도 함께 보류합니다. 한 배송은 모두 함께 보냅니다.`;
      held++;
    }
  }
  if (held) notices.push({ code: 'HELD', message: `문제가 있는 행과 같은 묶음배송번호의 행 ${held}개를 함께 보류했습니다.` });

  let valid = 0;
  for (const row of rows) {
    if (row.problems.length) for (const p of row.problems) problems.push(p);
    else if (!row.heldKo) valid++;
  }
  return { headerRow, rows, problems, total: rows.length, valid, held, orderChecks, notices };
}
