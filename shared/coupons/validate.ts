// The checks run before anything is sent to Coupang — by the screen while the seller types, and
// again by the service before the call. Each returns Korean issues that name their rule.
import { formatWon } from '../money';
import { nextKstMidnight, parseCouponTime, yearEndLimit, COUPON_DATETIME_PATTERN } from './dates';
import { DOWNLOAD_TRANSACTION_ID, INSTANT_REQUESTED_ID, VENDOR_ITEM_ID } from './ids';
import {
  CASHBACK_ITEMS_PER_CALL,
  CASHBACK_START_LEAD_MS,
  DOWNLOAD_DISCOUNT_TYPES,
  DOWNLOAD_ITEMS_PER_CALL,
  DOWNLOAD_MAX_PER_DAILY,
  DOWNLOAD_MAX_POLICIES,
  DOWNLOAD_PRICE_MIN,
  DOWNLOAD_RATE_MAX,
  DOWNLOAD_RATE_MIN,
  DOWNLOAD_START_LEAD_MS,
  FREE_CONTRACT_BUDGET_ID,
  INSTANT_COUPON_STATUSES,
  INSTANT_DISCOUNT_TYPES,
  INSTANT_FIXED_MIN,
  INSTANT_ITEMS_PER_CALL,
  INSTANT_ITEM_STATUSES,
  INSTANT_MAX_DISCOUNT_MIN,
  INSTANT_NAME_MAX,
  INSTANT_RATE_MAX,
  INSTANT_RATE_MIN,
  issue,
  WON_UNIT,
  type CouponIssue,
} from './rules';

export interface ContractLike {
  contractId: string;
  vendorContractId?: string | null;
  type?: string | null;
  /** yyyy-MM-dd HH:mm:ss (KST) */
  start?: string | null;
  end?: string | null;
}

/** vendorItemId → couponId of a coupon it is already known to be in (rules 22 and 37). */
export type Assignments = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

export interface ValidationContext {
  now: Date;
  /** The seller's contracts when known; without them the contract checks (rules 4, 6, 9) only see the ID. */
  contracts?: readonly ContractLike[] | null;
  assigned?: Assignments | null;
}

/** A number as sellers type it ("5,000" is 5000); NaN when it is not one. */
export const parseAmount = (v: number | string | null | undefined): number => {
  if (v === null || v === undefined) return NaN;
  if (typeof v === 'number') return v;
  const t = v.trim().replace(/,/g, '');
  return t === '' ? NaN : Number(t);
};
const num = parseAmount;
const chars = (s: string) => [...s].length;
const lookup = (a: Assignments | null | undefined, id: string): string | undefined =>
  !a ? undefined : a instanceof Map ? a.get(id) : (a as Record<string, string>)[id];
const won = (n: number) => formatWon(n);

// ---- shared pieces -----------------------------------------------------------------------------

/** Rules 4 and 6: a contractId of this seller, not a vendorContractId. */
export function validateContractChoice(contractId: string, contracts: readonly ContractLike[] | null | undefined, field = 'contractId'): CouponIssue[] {
  const id = contractId.trim();
  if (!id) return [issue(4, field, 'error', '계약을 선택하세요. 계약은 WING에서 예산을 설정하면 자동으로 만들어집니다.')];
  if (!/^-?\d{1,20}$/.test(id)) return [issue(4, field, 'error', `계약 ID는 숫자입니다: ${id}`)];
  if (!contracts) return [];
  if (contracts.some((c) => c.contractId === id)) return [];
  const byVendorContract = contracts.find((c) => c.vendorContractId === id);
  if (byVendorContract || id === '-1') {
    return [
      issue(
        6,
        field,
        'error',
        `${id}은(는) 계약 ID(contractId)가 아니라 vendorContractId입니다. 쿠폰에는 계약 목록의 contractId${byVendorContract ? ` ${byVendorContract.contractId}` : ''}를 쓰세요.`,
      ),
    ];
  }
  return [issue(4, field, 'error', `계약 ${id}이(가) 이 판매자의 계약 목록에 없습니다. 계약 목록을 새로 고쳐 다시 선택하세요.`)];
}

