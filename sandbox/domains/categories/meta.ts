// Category meta (categories.getMeta). Two kinds of leaves:
//  - captured: the 30 real responses of tables/category-meta-real.json, the documented example
//    78877 and the completed 72882 fragment, served exactly as captured;
//  - derived: every other leaf. Coupang answers meta for every leaf, so the sandbox assembles one
//    from real parts: the purchase options the real category list names as required for that leaf
//    (with its '(택1)' choose-one groups and basic units), the optional attributes every real
//    response carries, notice groups copied row for row from real responses, the certification
//    list of a real meta of the same top-level group, and the five requiredDocumentNames rows all
//    real responses share. Choices the data does not make (units of a few options, which notice
//    groups a top-level group offers) are commented where they are made.
import { CAPTURED_METAS, CERTIFICATIONS_BY_GROUP, DOCUMENTED_COUNT_UNITS, MANDATORY_UNITS, NOTICE_LIBRARY, REQUIRED_DOCUMENT_NAMES, UNIVERSAL_ATTRIBUTES } from './data/metas';
import { categoryNode } from './tree';
import type { CategoryNode, MetaAttribute, MetaData, MetaNoticeCategory } from './types';

export interface ParsedOption {
  name: string;
  basicUnit: string | null;
  /** '(택1)': one of the options marked so must be entered (groupNumber 1). */
  chooseOne: boolean;
}

/** Catalog notation: `(택1) 개당 중량 [기본단위: g]`, `색상`. */
export function parseRequiredOption(text: string): ParsedOption {
  const m = /^(\(택1\)\s*)?(.*?)(?:\s*\[기본단위:\s*([^\]]+)\])?$/.exec(text.trim())!;
  return { name: m[2].trim(), basicUnit: m[3]?.trim() ?? null, chooseOne: !!m[1] };
}

/**
 * usableUnits of a derived NUMBER purchase option: the real list for that option name when a real
 * response has it as a mandatory option (수량, 총 수량, 개당 중량, 필기구 심 굵기, 내지매수; 개당
 * 캡슐/정 from the documented 27742 example); otherwise the unit family of categories.json's
 * usableUnits description for the basic unit. ml → [ml, L] is the sandbox's choice.
 */
function unitsFor(name: string, basicUnit: string): string[] {
  if (MANDATORY_UNITS[name]) return MANDATORY_UNITS[name];
  switch (basicUnit) {
    case 'g':
      return MANDATORY_UNITS['개당 중량'] ?? ['g', 'kg'];
    case 'ml':
      return ['ml', 'L'];
    case 'cm':
      return ['cm', 'mm'];
    case 'MB':
      return ['KB', 'MB', 'GB', 'TB'];
    case '개':
      return DOCUMENTED_COUNT_UNITS;
    default:
      return [basicUnit];
  }
}

function derivedAttribute(option: ParsedOption): MetaAttribute {
  const isNumber = option.basicUnit !== null;
  return {
    attributeTypeName: option.name,
    dataType: isNumber ? 'NUMBER' : 'STRING',
    inputType: 'INPUT',
    inputValues: [],
    basicUnit: option.basicUnit ?? '없음',
    usableUnits: isNumber ? unitsFor(option.name, option.basicUnit!) : [],
    required: 'MANDATORY',
    groupNumber: option.chooseOne ? '1' : 'NONE',
    exposed: 'EXPOSED',
  };
}

const ETC = '기타 재화';

/**
 * Notice groups offered by a derived leaf. Real responses offer 1-16 groups and 기타 재화 in all
 * but one; the sandbox offers the group matching the top-level category (names and rows exactly
 * as in the real responses) plus 기타 재화. Groups whose rows were never captured (가구, 식품의
 * 농수축산물 ...) are not offered rather than invented.
 */
