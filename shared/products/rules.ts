// Every rule of rules-products.md that can be checked before Coupang sees the request, applied to
// a products.create / products.update body. The wizard runs it on the body it builds, the service
// runs it again before sending, and `wingdesk products validate` runs it on a file: one set of
// rules, one set of messages. Each issue names the field and the rule number (see issues.ts).
import { buildFormModel, MAX_ATTRIBUTE_TYPE_NAME, MAX_ATTRIBUTE_VALUE_NAME, optionValueProblem, PLACEHOLDER_OPTION_VALUES, type FormModel, type OptionField } from './form-model';
import { CONTENTS_TYPES, DELIVERY_CHARGE_TYPES, DELIVERY_METHODS, IMAGE_TYPES, LEGACY_CHARGE_TYPES, NO_RETURN_CENTERCODE, OFFER_CONDITIONS } from './enums';
import { issue, type ProductIssue } from './issues';
import type { CategoryMeta } from './meta';

/** The parts of an outbound place the rules need (from places.listOutbound). */
export interface OutboundPlaceLite {
  code: string;
  name: string;
  usable: boolean;
  global: boolean;
  /** Couriers with remote-area fees on this place (remoteInfos[].deliveryCode, usable ones). */
  remoteCouriers: string[];
}
export interface ReturnPlaceLite {
  code: string;
  name: string;
  usable: boolean;
}

export interface ValidationContext {
  /** Category meta of displayCategoryCode; without it only the meta-free rules run. */
  meta?: CategoryMeta | null;
  /** 'update' adds the modify rules (24-33) against `original`. */
  mode?: 'create' | 'update';
  /** The products.get answer the update started from. */
  original?: Record<string, unknown> | null;
  /** The account's own places; without them the place-membership rules are skipped. */
  places?: { outbound: OutboundPlaceLite[]; returns: ReturnPlaceLite[] } | null;
  /** Result of categories.validate (false = not usable any more, rule 94). */
  categoryUsable?: boolean | null;
  /** Whether the category is a leaf (false = has children, rule 93). */
  categoryLeaf?: boolean | null;
  /** categories.checkAutoMatchingAgreement (rule 97). */
  autoMatchingAgreed?: boolean | null;
}

type Json = Record<string, any>;

const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
const len = (v: unknown) => (typeof v === 'string' ? [...v].length : 0);
const numberOf = (v: unknown): number | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
};
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/** rule 62: the only special characters a search tag may hold. */
const TAG_ALLOWED = /^[0-9A-Za-z가-힣ㄱ-ㅎㅏ-ㅣ\s!@#$%^&*\-+;:'.]*$/;
/** rule 50: brand = a standard Korean/English name without spaces or special characters. */
const BRAND_ALLOWED = /^[0-9A-Za-z가-힣]+$/;
/** rule 71: document file types. */
const DOCUMENT_EXTENSIONS = ['pdf', 'hwp', 'doc', 'docx', 'txt', 'png', 'jpg', 'jpeg'];
const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png'];

function extensionOf(path: string): string | null {
  const clean = path.split(/[?#]/)[0];
  const m = /\.([A-Za-z0-9]{2,5})$/.exec(clean);
  return m ? m[1].toLowerCase() : null;
}

/** rule 64: the URL must be reachable by Coupang's downloader: http(s), port 80/443 only. */
export function urlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `'${url.slice(0, 60)}'은(는) 올바른 URL이 아닙니다. http:// 또는 https://로 시작하는 주소를 입력하세요.`;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `http:// 또는 https:// 주소만 쓸 수 있습니다 (${u.protocol}).`;
  if (u.port && u.port !== '80' && u.port !== '443') return `포트 ${u.port}은(는) 쓸 수 없습니다. 80/443 외의 포트는 다운로드 실패로 승인 반려됩니다.`;
  return null;
}

const text = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));

/** Same-rule issues on every item collapse into one `items[*]` issue, so the screen is not flooded. */
function collapse(issues: ProductIssue[]): ProductIssue[] {
  const out: ProductIssue[] = [];
  const groups = new Map<string, ProductIssue[]>();
  for (const i of issues) {
    const m = /^items\[\d+\](.*)$/.exec(i.field);
    if (!m) {
      out.push(i);
      continue;
    }
    const body = i.messageKo.replace(/^\d+번째 아이템의 /, '').replace(/items\[\d+\]/g, 'items[*]');
    const key = `${i.ruleId}|${body}`;
    const g = groups.get(key);
    if (g) g.push(i);
    else {
      groups.set(key, [i]);
      out.push(i);
    }
  }
  return out.map((i) => {
    const m = /^items\[\d+\](.*)$/.exec(i.field);
    if (!m) return i;
    const body = i.messageKo.replace(/^\d+번째 아이템의 /, '').replace(/items\[\d+\]/g, 'items[*]');
    const g = groups.get(`${i.ruleId}|${body}`)!;
    if (g.length < 2) return i;
    return { ...i, field: `items[*]${m[1]}`, messageKo: `모든 아이템(${g.length}개)의 ${body}` };
  });
}