/** Rule 16 (and the create pages' pattern errors): `yyyy-MM-dd HH:mm:ss` and a real calendar time. */
function validateTime(value: string, field: string, apiName: string, suffix = ''): { issues: CouponIssue[]; ms: number | null } {
  const parsed = parseCouponTime(value.trim());
  if (parsed.ok) return { issues: [], ms: parsed.ms };
  const text =
    parsed.problem === 'pattern'
      ? `${apiName} 패턴을 확인하세요. ${COUPON_DATETIME_PATTERN}${suffix} (입력: ${value.trim() || '비어 있음'})`
      : `없는 날짜나 시각입니다. ${parsed.detailKo}`;
  return { issues: [issue(16, field, 'error', text)], ms: null };
}

/** Rules 22 / 37 (+ the CIE00 text of rule 22 for malformed IDs): option IDs before they are sent. */
export function validateVendorItemIds(
  ids: readonly string[],
  opts: { family: 'instant' | 'download'; assigned?: Assignments | null; excludeCouponId?: string | null; field?: string },
): CouponIssue[] {
  const field = opts.field ?? 'vendorItemIds';
  const out: CouponIssue[] = [];
  const bad = ids.filter((id) => !VENDOR_ITEM_ID.test(id));
  if (bad.length) {
    out.push(issue(22, field, 'error', `옵션ID(vendorItemId)는 숫자입니다: ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ` 외 ${bad.length - 5}개` : ''} — 쿠팡은 [CIE00] 유효하지 않은 옵션아이디로 거부합니다.`));
  }
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  if (dup.size) out.push(issue(0, field, 'warning', `같은 옵션ID가 여러 번 들어 있습니다: ${[...dup].slice(0, 5).join(', ')}. 한 번만 보냅니다.`));
  const conflicts: Array<[string, string]> = [];
  for (const id of seen) {
    const other = lookup(opts.assigned, id);
    if (other && other !== opts.excludeCouponId) conflicts.push([id, other]);
  }
  if (conflicts.length) {
    const list = conflicts.slice(0, 5).map(([id, c]) => `${id}(쿠폰 ${c})`).join(', ');
    const more = conflicts.length > 5 ? ` 외 ${conflicts.length - 5}개` : '';
    out.push(
      opts.family === 'instant'
        ? issue(22, field, 'warning', `이미 다른 즉시할인 쿠폰에 있는 옵션입니다: ${list}${more}. 옵션 하나는 즉시할인 쿠폰 하나에만 들어갈 수 있어 쿠팡이 [CIR08]로 거부합니다.`)
        : issue(37, field, 'warning', `이미 다른 다운로드 쿠폰에 있는 옵션입니다: ${list}${more}. 옵션 하나에는 다운로드 쿠폰 하나만 걸 수 있어 쿠팡이 [CIR14]로 거부합니다.`),
    );
  }
  return out;
}

// ---- instant discount coupons (B) ----------------------------------------------------------------

export interface InstantCouponDraft {
  contractId: string;
  name: string;
  type: string;
  discount: number | string;
  maxDiscountPrice: number | string;
  startAt: string;
  endAt: string;
  wowExclusive?: boolean;
  vendorItemIds: readonly string[];
}