function noticeGroupsFor(node: CategoryNode): string[] {
  const [top] = node.path;
  const text = node.path.join('>');
  switch (top) {
    case '패션의류잡화':
      if (/신발|슈즈|부츠|샌들|운동화|구두|슬리퍼/.test(text)) return ['구두/신발', ETC];
      if (/가방|백팩|지갑|파우치/.test(text)) return ['가방', ETC];
      if (/잡화|액세서리|모자|벨트|주얼리|시계|양말|우산|장갑|스카프|머플러/.test(text)) return ['패션잡화(모자/벨트/액세서리 등)', ETC];
      return ['의류', ETC];
    case '가구/홈데코':
      return /침구|커튼|이불|베개|매트/.test(text) ? ['침구류/커튼', ETC] : [ETC];
    case '가전/디지털':
      return ['가정용 전기제품(냉장고/세탁기/식기세척기/전자레인지 등)', '소형전자(MP3/전자사전 등)', ETC];
    case '문구/오피스':
      return ['어린이제품', ETC];
    case '완구/취미':
      return /악기/.test(text) ? ['어린이제품', '악기', ETC] : ['어린이제품', ETC];
    case '생활용품':
      return /세제|세정|살균|소독|방향|탈취|살충|방충/.test(text) ? ['생활화학제품', '살생물제품', ETC] : [ETC];
    case '스포츠/레져':
      return ['스포츠용품', ETC];
    case '자동차용품':
      return ['자동차용품 (자동차부품/기타 자동차용품 등)', ETC];
    case '주방용품':
      return ['주방용품', ETC];
    case '식품':
      return ['가공식품', ETC];
    case '뷰티':
      return ['화장품', ETC];
    case '반려/애완용품':
      return /미용|목욕|샴푸/.test(text) ? ['화장품', ETC] : [ETC];
    default:
      return [ETC];
  }
}

/** 103353's observed summary lists its notice groups. */
const NOTICE_OVERRIDES: Record<number, string[]> = {
  103353: ['화장품', '가공식품', '어린이제품', ETC, '생활화학제품'],
};

function noticeCategory(name: string): MetaNoticeCategory {
  const rows = NOTICE_LIBRARY[name];
  if (!rows) throw new Error(`no captured rows for notice group ${name}`);
  return { noticeCategoryName: name, noticeCategoryDetailNames: rows.map((r) => ({ noticeCategoryDetailName: r, required: 'MANDATORY' })) };
}

/**
 * allowedOfferConditions is ['NEW'] in all 30 real responses; the documented example (a car mount)
 * allows all five, so used/refurbished goods are allowed for 가전/디지털 and 자동차용품.
 */
const ALL_OFFER_CONDITIONS = ['NEW', 'REFURBISHED', 'USED_BEST', 'USED_GOOD', 'USED_NORMAL'];

function derivedMeta(node: CategoryNode): MetaData {
  const options = node.requiredOptions.map(parseRequiredOption);
  const mandatory = options.map(derivedAttribute);
  const names = new Set(mandatory.map((a) => a.attributeTypeName));
  const [top] = node.path;
  return {
    // true in 19 of the 30 real responses; with mandatory options present it changes nothing.
    isAllowSingleItem: true,
    attributes: [...mandatory, ...UNIVERSAL_ATTRIBUTES.filter((a) => !names.has(a.attributeTypeName))],
    noticeCategories: (NOTICE_OVERRIDES[node.code] ?? noticeGroupsFor(node)).map(noticeCategory),
    requiredDocumentNames: REQUIRED_DOCUMENT_NAMES,
    certifications: CERTIFICATIONS_BY_GROUP[top] ?? CERTIFICATIONS_BY_GROUP.default,
    allowedOfferConditions: top === '가전/디지털' || top === '자동차용품' ? ALL_OFFER_CONDITIONS : ['NEW'],
    // true only for the food category among the captured responses (72882).
    isExpirationDateRequiredForRocketGrowth: top === '식품',
  };
}

export type MetaKind = 'captured' | 'derived';

/** The meta of a leaf (a fresh copy), or undefined for unknown and non-leaf codes. */
export function categoryMeta(code: number): { kind: MetaKind; meta: MetaData } | undefined {
  const node = categoryNode(code);
  if (!node || !node.leaf) return undefined;
  const captured = CAPTURED_METAS[code];
  const meta = captured ? captured.meta : derivedMeta(node);
  return { kind: captured ? 'captured' : 'derived', meta: structuredClone(meta) };
}

export function capturedMetaCodes(): number[] {
  return Object.keys(CAPTURED_METAS).map(Number);
}