export function validateProductRequest(input: unknown, ctx: ValidationContext = {}): ProductIssue[] {
  const out: ProductIssue[] = [];
  const add = (field: string, rule: number | string, msg: string, severity: 'error' | 'warning' = 'error') => out.push(issue(field, rule, msg, severity));
  if (!isObj(input)) {
    add('(body)', 66, '요청 본문이 JSON 객체가 아닙니다. 전체를 { }로 감싼 상품 JSON이어야 합니다.');
    return out;
  }
  const body = input;
  const model: FormModel | null = ctx.meta ? buildFormModel(ctx.meta) : null;
  const update = ctx.mode === 'update';
  const agreedAutoMatch = ctx.autoMatchingAgreed === true;

  // ── A/C. identity, names, period ──────────────────────────────────────────
  if (isBlank(body.displayCategoryCode)) {
    if (!agreedAutoMatch) add('displayCategoryCode', 97, '카테고리를 선택하세요. 카테고리 코드는 Wing에서 카테고리 자동매칭에 동의한 판매자만 생략할 수 있습니다.');
  } else if (!/^\d+$/.test(text(body.displayCategoryCode))) {
    add('displayCategoryCode', 93, `카테고리 코드는 숫자입니다 (현재 '${text(body.displayCategoryCode)}').`);
  }
  if (ctx.categoryLeaf === false) add('displayCategoryCode', 93, '하위 카테고리가 있는 카테고리입니다. 상품은 최하위(리프) 카테고리에만 등록할 수 있습니다.');
  if (ctx.categoryUsable === false) add('displayCategoryCode', 94, '이 카테고리는 현재 사용할 수 없습니다(카테고리 개편으로 삭제·변경). 새 카테고리를 고르세요.');

  if (isBlank(body.sellerProductName)) add('sellerProductName', 46, '등록상품명을 입력하세요 (발주서에 표시되는 이름, 100자 이내).');
  else if (len(body.sellerProductName) > 100) add('sellerProductName', 46, `100자를 넘을 수 없습니다 (현재 ${len(body.sellerProductName)}자).`);
  if (!isBlank(body.displayProductName) && len(body.displayProductName) > 100) {
    add('displayProductName', 47, `'노출상품명' 최대 길이(100자)를 초과했습니다 (현재 ${len(body.displayProductName)}자).`);
  }
  if (isBlank(body.displayProductName)) add('displayProductName', 48, '비워 두면 브랜드+제품명 또는 등록상품명이 대신 노출될 수 있습니다. 브랜드+제품명으로 입력하길 권장합니다.', 'warning');
  if (!isBlank(body.brand) && !BRAND_ALLOWED.test(text(body.brand).trim())) {
    add('brand', 50, `띄어쓰기나 특수문자 없이 표준 한글/영문 브랜드명으로 입력하세요 (현재 '${text(body.brand)}').`);
  }
  if (isBlank(body.manufacture)) add('manufacture', 50, '제조사를 입력하세요. 모르면 브랜드와 같은 값을 입력합니다.');

  const startText = text(body.saleStartedAt);
  const endText = text(body.saleEndedAt);
  const start = DATE_TIME.exec(startText);
  const end = DATE_TIME.exec(endText);
  if (!start) add('saleStartedAt', 51, `yyyy-MM-ddTHH:mm:ss 형식이어야 합니다 (현재 '${startText}').`);
  if (!end) add('saleEndedAt', 51, `yyyy-MM-ddTHH:mm:ss 형식이어야 합니다 (현재 '${endText}').`);
  else if (Number(end[1]) > 2099) add('saleEndedAt', 51, '판매 종료일은 2099년까지만 설정할 수 있습니다.');
  if (start && end && startText >= endText) add('saleEndedAt', 51, '판매 종료일시는 시작일시보다 늦어야 합니다.');
  if (isBlank(body.vendorUserId)) add('vendorUserId', 'SPEC', '업체에 속한 Wing 로그인 ID를 입력하세요.');
  if (body.requested !== undefined && typeof body.requested !== 'boolean') add('requested', 14, 'true(저장 후 승인요청) 또는 false(임시저장)여야 합니다.');

  // ── legacy fields, bundle ───────────────────────────────────────────────
  for (const legacy of ['returnChargeVendor', 'afterServiceInformation', 'afterServiceContactNumber']) {
    if (body[legacy] !== undefined) add(legacy, 75, '예전 문서에만 있던 항목으로 현재 요청 예시에는 없습니다. 빼고 보내세요.', 'warning');
  }
  const items: unknown[] = Array.isArray(body.items) ? body.items : [];
  const bundleType = isObj(body.bundleInfo) ? text(body.bundleInfo.bundleType) : '';
  if (bundleType && bundleType !== 'SINGLE' && bundleType !== 'AB') add('bundleInfo.bundleType', 34, `SINGLE 또는 AB만 쓸 수 있습니다 (현재 '${bundleType}').`);
  if (bundleType === 'AB' && items.length > 1) add('bundleInfo.bundleType', 34, '혼합구성(AB) 상품은 옵션을 가질 수 없습니다. 아이템을 하나만 두세요.');

  // ── items ───────────────────────────────────────────────────────────────
  if (!Array.isArray(body.items) || items.length === 0) add('items', 60, '아이템(옵션)이 최소 1개 있어야 합니다.');
  if (items.length > 200) add('items', 52, `한 상품의 옵션은 최대 200개입니다 (현재 ${items.length}개).`);

  const fieldByName = new Map<string, OptionField>();
  if (model) for (const f of [...model.purchaseOptions, ...model.searchOptions]) fieldByName.set(f.name, f);
  const itemNames = new Map<string, number[]>();
  const exposedCombos = new Map<string, number[]>();

  items.forEach((raw, i) => {
    const p = `items[${i}]`;
    if (!isObj(raw)) {
      add(p, 60, '아이템은 JSON 객체여야 합니다.');
      return;
    }
    const it = raw;
    // rule 60: every item field is required except the listed optional ones.
    for (const k of ['itemName', 'originalPrice', 'salePrice', 'maximumBuyCount', 'maximumBuyForPerson', 'maximumBuyForPersonPeriod', 'outboundShippingTimeDay', 'unitCount', 'adultOnly', 'taxType', 'parallelImported', 'overseasPurchased', 'pccNeeded']) {
      if (isBlank(it[k])) add(`${p}.${k}`, 60, '필수 항목입니다. 값을 입력하세요.');
    }
    const name = text(it.itemName).trim();
    if (name) {
      if (len(name) > 150) add(`${p}.itemName`, 53, `150자를 넘을 수 없습니다 (현재 ${len(name)}자).`);
      itemNames.set(name, [...(itemNames.get(name) ?? []), i]);
    }
    // prices (39, 59)
    const sale = numberOf(it.salePrice);
    const orig = numberOf(it.originalPrice);
    if (!isBlank(it.salePrice)) {
      if (sale === null || sale <= 0) add(`${p}.salePrice`, 39, '판매가는 0보다 큰 금액이어야 합니다.');
      else if (!Number.isInteger(sale) || sale % 10 !== 0) add(`${p}.salePrice`, 39, `판매가는 10원 단위입니다 (현재 ${sale}원; 1원 단위는 거부됩니다).`);
    }
    if (!isBlank(it.originalPrice)) {
      if (orig === null || orig < 0) add(`${p}.originalPrice`, 39, '정가는 0원 이상이어야 합니다 (0원 가능).');
      else if (!Number.isInteger(orig) || orig % 10 !== 0) add(`${p}.originalPrice`, 39, `정가는 10원 단위입니다 (현재 ${orig}원).`);
    }
    if (sale !== null && orig !== null && sale > 0 && orig === sale) add(`${p}.originalPrice`, 59, "정가와 판매가가 같으면 할인율 없이 '쿠팡가'로 표시됩니다.", 'warning');
    // quantities (55-58)
    const stock = numberOf(it.maximumBuyCount);
    if (!isBlank(it.maximumBuyCount) && (stock === null || !Number.isInteger(stock) || stock < 0 || stock > 99999)) add(`${p}.maximumBuyCount`, 55, '재고는 0~99,999 사이의 정수입니다.');
    const perPerson = numberOf(it.maximumBuyForPerson);
    if (!isBlank(it.maximumBuyForPerson) && (perPerson === null || !Number.isInteger(perPerson) || perPerson < 0)) add(`${p}.maximumBuyForPerson`, 56, '0(제한 없음) 이상의 정수입니다.');
    const period = numberOf(it.maximumBuyForPersonPeriod);
    if (!isBlank(it.maximumBuyForPersonPeriod) && (period === null || !Number.isInteger(period) || period < 1)) add(`${p}.maximumBuyForPersonPeriod`, 56, '1 이상의 정수입니다 (기간 제한이 없으면 1).');
    const lead = numberOf(it.outboundShippingTimeDay);
    if (!isBlank(it.outboundShippingTimeDay) && (lead === null || !Number.isInteger(lead) || lead < 1)) add(`${p}.outboundShippingTimeDay`, 57, '주문일 다음 날 출고가 1(D+1)입니다. 1 이상의 정수를 입력하세요 (당일출고도 1).');
    const units = numberOf(it.unitCount);
    if (!isBlank(it.unitCount) && (units === null || !Number.isInteger(units) || units < 0)) add(`${p}.unitCount`, 58, '0 이상의 정수입니다 (1개당 가격 표시가 필요 없으면 0).');
    // enums (73, 74, 115, 116)
    if (!isBlank(it.adultOnly) && !['ADULT_ONLY', 'EVERYONE'].includes(it.adultOnly)) add(`${p}.adultOnly`, 73, 'ADULT_ONLY(19세 이상) 또는 EVERYONE이어야 합니다.');
    if (!isBlank(it.taxType) && !['TAX', 'FREE'].includes(it.taxType)) add(`${p}.taxType`, 'SPEC', 'TAX(과세) 또는 FREE(면세)여야 합니다.');
    if (!isBlank(it.pccNeeded) && typeof it.pccNeeded !== 'boolean' && it.pccNeeded !== 'true' && it.pccNeeded !== 'false') add(`${p}.pccNeeded`, 74, 'true 또는 false여야 합니다.');
    if (!isBlank(it.parallelImported) && !['PARALLEL_IMPORTED', 'NOT_PARALLEL_IMPORTED'].includes(it.parallelImported)) add(`${p}.parallelImported`, 115, 'PARALLEL_IMPORTED 또는 NOT_PARALLEL_IMPORTED여야 합니다.');
    if (!isBlank(it.overseasPurchased) && !['OVERSEAS_PURCHASED', 'NOT_OVERSEAS_PURCHASED'].includes(it.overseasPurchased)) add(`${p}.overseasPurchased`, 116, 'OVERSEAS_PURCHASED 또는 NOT_OVERSEAS_PURCHASED여야 합니다.');
    if (it.overseasPurchased === 'OVERSEAS_PURCHASED' && body.deliveryMethod !== 'AGENT_BUY') add(`${p}.overseasPurchased`, 116, '해외구매대행 상품은 배송방법을 구매대행(AGENT_BUY)으로 해야 합니다.');
    if (body.deliveryMethod === 'AGENT_BUY' && it.overseasPurchased !== 'OVERSEAS_PURCHASED') add(`${p}.overseasPurchased`, 116, '배송방법이 구매대행(AGENT_BUY)이면 해외구매대행(OVERSEAS_PURCHASED)으로 표시하세요.', 'warning');
    // barcode (61)
    if (len(it.emptyBarcodeReason) > 100) add(`${p}.emptyBarcodeReason`, 61, `100자를 넘을 수 없습니다 (현재 ${len(it.emptyBarcodeReason)}자).`);
    if (it.emptyBarcode === true && isBlank(it.emptyBarcodeReason)) add(`${p}.emptyBarcodeReason`, 61, '바코드 없음을 선택했으면 사유를 입력하세요.');
    // search tags (62)
    if (it.searchTags !== undefined) {
      const tags: unknown[] = Array.isArray(it.searchTags) ? it.searchTags : [];
      if (!Array.isArray(it.searchTags)) add(`${p}.searchTags`, 62, '검색어는 문자열 배열이어야 합니다.');
      if (tags.length > 20) add(`${p}.searchTags`, 62, `검색어는 최대 20개입니다 (현재 ${tags.length}개).`);
      for (const t of tags) {
        const tag = text(t);
        if (len(tag) > 20) add(`${p}.searchTags`, 62, `검색어 '${tag.slice(0, 20)}…'이(가) 20자를 넘습니다.`);
        if (!TAG_ALLOWED.test(tag)) add(`${p}.searchTags`, 62, `검색어 '${tag}'에 쓸 수 없는 특수문자가 있습니다. 허용: !@#$%^&*-+;:'.`);
      }
    }
    // images (63, 64)
    const images: unknown[] = Array.isArray(it.images) ? it.images : [];
    if (!Array.isArray(it.images) || images.length === 0) add(`${p}.images`, 63, '대표이미지(REPRESENTATION) 1개가 필수입니다.');
    else {
      const count = (t: string) => images.filter((img) => isObj(img) && img.imageType === t).length;
      if (count('REPRESENTATION') === 0) add(`${p}.images`, 63, '대표이미지(REPRESENTATION) 1개가 필수입니다.');
      if (count('REPRESENTATION') > 1) add(`${p}.images`, 63, `대표이미지는 1개만 둘 수 있습니다 (현재 ${count('REPRESENTATION')}개).`);
      if (count('DETAIL') > 9) add(`${p}.images`, 63, `기타이미지(DETAIL)는 최대 9개입니다 (현재 ${count('DETAIL')}개).`);
      if (count('USED_PRODUCT') > 4) add(`${p}.images`, 63, `중고상태 이미지는 최대 4개입니다 (현재 ${count('USED_PRODUCT')}개).`);
      images.forEach((img, k) => {
        const q = `${p}.images[${k}]`;
        if (!isObj(img)) return add(q, 63, '이미지는 JSON 객체여야 합니다.');
        if (!(IMAGE_TYPES as readonly string[]).includes(img.imageType)) add(`${q}.imageType`, 63, `REPRESENTATION, DETAIL, USED_PRODUCT 중 하나여야 합니다 (현재 '${text(img.imageType)}').`);
        if (isBlank(img.cdnPath) && isBlank(img.vendorPath)) add(`${q}.vendorPath`, 63, '이미지 주소(vendorPath 또는 cdnPath)를 입력하세요.');
        for (const key of ['vendorPath', 'cdnPath']) {
          if (len(img[key]) > 200) add(`${q}.${key}`, 63, `이미지 주소는 200자 이내입니다 (현재 ${len(img[key])}자).`);
        }
        if (!isBlank(img.vendorPath)) {
          const bad = urlProblem(text(img.vendorPath).trim());
          if (bad) add(`${q}.vendorPath`, 64, bad);
          const ext = extensionOf(text(img.vendorPath));
          if (img.imageType === 'REPRESENTATION' && ext && !IMAGE_EXTENSIONS.includes(ext)) add(`${q}.vendorPath`, 63, `대표이미지는 JPG 또는 PNG여야 합니다 (현재 .${ext}).`);
        }
      });
    }
    // contents (65)
    const contents: unknown[] = Array.isArray(it.contents) ? it.contents : [];
    if (!Array.isArray(it.contents) || contents.length === 0) add(`${p}.contents`, 60, '상세설명(contents)을 1개 이상 입력하세요.');
    contents.forEach((c, k) => {
      const q = `${p}.contents[${k}]`;
      if (!isObj(c)) return add(q, 60, '상세설명 블록은 JSON 객체여야 합니다.');
      if (!(CONTENTS_TYPES as readonly string[]).includes(c.contentsType)) add(`${q}.contentsType`, 'SPEC', `${CONTENTS_TYPES.join(', ')} 중 하나여야 합니다 (현재 '${text(c.contentsType)}').`);
      const details: unknown[] = Array.isArray(c.contentDetails) ? c.contentDetails : [];
      if (details.length === 0) add(`${q}.contentDetails`, 60, '내용(contentDetails)이 비어 있습니다.');
      details.forEach((d, m) => {
        const r = `${q}.contentDetails[${m}]`;
        if (!isObj(d)) return;
        const content = text(d.content);
        if (content.trim() === '') add(`${r}.content`, 60, '내용을 입력하세요.');
        if (/[\r\n]/.test(content)) add(`${r}.content`, 65, '강제 줄바꿈(엔터)이 들어 있으면 입력값 오류가 납니다. <br> 태그를 쓰거나 한 줄로 입력하세요.');
        for (const frame of content.match(/<iframe\b[^>]*>/gi) ?? []) {
          const src = /src\s*=\s*["']?([^"'\s>]+)/i.exec(frame)?.[1] ?? '';
          if (!/^(https?:)?\/\/(www\.)?(youtube\.com|youtube-nocookie\.com|youtu\.be)\//i.test(src)) add(`${r}.content`, 65, `YouTube 외의 iframe은 쓸 수 없습니다 (${src || 'src 없음'}).`);
        }
        if (!['TEXT', 'IMAGE'].includes(d.detailType)) add(`${r}.detailType`, 'SPEC', `IMAGE 또는 TEXT여야 합니다 (현재 '${text(d.detailType)}').`);
      });
    });
    // offer condition (70)
    const offer = isBlank(it.offerCondition) ? 'NEW' : text(it.offerCondition);
    if (!(offer in OFFER_CONDITIONS)) add(`${p}.offerCondition`, 70, `NEW, REFURBISHED, USED_BEST, USED_GOOD, USED_NORMAL 중 하나여야 합니다 (현재 '${offer}').`);
    else if (model && !model.offerConditions.includes(offer)) add(`${p}.offerCondition`, 70, `이 카테고리에서 허용되지 않는 상품 상태입니다. 허용: ${model.offerConditions.join(', ')}.`);
    if (!isBlank(it.offerDescription)) {
      if (!offer.startsWith('USED_')) add(`${p}.offerDescription`, 70, '상품 상태 설명은 중고(USED_*) 상품에만 입력합니다.');
      if (len(it.offerDescription) > 700) add(`${p}.offerDescription`, 70, `700자를 넘을 수 없습니다 (현재 ${len(it.offerDescription)}자).`);
    }
    // notices (88, 89)
    const notices: unknown[] = Array.isArray(it.notices) ? it.notices : [];
    if (notices.length === 0) {
      if (!(agreedAutoMatch && isBlank(body.displayCategoryCode))) add(`${p}.notices`, 88, '상품고시정보를 입력하세요. 카테고리가 제공하는 고시정보 중 하나를 골라 모든 항목을 보냅니다.');
    } else {
      const rows = notices.filter(isObj);
      const names = [...new Set(rows.map((r) => text(r.noticeCategoryName)))];
      if (names.length > 1) add(`${p}.notices`, 88, `고시정보 카테고리는 하나만 골라야 합니다 (현재 ${names.join(', ')}). 여러 개를 섞으면 항목 수가 맞지 않아 거부됩니다.`);
      for (const r of rows) if (isBlank(r.content)) add(`${p}.notices.${text(r.noticeCategoryDetailName)}`, 88, '고시정보 내용이 비어 있습니다. 예: 상세페이지 참조');
      if (model && names.length === 1) {
        const cat = model.notices.find((nc) => nc.name === names[0]);
        if (!cat) {
          const near = model.notices.find((nc) => nc.name.replace(/\s/g, '') === names[0].replace(/\s/g, ''));
          if (near) add(`${p}.notices`, 89, `고시정보 이름은 정확히 같아야 합니다: '${names[0]}' → '${near.name}'.`);
          else add(`${p}.notices`, 88, `상품필수 정보 확인:[입력된 카테고리[${names[0]}]의 상품필수 고지정보를 찾을 수 없습니다.] 이 카테고리의 고시정보: ${model.notices.map((nc) => nc.name).join(', ')}.`);
        } else {
          const sent = rows.map((r) => text(r.noticeCategoryDetailName));
          for (const s of sent) {
            if (cat.rows.some((row) => row.name === s)) continue;
            const near = cat.rows.find((row) => row.name.replace(/\s/g, '') === s.replace(/\s/g, ''));
            if (near) add(`${p}.notices.${s}`, 89, `고시정보 항목 이름이 정확히 같아야 합니다 (띄어쓰기 포함): '${s}' → '${near.name}'.`);
            else add(`${p}.notices.${s}`, 88, `입력된 상품필수 고지정보[${s}]가 카테고리[${cat.name}]에서 제공하는 것과 다릅니다.`);
          }
          for (const row of cat.rows) {
            const present = sent.includes(row.name) || sent.some((s) => s.replace(/\s/g, '') === row.name.replace(/\s/g, ''));
            if (!present) add(`${p}.notices.${row.name}`, 88, `'${cat.name}'의 항목 '${row.name}'이(가) 빠졌습니다. 고른 고시정보의 모든 항목(${cat.rows.length}개)을 보내야 합니다.`);
          }
          if (sent.length !== cat.rows.length) add(`${p}.notices`, 88, `입력된 상품필수 고지정보 갯수[${sent.length}]가 카테고리[${cat.name}]에서 제공하는 갯수[${cat.rows.length}]와 다릅니다.`);
        }
      }
    }
    // attributes (68, 69, 77-83, 87)
    const attrs = (Array.isArray(it.attributes) ? it.attributes : []).filter(isObj);
    if (!Array.isArray(it.attributes)) add(`${p}.attributes`, 60, '옵션(attributes) 배열이 필요합니다 (비어 있어도 [])');
    const filled = attrs.filter((a) => !isBlank(a.attributeValueName));
    const byName = new Map(filled.map((a) => [text(a.attributeTypeName), a]));
    if (filled.length === 0) {
      if (model ? !(model.allowSingleItem && items.length === 1) : items.length > 1 || isBlank(body.displayCategoryCode)) {
        const rule = model && !model.allowSingleItem ? 87 : 69;
        add(`${p}.attributes`, rule, model && !model.allowSingleItem ? '이 카테고리는 단일상품 등록을 허용하지 않습니다(isAllowSingleItem=false). 옵션을 1개 이상 입력하세요.' : '옵션(속성)이 최소 1개 필요합니다.');
      }
    }
    for (const a of attrs) {
      const typeName = text(a.attributeTypeName);
      const value = text(a.attributeValueName);
      const q = `${p}.attributes.${typeName || '(이름 없음)'}`;
      if (isBlank(typeName)) add(`${p}.attributes`, 68, '옵션 이름(attributeTypeName)이 비어 있습니다.');
      if (len(typeName) > MAX_ATTRIBUTE_TYPE_NAME) add(q, 68, `옵션 이름은 ${MAX_ATTRIBUTE_TYPE_NAME}자 이내입니다 (현재 ${len(typeName)}자).`);
      if (len(value) > MAX_ATTRIBUTE_VALUE_NAME) add(q, 68, `옵션값은 단위 포함 ${MAX_ATTRIBUTE_VALUE_NAME}자 이내입니다 (현재 ${len(value)}자).`);
      if (a.exposed !== undefined && a.exposed !== 'EXPOSED' && a.exposed !== 'NONE') add(q, 68, `exposed는 EXPOSED(구매옵션) 또는 NONE(검색옵션)이어야 합니다 (현재 '${text(a.exposed)}').`);
      if (!model || !typeName) continue;
      const f = fieldByName.get(typeName);
      const exposedAttr = a.exposed !== 'NONE';
      if (!f) {
        if (exposedAttr) add(q, 81, `이 카테고리 메타에 없는 구매옵션입니다. 2024-10-10부터 메타에 있는 구매옵션만 등록할 수 있습니다 (자유 옵션 불가).`);
        else add(q, 68, '검색옵션(exposed=NONE)은 카테고리에 있는 필터 이름이어야 합니다.');
        continue;
      }
      if (isBlank(value)) continue;
      const mandatoryLike = f.requiredMandatory && f.exposed;
      const placeholder = PLACEHOLDER_OPTION_VALUES.some((ph) => value.replace(/\s/g, '') === ph.replace(/\s/g, ''));
      if (mandatoryLike && placeholder) {
        const qty = /수량/.test(typeName);
        add(q, qty ? 83 : 82, qty ? `'${value}'은(는) 쓸 수 없습니다. 수량은 '1개'처럼 숫자+단위로 입력하세요 ('없음', '단일상품' 불가).` : `'${value}'은(는) 필수 구매옵션 값으로 쓸 수 없습니다. 메타 형식에 맞는 실제 값을 입력하세요.`);
        continue;
      }
      const problem = optionValueProblem(f, value);
      if (problem) {
        if (mandatoryLike) add(q, f.input === 'select' ? 78 : 82, `${problem} (필수 구매옵션은 메타 형식을 따라야 등록됩니다)`);
        else add(q, 78, `${problem} (형식이 다르면 노출이 제한될 수 있습니다)`, 'warning');
      }
      if (f.exposed !== exposedAttr) add(q, 68, f.exposed ? `이 속성은 구매옵션입니다. exposed를 빼거나 EXPOSED로 보내세요.` : `이 속성은 검색옵션입니다. exposed='NONE'으로 보내세요.`, 'warning');
    }
    if (model) {
      // rule 77 / 85: mandatory purchase options and choose-one groups.
      for (const f of model.purchaseOptions.filter((x) => x.mandatory)) {
        if (!byName.has(f.name)) add(`${p}.attributes.${f.name}`, 77, `필수 구매옵션 '${f.name}'이(가) 비어 있습니다. 필수 구매 옵션 (미입력 시 등록/노출 제한) 존재하지 않습니다.`);
      }
      for (const g of model.groups.filter((x) => x.mandatory)) {
        const present = g.members.filter((m) => byName.has(m));
        if (present.length === 0) add(`${p}.attributes.${g.members[0]}`, 77, `필수 구매옵션 그룹 ${g.groupNumber} (${g.members.join(' / ')}) 중 하나를 입력하세요.`);
        if (present.length > 1) add(`${p}.attributes.${present[1]}`, 77, `그룹 ${g.groupNumber}의 옵션은 하나만 입력합니다 (현재 ${present.join(', ')}).`);
      }
      // rule 79: every MANDATORY attribute, search options included.
      for (const f of model.searchOptions.filter((x) => x.requiredMandatory)) {
        if (!byName.has(f.name)) add(`${p}.attributes.${f.name}`, 79, `카테고리의 필수 속성이 존재하지 않습니다: '${f.name}'을(를) 입력하세요.`);
      }
    }
    const exposedKey = filled
      .filter((a) => a.exposed !== 'NONE')
      .map((a) => `${text(a.attributeTypeName)}=${text(a.attributeValueName)}`)
      .sort()
      .join('|');
    if (exposedKey) exposedCombos.set(exposedKey, [...(exposedCombos.get(exposedKey) ?? []), i]);
    // rule 50: the product name carries no option values.
    const general = text(body.generalProductName);
    if (general && i === 0) {
      for (const a of filled.filter((x) => x.exposed !== 'NONE')) {
        const v = text(a.attributeValueName).trim();
        if (v.length >= 2 && general.includes(v)) add('generalProductName', 50, `제품명에 구매옵션 값('${v}')을 넣지 마세요. 크기·색상 같은 옵션 정보는 옵션으로 입력합니다.`);
      }
    }
    // certifications (91)
    const certs = (Array.isArray(it.certifications) ? it.certifications : []).filter(isObj);
    for (const c of certs) {
      const type = text(c.certificationType);
      const q = `${p}.certifications.${type || '(유형 없음)'}`;
      if (!type) {
        add(`${p}.certifications`, 91, '인증 유형(certificationType)을 고르세요. 인증 대상이 아니면 NOT_REQUIRED.');
        continue;
      }
      if (model) {
        const meta = model.certifications.find((x) => x.type === type);
        if (!meta) add(q, 91, `이 카테고리 메타에 없는 인증 유형입니다. 메타가 제공하는 유형 중에서 고르세요.`);
        else if (meta.needsCode && isBlank(c.certificationCode)) add(q, 91, `'${meta.name}'은(는) 인증기관이 발급한 인증번호(certificationCode)가 필요합니다.`);
      }
    }
    if (model) {
      for (const mc of model.certifications.filter((x) => x.required === 'MANDATORY')) {
        if (!certs.some((c) => c.certificationType === mc.type)) add(`${p}.certifications.${mc.type}`, 91, `필수 인증 '${mc.name}'을(를) 입력하세요.`);
      }
    }
  });
  for (const [name, idx] of itemNames) {
    if (idx.length > 1) add(`items[${idx[1]}].itemName`, update ? 28 : 53, `아이템명 '${name}'이(가) ${idx.map((x) => x + 1).join(', ')}번째 아이템에서 겹칩니다. ${update ? '중복된 아이템 이름이 존재합니다.' : '아이템명은 상품 안에서 유일해야 합니다.'}`);
  }
  for (const [combo, idx] of exposedCombos) {
    if (idx.length > 1) add(`items[${idx[1]}].attributes`, 54, `${idx.map((x) => x + 1).join(', ')}번째 아이템의 구매옵션 값이 모두 같습니다 (${combo.replace(/\|/g, ', ')}). 아이템과 같은 옵션 및 옵션값을 가지고 있는 아이템이 중복으로 존재합니다.`);
  }

  // ── required documents (71, 92, 115) ─────────────────────────────────────
  const docs = (Array.isArray(body.requiredDocuments) ? body.requiredDocuments : []).filter(isObj);
  const firstItem = (isObj(items[0]) ? items[0] : {}) as Json;
  const parallel = items.some((it) => isObj(it) && it.parallelImported === 'PARALLEL_IMPORTED');
  const overseas = items.some((it) => isObj(it) && it.overseasPurchased === 'OVERSEAS_PURCHASED');
  docs.forEach((d, k) => {
    const tn = text(d.templateName);
    const q = `requiredDocuments.${tn || k}`;
    if (!tn) add(`requiredDocuments[${k}].templateName`, 71, '서류 이름(templateName)은 카테고리 메타의 requiredDocumentNames 중 하나여야 합니다.');
    else if (model && !model.documents.some((m) => m.templateName === tn)) add(q, 71, `이 카테고리 메타에 없는 서류입니다. 메타의 서류: ${model.documents.map((m) => m.templateName).join(', ')}.`);
    if (isBlank(d.documentPath) && isBlank(d.vendorDocumentPath)) add(q, 71, '서류 주소(documentPath 또는 vendorDocumentPath)를 입력하세요.');
    for (const key of ['documentPath', 'vendorDocumentPath']) {
      if (len(d[key]) > 150) add(q, 71, `서류 주소는 150자 이내입니다 (현재 ${len(d[key])}자).`);
      const ext = isBlank(d[key]) ? null : extensionOf(text(d[key]));
      if (ext && !DOCUMENT_EXTENSIONS.includes(ext)) add(q, 71, `서류 파일은 PDF, HWP, DOC, DOCX, TXT, PNG, JPG, JPEG(5MB 이하)만 됩니다 (현재 .${ext}).`);
    }
    if (!isBlank(d.vendorDocumentPath)) {
      const bad = urlProblem(text(d.vendorDocumentPath).trim());
      if (bad) add(q, 64, bad);
    }
  });
  const hasDoc = (name: string) => docs.some((d) => text(d.templateName) === name && (!isBlank(d.documentPath) || !isBlank(d.vendorDocumentPath)));
  if (model) {
    for (const m of model.documents) {
      const needed = m.when === 'always' || (m.when === 'parallelImported' && parallel) || (m.when === 'overseasPurchased' && overseas);
      if (needed && !hasDoc(m.templateName)) {
        add(`requiredDocuments.${m.templateName}`, 92, m.when === 'always' ? '필수 구비서류입니다. 필수 구비서류를 모두 등록 해 주세요.' : `${m.when === 'parallelImported' ? '병행수입' : '해외구매대행'} 상품은 이 서류가 필수입니다. 필수 구비서류를 모두 등록 해 주세요.`);
      }
    }
  }
  const importDoc = '수입신고필증(병행수입 선택시)';
  if (parallel && !hasDoc(importDoc) && !(model && model.documents.some((m) => m.templateName === importDoc))) {
    add(`requiredDocuments.${importDoc}`, 115, '병행수입 상품은 수입신고필증(병행수입 선택시)을 vendorDocumentPath로 함께 보내야 합니다.');
  }
  void firstItem;

  // ── delivery and returns (101-112, 128-129, 139, 143) ───────────────────
  const method = text(body.deliveryMethod);
  if (isBlank(body.deliveryMethod)) add('deliveryMethod', 'SPEC', '배송방법을 고르세요.');
  else if (!(method in DELIVERY_METHODS)) add('deliveryMethod', 'SPEC', `${Object.keys(DELIVERY_METHODS).join(', ')} 중 하나여야 합니다 (현재 '${method}'; INSTRUCTURE·MAKE_ORDER_DIRECT는 VENDOR_DIRECT로 통합).`);
  if (method === 'MAKE_ORDER' && isBlank(body.extraInfoMessage)) add('extraInfoMessage', 72, '주문제작 상품은 구매자에게 보일 주문제작 안내 메시지를 입력하세요 (발주서에는 나오지 않습니다).', 'warning');
  if (isBlank(body.deliveryCompanyCode)) add('deliveryCompanyCode', 'SPEC', '택배사를 고르세요.');
  const chargeType = text(body.deliveryChargeType);
  const charge = numberOf(body.deliveryCharge) ?? 0;
  const freeOver = numberOf(body.freeShipOverAmount) ?? 0;
  const onReturn = numberOf(body.deliveryChargeOnReturn) ?? 0;
  const returnCharge = numberOf(body.returnCharge);
  for (const k of ['deliveryCharge', 'freeShipOverAmount', 'deliveryChargeOnReturn', 'returnCharge']) {
    const v = numberOf(body[k]);
    if (isBlank(body[k])) add(k, 'SPEC', '필수 금액입니다 (해당 없으면 0).');
    else if (v === null || v < 0 || !Number.isInteger(v)) add(k, 'SPEC', '0 이상의 정수(원)여야 합니다.');
  }
  if (isBlank(body.deliveryChargeType)) add('deliveryChargeType', 'SPEC', '배송비 종류를 고르세요.');
  else if (chargeType in LEGACY_CHARGE_TYPES) {
    const amount = LEGACY_CHARGE_TYPES[chargeType];
    add('deliveryChargeType', 104, `예전 배송비 종류입니다. 조건부 무료배송(CONDITIONAL_FREE)을 쓰세요.`, 'warning');
    if (freeOver !== amount || onReturn !== 0) add('freeShipOverAmount', 104, `배송비 종류가 ${amount}이상 무료배송이면 조건부무료가 ${amount}원, 초도배송비가 0원 입니다.`);
  } else if (!(chargeType in DELIVERY_CHARGE_TYPES)) add('deliveryChargeType', 'SPEC', `FREE, NOT_FREE, CHARGE_RECEIVED, CONDITIONAL_FREE 중 하나여야 합니다 (현재 '${chargeType}').`);
  if (chargeType === 'FREE') {
    if (charge !== 0 || freeOver !== 0) add(charge !== 0 ? 'deliveryCharge' : 'freeShipOverAmount', 101, '배송비 종류가 무료 배송이면 기본배송비, 조건부무료가 0원입니다.');
    if (onReturn <= 0) add('deliveryChargeOnReturn', 101, '무료배송이면 반품 시 고객이 내는 초도반품배송비(편도)를 입력하세요.');
  }
  if (chargeType === 'NOT_FREE') {
    if (charge <= 0) add('deliveryCharge', 102, '유료배송이면 기본 배송비를 입력하세요.');
    if (freeOver !== 0) add('freeShipOverAmount', 102, '배송비 종류가 유료 배송이면 조건부무료가 0원 입니다.');
    if (onReturn !== 0) add('deliveryChargeOnReturn', 102, '유료배송이면 초도반품배송비는 0원입니다 (반품 시 기본배송비+반품배송비를 받습니다).');
  }
  if (chargeType === 'CONDITIONAL_FREE') {
    if (charge <= 0) add('deliveryCharge', 103, '조건부 무료배송이면 기본 배송비를 입력하세요.');
    if (freeOver <= 0) add('freeShipOverAmount', 103, '조건부 무료배송이면 무료배송 기준 금액을 입력하세요.');
    else if (freeOver < 100 || freeOver % 100 !== 0) add('freeShipOverAmount', 103, `무료배송 조건 금액은 100원 단위입니다 (현재 ${freeOver}원).`);
    if (onReturn !== 0) add('deliveryChargeOnReturn', 103, '조건부 무료배송이면 초도반품배송비는 0원이어야 합니다.');
  }
  if (chargeType === 'CHARGE_RECEIVED') add('deliveryChargeType', 105, '착불배송은 쿠팡이 허용한 카테고리에서만 쓸 수 있습니다 (판매자콜센터 안내 목록).', 'warning');
  if (returnCharge !== null && returnCharge <= 0 && chargeType !== 'CHARGE_RECEIVED') add('returnCharge', 106, '반품배송비(편도)를 입력하세요.');
  // rule 106: the bound is stated for 일반배송 (SEQUENCIAL) products with free shipping, where a return
  // costs the buyer deliveryChargeOnReturn + returnCharge (rule 107).
  if (chargeType === 'FREE' && (method === 'SEQUENCIAL' || method === '') && onReturn > 0 && returnCharge !== null && (returnCharge < onReturn || returnCharge > onReturn * 1.5)) {
    add('returnCharge', 106, `일반배송상품의 경우, 반품배송비는 초도반품비의 100%~150%까지만 입력가능합니다. 반품배송비를 변경해주세요 (초도반품비 ${onReturn}원 → ${onReturn}~${Math.floor(onReturn * 1.5)}원, 현재 ${returnCharge}원).`);
  }
  if (!['Y', 'N'].includes(body.remoteAreaDeliverable)) add('remoteAreaDeliverable', 'SPEC', 'Y 또는 N이어야 합니다.');
  if (!['UNION_DELIVERY', 'NOT_UNION_DELIVERY'].includes(body.unionDeliveryType)) add('unionDeliveryType', 'SPEC', 'UNION_DELIVERY 또는 NOT_UNION_DELIVERY여야 합니다.');
  if (body.unionDeliveryType === 'UNION_DELIVERY' && chargeType === 'CHARGE_RECEIVED') add('unionDeliveryType', 109, '묶음배송은 착불배송과 함께 쓸 수 없습니다.');
  const outboundCode = text(body.outboundShippingPlaceCode).trim();
  if (!outboundCode) add('outboundShippingPlaceCode', body.unionDeliveryType === 'UNION_DELIVERY' ? 109 : 128, body.unionDeliveryType === 'UNION_DELIVERY' ? '묶음배송은 같은 출고지 상품끼리만 가능하므로 출고지가 필요합니다.' : '출고지를 고르세요. 출고지는 상품 등록 전에 만들어 두어야 합니다.');
  const returnCode = text(body.returnCenterCode).trim();
  if (!returnCode) add('returnCenterCode', 128, `반품지를 고르세요. 택배사 계약이 없으면 ${NO_RETURN_CENTERCODE}로 등록하고 반품 주소를 직접 입력합니다.`);
  for (const k of ['returnChargeName', 'companyContactNumber', 'returnZipCode', 'returnAddress', 'returnAddressDetail']) {
    if (isBlank(body[k])) add(k, returnCode === NO_RETURN_CENTERCODE ? 139 : 'SPEC', returnCode === NO_RETURN_CENTERCODE ? '반품지 없이 등록할 때는 반품 주소를 직접 입력해야 합니다.' : '반품지 정보입니다. 반품지를 고르면 채워집니다.');
  }
  if (ctx.places) {
    const ob = ctx.places.outbound.find((o) => o.code === outboundCode);
    if (outboundCode && !ob) add('outboundShippingPlaceCode', 129, `출고지 코드 ${outboundCode}은(는) 이 계정의 출고지가 아닙니다. 출고지 조회로 받은 코드를 쓰세요.`);
    if (ob && !ob.usable) add('outboundShippingPlaceCode', 130, `출고지 '${ob.name}'은(는) 사용안함 상태입니다.`);
    if (ob && body.remoteAreaDeliverable === 'Y' && !ob.remoteCouriers.includes(text(body.deliveryCompanyCode))) {
      add('deliveryCompanyCode', 110, `[택배사 코드]를 확인해 주세요. 도서산간 배송(Y)이면 출고지 '${ob.name}'에 도서산간 배송비가 등록된 택배사만 쓸 수 있습니다 (${ob.remoteCouriers.join(', ') || '등록된 택배사 없음'}).`);
    }
    if (ob && method === 'AGENT_BUY' && !ob.global) add('outboundShippingPlaceCode', 112, '구매대행(AGENT_BUY) 상품의 출고지는 해외 주소여야 합니다.');
    if (returnCode && returnCode !== NO_RETURN_CENTERCODE) {
      const rp = ctx.places.returns.find((r) => r.code === returnCode);
      if (!rp) add('returnCenterCode', 129, `올바른 반품지 센터코드를 입력 하세요. (${returnCode}은(는) 이 계정의 반품지가 아닙니다)`);
      else if (!rp.usable) add('returnCenterCode', 143, `반품지 '${rp.name}'은(는) 사용안함 상태입니다. 다른 반품지를 고르세요.`);
    }
  }

  // ── modify (24-33) ──────────────────────────────────────────────────────
  if (update) out.push(...validateModify(body, ctx.original ?? null));
  return collapse(out);
}

const APPROVED_STATUSES = ['승인완료', '부분승인완료', 'APPROVED', 'PARTIAL_APPROVED'];

/** Rules of the approval-required modify (rules 21, 24-33), comparing the body with the GET answer. */
export function validateModify(body: Json, original: Json | null): ProductIssue[] {
  const out: ProductIssue[] = [];
  const add = (field: string, rule: number, msg: string, severity: 'error' | 'warning' = 'error') => out.push(issue(field, rule, msg, severity));
  if (isBlank(body.sellerProductId)) add('sellerProductId', 24, '수정할 상품의 등록상품ID(sellerProductId)가 필요합니다. 상품 조회 결과를 그대로 고쳐 보내세요.');
  if (!original) return out;
  if (!isBlank(original.displayCategoryCode) && text(original.displayCategoryCode) !== text(body.displayCategoryCode)) {
    add('displayCategoryCode', 30, '등록 후에는 카테고리를 바꿀 수 없습니다. 새로 등록하거나 Wing 온라인 문의로 요청하세요.');
  }
  if (isObj(original.bundleInfo) && JSON.stringify(original.bundleInfo) !== JSON.stringify(body.bundleInfo ?? original.bundleInfo)) {
    add('bundleInfo', 34, '번들(혼합구성) 정보는 추가한 뒤에는 수정할 수 없습니다.');
  }
  const approved = APPROVED_STATUSES.includes(text(original.statusName));
  const before: Json[] = (Array.isArray(original.items) ? original.items : []).filter(isObj);
  const after: Json[] = (Array.isArray(body.items) ? body.items : []).filter(isObj);
  if (before.length === 1 && after.length > 1) add('items', 29, '단일상품(옵션 1개)으로 등록한 상품에는 수정으로 옵션을 추가할 수 없습니다. 삭제 후 새로 등록하세요.');
  for (const b of before) {
    const id = text(b.sellerProductItemId);
    const match = after.find((a) => id && text(a.sellerProductItemId) === id);
    if (!match) {
      const sameName = after.find((a) => text(a.itemName) === text(b.itemName));
      if (sameName) add('items', 26, `아이템 '${text(b.itemName)}'의 sellerProductItemId/vendorItemId가 빠졌습니다. 판매중인 상품은 삭제할 수 없습니다.`);
      else if (!isBlank(b.vendorItemId)) add('items', 25, `승인된 아이템 '${text(b.itemName)}'을(를) 뺐습니다. vendorItem로 생성된 아이템은 삭제가 불가능합니다 — 판매중지하세요.`);
      continue;
    }
    const idx = after.indexOf(match);
    if (!isBlank(b.vendorItemId) && isBlank(match.vendorItemId)) add(`items[${idx}].vendorItemId`, 26, '기존 아이템의 vendorItemId를 지우면 안 됩니다. 판매중인 상품은 삭제할 수 없습니다.');
    if (!isBlank(b.offerCondition) && text(match.offerCondition || 'NEW') !== text(b.offerCondition)) add(`items[${idx}].offerCondition`, 33, '상품 상태(offerCondition)는 등록 후 바꿀 수 없습니다.');
    const beforeAttrs = (Array.isArray(b.attributes) ? b.attributes : []).filter(isObj);
    const afterAttrs = (Array.isArray(match.attributes) ? match.attributes : []).filter(isObj);
    const missing = beforeAttrs.filter((x) => !afterAttrs.some((y) => text(y.attributeTypeName) === text(x.attributeTypeName)));
    if (missing.length) add(`items[${idx}].attributes`, 27, `필수 옵션이(${missing.map((m) => text(m.attributeTypeName)).join(',')}) 입력되지 않았습니다 — 조회 결과의 모든 속성(빈 값 포함)을 그대로 다시 보내세요.`);
    if (approved || !isBlank(b.vendorItemId)) {
      for (const x of beforeAttrs) {
        if (isBlank(x.attributeValueName)) continue;
        const y = afterAttrs.find((z) => text(z.attributeTypeName) === text(x.attributeTypeName));
        if (y && text(y.attributeValueName) !== text(x.attributeValueName)) {
          add(`items[${idx}].attributes.${text(x.attributeTypeName)}`, 32, `승인 후에는 속성을 추가만 할 수 있고 바꿀 수 없습니다 ('${text(x.attributeValueName)}' → '${text(y.attributeValueName)}').`);
        }
      }
      for (const k of ['salePrice', 'originalPrice', 'maximumBuyCount'] as const) {
        if (numberOf(match[k]) !== numberOf(b[k])) add(`items[${idx}].${k}`, 21, '승인된 아이템의 판매가·정가·재고는 상품 수정으로 바뀌지 않습니다. 상품 관리의 가격·재고 일괄 수정을 쓰세요.', 'warning');
      }
    }
  }
  const names = after.map((a) => text(a.itemName));
  const dup = names.find((nm, i) => nm && names.indexOf(nm) !== i);
  if (dup) add('items', 28, `중복된 아이템 이름이 존재합니다: '${dup}'.`);
  return out;
}

/** Issues of the rules that need nothing but the body, for a quick check while typing. */
export function hasErrors(issues: readonly ProductIssue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

export { type FormModel };

/**
 * rule 63: the representative image is square, and images are 500×500 to 5000×5000 px. Sizes are
 * known only where something measured them (the wizard's preview), so this is separate from the body.
 */
export function imageSizeIssues(field: string, representative: boolean, width: number, height: number): ProductIssue[] {
  const out: ProductIssue[] = [];
  if (representative && width !== height) out.push(issue(field, 63, `대표이미지는 정사각형이어야 합니다 (현재 ${width}×${height}px).`));
  if (width < 500 || height < 500 || width > 5000 || height > 5000) out.push(issue(field, 63, `이미지 크기는 500×500 ~ 5000×5000px입니다 (현재 ${width}×${height}px).`));
  return out;
}