/** Rules 4, 6, 9, 15–19, 22 for `POST …/coupon` (items go with the follow-up item call, rule 21). */
export function validateInstantCoupon(draft: InstantCouponDraft, ctx: ValidationContext): CouponIssue[] {
  const out: CouponIssue[] = [];
  out.push(...validateContractChoice(draft.contractId, ctx.contracts));

  const name = draft.name.trim();
  if (!name) out.push(issue(15, 'name', 'error', '쿠폰 이름(name)을 입력하세요.'));
  else if (chars(name) > INSTANT_NAME_MAX) out.push(issue(15, 'name', 'error', `쿠폰 이름은 ${INSTANT_NAME_MAX}자 이내여야 합니다(현재 ${chars(name)}자).`));

  const type = draft.type;
  const typeOk = (INSTANT_DISCOUNT_TYPES as readonly string[]).includes(type);
  if (!typeOk) out.push(issue(15, 'type', 'error', `할인 방식(type)은 RATE(정률), PRICE(정액), FIXED_WITH_QUANTITY(수량별 정액) 중 하나입니다.`));

  const discount = num(draft.discount);
  if (!Number.isFinite(discount) || discount <= 0) {
    out.push(issue(15, 'discount', 'error', 'discount 양수만 입력 가능합니다. (정률은 1~100, 정액은 1이상)'));
  } else if (type === 'RATE' && (discount < INSTANT_RATE_MIN || discount > INSTANT_RATE_MAX)) {
    out.push(issue(15, 'discount', 'error', `정률 할인은 ${INSTANT_RATE_MIN}~${INSTANT_RATE_MAX}%입니다(입력: ${discount}).`));
  } else if (typeOk && type !== 'RATE' && (discount < INSTANT_FIXED_MIN || !Number.isInteger(discount))) {
    out.push(issue(15, 'discount', 'error', `정액 할인은 1원 이상의 원 단위 정수입니다(입력: ${discount}).`));
  }

  const maxDiscount = num(draft.maxDiscountPrice);
  if (!Number.isFinite(maxDiscount) || !Number.isInteger(maxDiscount) || maxDiscount < INSTANT_MAX_DISCOUNT_MIN) {
    out.push(issue(15, 'maxDiscountPrice', 'error', `최대 할인금액(maxDiscountPrice)은 ${won(INSTANT_MAX_DISCOUNT_MIN)} 이상의 정수입니다.`));
  }

  const start = validateTime(draft.startAt, 'startAt', 'startAt');
  const end = validateTime(draft.endAt, 'endAt', 'endAt');
  out.push(...start.issues, ...end.issues);
  if (start.ms !== null && end.ms !== null) {
    if (end.ms <= start.ms) out.push(issue(15, 'endAt', 'error', '종료일시(endAt)는 시작일시(startAt)보다 뒤여야 합니다.'));
    const contract = ctx.contracts?.find((c) => c.contractId === draft.contractId.trim());
    const cs = contract?.start ? parseCouponTime(contract.start) : null;
    const ce = contract?.end ? parseCouponTime(contract.end) : null;
    if (contract && cs?.ok && ce?.ok && (start.ms < cs.ms || end.ms > ce.ms)) {
      out.push(
        issue(
          9,
          start.ms < cs.ms ? 'startAt' : 'endAt',
          'error',
          `계약의 유효기간 안에 쿠폰이 존재해야 합니다(계약서의 유효기간:${contract.start}~${contract.end}) (쿠폰의 유효기간:${draft.startAt.trim()}~${draft.endAt.trim()})`,
        ),
      );
    }
    if (end.ms > yearEndLimit(start.ms)) {
      out.push(issue(18, 'endAt', 'warning', '2019년 문서에는 종료일이 시작한 해의 12월 31일 00:00:00을 넘을 수 없다고 되어 있습니다. 현재 문서에는 없는 제한이지만 거부되면 기간을 나누세요.'));
    }
  }

  if (start.ms !== null && start.ms < nextKstMidnight(ctx.now).getTime()) {
    out.push(issue(17, 'startAt', 'warning', '문서상 즉시할인 쿠폰은 다음날 00시부터 적용되도록 설정할 수 있습니다(오늘 만들면 내일 00:00부터). 더 이른 시작은 쿠팡이 거부하거나 늦게 적용할 수 있습니다.'));
  }

  if (draft.wowExclusive) {
    out.push(issue(19, 'wowExclusive', 'warning', '로켓와우 회원 전용(wowExclusive=true)은 골드박스 등 와우 프로모션에 선정된 상품용이며 사전 승인이 필요합니다. 일반 쿠폰은 전체 고객으로 만드세요.'));
  }

  out.push(...validateVendorItemIds(draft.vendorItemIds, { family: 'instant', assigned: ctx.assigned }));
  return out;
}

/** Rule 21: one item call carries 1–10,000 option IDs (the service splits larger lists). */
export function validateInstantItemBatch(ids: readonly string[]): CouponIssue[] {
  if (ids.length === 0) return [issue(21, 'vendorItemIds', 'error', 'vendorItems may not be empty — 옵션을 하나 이상 고르세요.')];
  if (ids.length > INSTANT_ITEMS_PER_CALL) {
    return [issue(21, 'vendorItemIds', 'error', `vendorItems size must be between 1 and ${INSTANT_ITEMS_PER_CALL} — 한 번에 ${INSTANT_ITEMS_PER_CALL.toLocaleString('ko-KR')}개까지 보낼 수 있습니다(현재 ${ids.length.toLocaleString('ko-KR')}개).`)];
  }
  return [];
}

/** Rules 21 and 22 when adding options to an existing instant coupon. */
export function validateInstantItemAdd(couponId: string, ids: readonly string[], assigned?: Assignments | null): CouponIssue[] {
  const out: CouponIssue[] = [];
  if (ids.length === 0) out.push(...validateInstantItemBatch(ids));
  out.push(...validateVendorItemIds(ids, { family: 'instant', assigned, excludeCouponId: couponId }));
  return out;
}

/** Rules 3 and 20 (+21) when removing options from an instant coupon. */
export function validateInstantItemRemoval(ids: readonly string[], opts: { initialItemIds?: readonly string[] | null } = {}): CouponIssue[] {
  const out: CouponIssue[] = [];
  if (ids.length === 0) out.push(...validateInstantItemBatch(ids));
  out.push(...validateVendorItemIds(ids, { family: 'instant' }).filter((i) => i.severity === 'error'));
  const initial = new Set(opts.initialItemIds ?? []);
  const fromCreation = ids.filter((id) => initial.has(id));
  if (fromCreation.length) {
    out.push(issue(20, 'vendorItemIds', 'warning', `쿠폰을 만들 때 넣은 상품 ${fromCreation.length}개는 나중에 뺄 수 없다고 문서에 있습니다. 빼야 한다면 쿠폰을 파기하고 새로 만드세요.`));
  }
  out.push(issue(3, null, 'warning', '아이템 제거 API는 영문 문서와 2019 문서에만 있고 현재 한국어 워크플로우 18개 API에는 없습니다. 결과는 요청 현황에서 확인하세요.'));
  return out;
}

export interface RequestLike {
  couponId: string | null;
  family: 'instant' | 'download';
  state: string;
  kind: string;
}

const RUNNING = new Set(['SUBMITTING', 'REQUESTED', 'UNKNOWN']);

/** Rule 23: expiring fails while another request on the same coupon is still running. */
export function validateInstantExpire(couponId: string, requests: readonly RequestLike[]): CouponIssue[] {
  if (!/^\d{1,20}$/.test(couponId)) return [issue(0, 'couponId', 'error', `쿠폰 ID는 숫자입니다: ${couponId}`)];
  const running = requests.filter((r) => r.family === 'instant' && r.couponId === couponId && RUNNING.has(r.state));
  if (running.length === 0) return [];
  return [
    issue(
      23,
      null,
      'error',
      `이 쿠폰에 아직 끝나지 않은 요청이 ${running.length}건 있습니다(${running.map((r) => r.kind).join(', ')}). 쿠팡은 진행 중인 요청이 있으면 파기를 거부하므로(success:false) 요청이 DONE/FAIL로 끝난 뒤 파기하세요.`,
    ),
  ];
}

// ---- downloadable coupons (C) --------------------------------------------------------------------

export interface DownloadPolicyDraft {
  title: string;
  typeOfDiscount: string;
  description: string;
  minimumPrice: number | string;
  discount: number | string;
  maximumDiscountPrice: number | string;
  maximumPerDaily: number | string;
}

export interface DownloadCouponDraft {
  contractId: string;
  title: string;
  startDate: string;
  endDate: string;
  userId: string;
  policies: readonly DownloadPolicyDraft[];
  vendorItemIds: readonly string[];
}

/** Rules 33–35 for one policy (`policies[n]` in Coupang's messages is zero-based). */
export function validateDownloadPolicy(p: DownloadPolicyDraft, n: number): CouponIssue[] {
  const out: CouponIssue[] = [];
  const f = (name: string) => `policies.${n}.${name}`;
  const label = `policies[${n}]`;
  if (!p.title.trim()) out.push(issue(36, f('title'), 'warning', `${label} 정책 이름이 비어 있습니다. 정책 이름은 장바구니에서 고객에게 보입니다.`));
  const type = p.typeOfDiscount;
  if (!(DOWNLOAD_DISCOUNT_TYPES as readonly string[]).includes(type)) {
    out.push(issue(34, f('typeOfDiscount'), 'error', `${label} 할인 방식(typeOfDiscount)은 RATE(정률) 또는 PRICE(정액)입니다.`));
  }
  const discount = num(p.discount);
  if (type === 'RATE') {
    if (!Number.isInteger(discount) || discount < DOWNLOAD_RATE_MIN || discount > DOWNLOAD_RATE_MAX) {
      out.push(issue(34, f('discount'), 'error', `${label} 정률 할인은 ${DOWNLOAD_RATE_MIN}~${DOWNLOAD_RATE_MAX} 사이의 정수(%)입니다. 100%는 안 됩니다.`));
    }
    const max = num(p.maximumDiscountPrice);
    if (!Number.isInteger(max) || max < WON_UNIT) {
      out.push(issue(34, f('maximumDiscountPrice'), 'error', `${label} 정률 할인에는 최대 할인금액(maximumDiscountPrice)을 10원 이상 입력하세요.`));
    } else if (max % WON_UNIT !== 0) {
      out.push(issue(34, f('maximumDiscountPrice'), 'error', `${label} 금액 정보는 10원 단위로 입력해야 합니다.`));
    }
  } else if (type === 'PRICE') {
    if (!Number.isInteger(discount) || discount < DOWNLOAD_PRICE_MIN) {
      out.push(issue(34, f('discount'), 'error', `${label} 정액 할인은 ${won(DOWNLOAD_PRICE_MIN)} 이상입니다.`));
    } else if (discount % WON_UNIT !== 0) {
      out.push(issue(34, f('discount'), 'error', `${label} 금액 정보는 10원 단위로 입력해야 합니다.`));
    }
  }
  const minimum = num(p.minimumPrice);
  if (!Number.isInteger(minimum) || minimum < 0) {
    out.push(issue(35, f('minimumPrice'), 'error', `${label} 최소 주문 금액(minimumPrice)을 원 단위로 입력하세요.`));
  } else if (minimum % WON_UNIT !== 0) {
    out.push(issue(35, f('minimumPrice'), 'error', `${label} 최소 주문 금액은 10원 단위여야 합니다(쿠팡 응답: ${label} Invalid Amount Unit.).`));
  }
  const perDaily = num(p.maximumPerDaily);
  if (!Number.isInteger(perDaily) || perDaily < 1 || perDaily > DOWNLOAD_MAX_PER_DAILY) {
    out.push(issue(34, f('maximumPerDaily'), 'error', `${label}.maxPerDaily 1~${DOWNLOAD_MAX_PER_DAILY} 양수만 입력 가능합니다.`));
  }
  return out;
}

/** Rules 4, 6, 16, 33–38 for `POST …/coupons` (download), plus 37 for the options attached after it. */
export function validateDownloadCoupon(draft: DownloadCouponDraft, ctx: ValidationContext): CouponIssue[] {
  const out: CouponIssue[] = [];
  out.push(...validateContractChoice(draft.contractId, ctx.contracts));
  if (!draft.title.trim()) out.push(issue(36, 'title', 'error', 'createCouponRequest.title 은 빈칸임 — 쿠폰 이름(다운로드 페이지 이름)을 입력하세요.'));
  if (!draft.userId.trim()) out.push(issue(36, 'userId', 'error', 'userId(WING 로그인 ID)를 입력하세요.'));

  const suffix = ', 프로모션 기간을 확인해주세요.';
  const start = validateTime(draft.startDate, 'startDate', 'startAt', suffix);
  const end = validateTime(draft.endDate, 'endDate', 'endAt', suffix);
  out.push(...start.issues, ...end.issues);
  if (start.ms !== null && end.ms !== null && end.ms <= start.ms) {
    out.push(issue(38, 'endDate', 'error', '종료일시는 시작일시보다 뒤여야 합니다. 프로모션 기간을 확인해주세요.'));
  }
  if (start.ms !== null && start.ms < ctx.now.getTime() + DOWNLOAD_START_LEAD_MS) {
    out.push(issue(38, 'startDate', 'error', '다운로드 쿠폰은 만든 시각에서 1시간 뒤부터 시작할 수 있습니다(15:00에 만들면 16:00부터). 시작일시를 늦추세요.'));
  }

  const n = draft.policies.length;
  if (n === 0) out.push(issue(33, 'policies', 'error', '정책을 하나 이상 넣으세요.'));
  if (n > DOWNLOAD_MAX_POLICIES) out.push(issue(33, 'policies', 'error', `정책은 쿠폰당 최대 ${DOWNLOAD_MAX_POLICIES}개입니다(현재 ${n}개).`));
  const types = new Set(draft.policies.map((p) => p.typeOfDiscount));
  if (types.size > 1) out.push(issue(33, 'policies', 'error', '한 쿠폰의 정책은 모두 같은 할인 방식이어야 합니다(PRICE/PRICE 가능, PRICE/RATE 불가).'));
  draft.policies.forEach((p, i) => out.push(...validateDownloadPolicy(p, i)));

  out.push(...validateVendorItemIds(draft.vendorItemIds, { family: 'download', assigned: ctx.assigned }));
  return out;
}

/** Rule 41: at most 100 option IDs per download item call (the service splits larger lists). */
export function validateDownloadItemBatch(ids: readonly string[]): CouponIssue[] {
  if (ids.length === 0) return [issue(41, 'vendorItemIds', 'error', '옵션을 하나 이상 고르세요.')];
  if (ids.length > DOWNLOAD_ITEMS_PER_CALL) return [issue(41, 'vendorItemIds', 'error', `다운로드 쿠폰 아이템은 한 번에 ${DOWNLOAD_ITEMS_PER_CALL}개까지 보낼 수 있습니다(현재 ${ids.length}개).`)];
  return [];
}

export interface DownloadCouponState {
  couponId: string;
  /** Set when an item call failed: Coupang destroyed the coupon (rule 42). */
  destroyed?: boolean;
  /** Options already attached (rule 40). */
  appliedOptionCount?: number | null;
  couponStatus?: string | null;
}

/** Rules 36, 37, 40, 41, 42 before attaching options to a download coupon. */
export function validateDownloadItemAdd(coupon: DownloadCouponState, ids: readonly string[], userId: string, assigned?: Assignments | null): CouponIssue[] {
  const out: CouponIssue[] = [];
  if (coupon.destroyed) {
    out.push(issue(42, null, 'error', `쿠폰 ${coupon.couponId}은(는) 아이템 추가가 실패해 쿠팡이 파기했습니다(삭제된 프로모션 입니다.). 새 쿠폰을 만들어 다시 시도하세요.`));
  }
  if (!userId.trim()) out.push(issue(36, 'userId', 'error', 'userId(WING 로그인 ID)를 입력하세요.'));
  if (ids.length === 0) out.push(...validateDownloadItemBatch(ids));
  if ((coupon.appliedOptionCount ?? 0) > 0) {
    out.push(issue(40, null, 'warning', `이 쿠폰에는 이미 옵션 ${coupon.appliedOptionCount}개가 걸려 있습니다. 문서상 다운로드 쿠폰의 상품은 만든 뒤 바꿀 수 없으니, 바꾸려면 쿠폰을 파기하고 새로 만드세요.`));
  }
  out.push(issue(42, null, 'warning', '아이템 추가가 실패하면 쿠팡이 쿠폰 자체를 파기합니다. 옵션ID를 꼭 확인하세요.'));
  out.push(...validateVendorItemIds(ids, { family: 'download', assigned, excludeCouponId: coupon.couponId }));
  return out;
}

/** Rules 36 and 44 before expiring download coupons. */
export function validateDownloadExpire(couponId: string, userId: string): CouponIssue[] {
  const out: CouponIssue[] = [];
  if (!/^\d{1,20}$/.test(couponId)) out.push(issue(44, 'couponId', 'error', `쿠폰 ID는 숫자입니다: ${couponId}`));
  if (!userId.trim()) out.push(issue(36, 'userId', 'error', 'userId(WING 로그인 ID)를 입력하세요.'));
  return out;
}

// ---- lookups (rules 7, 27–30, 45) -----------------------------------------------------------------

/** Rules 6 and 7: budgets are read per contract (-1 = free contract) and month yyyy-MM. */
export function validateBudgetQuery(contractId: string, targetMonth: string | null | undefined): CouponIssue[] {
  const out: CouponIssue[] = [];
  if (contractId !== FREE_CONTRACT_BUDGET_ID && !/^\d{1,20}$/.test(contractId)) {
    out.push(issue(6, 'contractId', 'error', `예산 조회의 contractId는 계약 ID이며, 자유계약은 ${FREE_CONTRACT_BUDGET_ID}입니다(입력: ${contractId}).`));
  }
  if (targetMonth && !/^\d{4}-(0[1-9]|1[0-2])$/.test(targetMonth)) {
    out.push(issue(7, 'targetMonth', 'error', `예산 월(targetMonth)은 yyyy-MM 형식입니다(입력: ${targetMonth}).`));
  }
  return out;
}

/** Rule 27: coupon lists know DETACHED, item lists do not. */
export function validateStatusFilter(list: 'coupons' | 'items', status: string): CouponIssue[] {
  const allowed: readonly string[] = list === 'coupons' ? INSTANT_COUPON_STATUSES : INSTANT_ITEM_STATUSES;
  if (allowed.includes(status)) return [];
  return [issue(27, 'status', 'error', `${list === 'coupons' ? '쿠폰' : '쿠폰 아이템'} 목록의 상태는 ${allowed.join(', ')} 중 하나입니다(입력: ${status}).`)];
}

/** Rule 28: the coupon list pages from 1, the coupon item list from 0. */
export function validatePage(list: 'coupons' | 'items', page: number): CouponIssue[] {
  const first = list === 'coupons' ? 1 : 0;
  if (Number.isInteger(page) && page >= first) return [];
  return [issue(28, 'page', 'error', `${list === 'coupons' ? '쿠폰 목록은 1페이지' : '쿠폰 아이템 목록은 0페이지'}부터 시작합니다(입력: ${page}).`)];
}

/** Rule 29: coupons applied to an order are looked up by the numeric orderId. */
export function validateOrderId(orderId: string): CouponIssue[] {
  return /^\d{1,24}$/.test(orderId.trim()) ? [] : [issue(29, 'orderId', 'error', `주문번호(orderId)는 숫자입니다(입력: ${orderId || '비어 있음'}).`)];
}

/** Rules 30 and 45: request IDs are strings — digits for instant, e.g. `et5_…` for download. */
export function validateRequestedId(family: 'instant' | 'download', id: string): CouponIssue[] {
  const t = id.trim();
  if (family === 'instant') {
    return INSTANT_REQUESTED_ID.test(t) ? [] : [issue(30, 'requestedId', 'error', `즉시할인 쿠폰의 requestedId는 숫자로 된 문자열입니다(입력: ${t || '비어 있음'}).`)];
  }
  return DOWNLOAD_TRANSACTION_ID.test(t) ? [] : [issue(45, 'requestedId', 'error', `다운로드 쿠폰의 requestTransactionId는 et5_154210571558673553106 같은 문자열입니다(입력: ${t || '비어 있음'}).`)];
}

// ---- book cashback (E) ---------------------------------------------------------------------------

export interface CashbackDraft {
  ruleId: string;
  vendorItemIds: readonly string[] | null;
  valueType: string;
  value: number | string;
  maxAmount: number | string;
  /** yyyy-MM-ddTHH:mm:ss on input (rule 55). */
  startAt: string;
  endAt: string;
}

const CASHBACK_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})$/;

/** Rules 52–55: book cashback (Books category only, contracted rule). */
export function validateCashback(draft: CashbackDraft, ctx: { now: Date }): CouponIssue[] {
  const out: CouponIssue[] = [];
  if (!/^\d{1,20}$/.test(draft.ruleId.trim())) out.push(issue(52, 'ruleId', 'error', '캐시백은 쿠팡 담당자와 계약해 받은 ruleId가 있어야 합니다.'));
  if (!draft.vendorItemIds) out.push(issue(53, 'vendorItemIds', 'error', 'vendorItemIds는 비워 둘 수 없습니다.'));
  else if (draft.vendorItemIds.length === 0 || draft.vendorItemIds.length > CASHBACK_ITEMS_PER_CALL) {
    out.push(issue(53, 'vendorItemIds', 'error', `캐시백은 한 번에 옵션 1~${CASHBACK_ITEMS_PER_CALL}개까지 적용할 수 있습니다(현재 ${draft.vendorItemIds.length}개).`));
  } else out.push(...validateVendorItemIds(draft.vendorItemIds, { family: 'instant' }).filter((i) => i.severity === 'error'));
  if (draft.valueType !== 'FIXED' && draft.valueType !== 'FIXED_WITH_QUANTITY') {
    out.push(issue(54, 'valueType', 'error', 'valueType은 FIXED(주문당 정액) 또는 FIXED_WITH_QUANTITY(수량별 정액)입니다.'));
  }
  const value = num(draft.value);
  if (!Number.isInteger(value) || value < 1) out.push(issue(54, 'value', 'error', 'value는 1 이상입니다.'));
  const maxAmount = num(draft.maxAmount);
  if (!Number.isFinite(maxAmount) || maxAmount < 0) out.push(issue(54, 'maxAmount', 'error', 'maxAmount는 0 이상입니다.'));
  const times: Array<['startAt' | 'endAt', string]> = [['startAt', draft.startAt], ['endAt', draft.endAt]];
  const ms: Record<string, number> = {};
  for (const [field, value] of times) {
    const m = CASHBACK_TIME.exec(value.trim());
    const parsed = m ? parseCouponTime(`${m[1]} ${m[2]}`) : null;
    if (!parsed?.ok) out.push(issue(55, field, 'error', `${field}은(는) yyyy-MM-ddTHH:mm:ss 형식입니다(입력: ${value || '비어 있음'}).`));
    else ms[field] = parsed.ms;
  }
  if (ms.startAt !== undefined && ms.startAt < ctx.now.getTime() + CASHBACK_START_LEAD_MS) {
    out.push(issue(55, 'startAt', 'error', '캐시백 시작(startAt)은 지금부터 2시간 뒤 이후여야 합니다(14:00이면 16:00 이후).'));
  }
  if (ms.startAt !== undefined && ms.endAt !== undefined && ms.endAt <= ms.startAt) out.push(issue(55, 'endAt', 'error', 'endAt은 startAt보다 뒤여야 합니다.'));
  return out;
}
