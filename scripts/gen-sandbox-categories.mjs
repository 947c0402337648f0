// Regenerates the sandbox's category data from the API catalog's real category tables (run from
// the repo root with the catalog beside it: `node scripts/gen-sandbox-categories.mjs`). Output:
//   sandbox/domains/categories/data/tree.ts   every display category node (real leaf codes/paths)
//   sandbox/domains/categories/data/metas.ts  captured meta responses + the real building blocks
//                                             derived metas are assembled from
// The output is committed: the sandbox never reads ../shared at run time.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const TABLES = '../shared/coupang-api/tables';
const OUT = 'sandbox/domains/categories/data';
const read = (name) => JSON.parse(readFileSync(`${TABLES}/${name}`, 'utf8'));

const treeSrc = read('category-tree-real.json');
const realSrc = read('category-meta-real.json');
const samplesSrc = read('category-meta-samples.json');

// ---------------------------------------------------------------------------------------------
// Tree
// ---------------------------------------------------------------------------------------------

/**
 * Top-level codes are documented (categories.get response example); 여성패션/여성의류/티셔츠 come
 * from the Rocket Growth category-list example. Every other internal node code is unknown
 * (category-tree-real.json: "internal (non-leaf) node codes are NOT known"), so internal nodes
 * get codes from a synthetic 7-digit range (9000001+) that no real display category uses.
 */
const KNOWN_INTERNAL = {
  '가구/홈데코': 77834,
  '가전/디지털': 62588,
  도서: 66679,
  '문구/오피스': 79648,
  '반려/애완용품': 65799,
  뷰티: 56112,
  생활용품: 63897,
  '스포츠/레져': 103371,
  식품: 59258,
  '완구/취미': 102984,
  '음반/DVD': 79138,
  자동차용품: 78647,
  주방용품: 80285,
  '출산/유아동': 76844,
  패션의류잡화: 69182,
  '패션의류잡화>여성패션': 69183,
  '패션의류잡화>여성패션>여성의류': 69184,
  '패션의류잡화>여성패션>여성의류>티셔츠': 79268,
};
const SYNTHETIC_START = 9_000_001;

/**
 * Leaves outside leafPathCatalog that the sandbox needs: the real-meta categories whose path the
 * catalog records as 'reconstructed', and the categories documented in examples (recommendation
 * examples, the create example, the set-product FAQ, the 2024-10-24 purchase-option notice).
 * `opts` uses the catalog's own notation; for the documented examples it restates what the docs
 * show (e.g. 58762: 개당 용량 혹은 중량 + 총 수량), marked `assumed` where it is only the
 * pattern of comparable catalog categories.
 */
const EXTRA_LEAVES = [
  { code: 109031, path: '가구/홈데코>수선/수예도구>자수/십자수>십자수DIY패키지>패브릭소품', note: 'real meta; path reconstructed' },
  { code: 103112, path: '완구/취미>STEAM/학습완구>미술/점토>액체괴물/슬라임(완제품)', note: 'real meta; path reconstructed' },
  { code: 78499, path: '가구/홈데코>원예/가드닝>수경재배>마리모', note: 'real meta; path reconstructed' },
  { code: 80094, path: '문구/오피스>미술/화방용품>지류>스케치북/캔버스>스케치북>유아용캐릭터스케치북', note: "real meta; path reconstructed, level 5 ('스케치북') guessed" },
  { code: 78486, path: '가구/홈데코>원예/가드닝>나무/다육식물>토피어리/잔디인형', note: 'real meta; path reconstructed' },
  { code: 70703, path: '패션의류잡화>영유아동 신발/잡화/기타의류(0~17세)>남녀공용잡화>우산/우비>공용 우산', note: 'real meta; path reconstructed' },
  { code: 72882, path: '식품>커피/코코아/라떼>기타분말>라떼분말', note: 'real meta fragment; path reconstructed' },
  { code: 103353, path: '문구/오피스>미술/화방용품>만들기재료>액체괴물/슬라임(만들기재료)', opts: ['수량 [기본단위: 개]', '색상'], note: 'real meta summary (mandatory 수량, 색상); path reconstructed' },
  { code: 58762, path: '식품>생수/음료>생수/탄산수>탄산수/심층수>국산탄산수', opts: ['(택1) 개당 용량 [기본단위: ml]', '(택1) 개당 중량 [기본단위: g]', '총 수량 [기본단위: 개]'], note: 'documented (2024-10-24 purchase-option notice)' },
  { code: 56137, path: '뷰티>스킨>클렌징>클렌징 오일', opts: ['(택1) 개당 용량 [기본단위: ml]', '(택1) 개당 중량 [기본단위: g]', '수량 [기본단위: 개]'], note: 'create example category; path reconstructed; options as in the documented create/query examples' },
  { code: 56180, path: '뷰티>스킨>기초세트>4종 이상 세트', opts: ['수량 [기본단위: 개]'], note: "set-product FAQ (수량 = '1세트')" },
  { code: 63955, path: '생활용품>세제>세탁세제>표백제>분말형', opts: ['(택1) 개당 중량 [기본단위: g]', '(택1) 개당 용량 [기본단위: ml]', '수량 [기본단위: 개]'], note: 'recommendation example; options assumed' },
  { code: 63954, path: '생활용품>세제>세탁세제>표백제>액상형', opts: ['(택1) 개당 용량 [기본단위: ml]', '(택1) 개당 중량 [기본단위: g]', '수량 [기본단위: 개]'], note: 'recommendation example; options assumed' },
  { code: 63922, path: '생활용품>세제>청소세제>락스/살균소독제', opts: ['(택1) 개당 용량 [기본단위: ml]', '(택1) 개당 중량 [기본단위: g]', '수량 [기본단위: 개]'], note: 'recommendation example; path reconstructed; options assumed' },
  { code: 63950, path: '생활용품>세제>섬유유연제>일반 섬유유연제', opts: ['(택1) 개당 용량 [기본단위: ml]', '(택1) 개당 중량 [기본단위: g]', '수량 [기본단위: 개]'], note: 'recommendation example; path reconstructed; options assumed' },
];

const leaves = new Map(); // path -> {code, opts}
for (const [code, path, opts] of treeSrc.leafPathCatalog.rows) leaves.set(path, { code, opts });
for (const e of EXTRA_LEAVES) {
  if (leaves.has(e.path)) throw new Error(`extra leaf ${e.code} collides with ${e.path}`);
  leaves.set(e.path, { code: e.code, opts: e.opts ?? [] });
}
// Real-meta leaves keep the purchase options their meta names (the meta is served verbatim anyway).
const leafCodes = new Set([...leaves.values()].map((l) => l.code));
if (leafCodes.size !== leaves.size) throw new Error('duplicate leaf codes');

const internal = new Map(); // path -> code
for (const [path, code] of Object.entries(KNOWN_INTERNAL)) internal.set(path, code);
const internalPaths = new Set();
for (const path of leaves.keys()) {
  const parts = path.split('>');
  for (let i = 1; i < parts.length; i++) internalPaths.add(parts.slice(0, i).join('>'));
}
for (const path of Object.keys(KNOWN_INTERNAL)) internalPaths.add(path);
for (const path of internalPaths) if (leaves.has(path)) throw new Error(`path is both leaf and internal: ${path}`);
let next = SYNTHETIC_START;
for (const path of [...internalPaths].sort()) if (!internal.has(path)) internal.set(path, next++);

const codeOf = (path) => (path === '' ? 0 : internal.get(path) ?? leaves.get(path).code);
const rows = [];
for (const path of [...internalPaths, ...leaves.keys()].sort()) {
  const parts = path.split('>');
  const parent = codeOf(parts.slice(0, -1).join('>'));
  const leaf = leaves.get(path);
  rows.push([codeOf(path), parent, parts[parts.length - 1], leaf ? 1 : 0, leaf ? leaf.opts.join('|') : '']);
}

mkdirSync(OUT, { recursive: true });
writeFileSync(
  `${OUT}/tree.ts`,
  `// Generated by scripts/gen-sandbox-categories.mjs from tables/category-tree-real.json. Do not edit.
// Leaf codes and names are real (leafPathCatalog + EXTRA_LEAVES of the script); internal nodes use
// the documented top-level codes and otherwise synthetic codes >= ${SYNTHETIC_START}.
import type { CategoryRow } from '../types';

export const SYNTHETIC_CODE_START = ${SYNTHETIC_START};

/** Leaves added beyond leafPathCatalog, with why and how sure their path is. */
export const EXTRA_LEAF_NOTES: Record<number, string> = ${JSON.stringify(Object.fromEntries(EXTRA_LEAVES.map((e) => [e.code, e.note])), null, 1)};

/** [code, parentCode, name, isLeaf (1/0), required purchase options of a leaf ('|'-joined, catalog notation)] */
export const CATEGORY_ROWS: ReadonlyArray<CategoryRow> = [
${rows.map((r) => JSON.stringify(r)).join(',\n')},
];
`,
);

// ---------------------------------------------------------------------------------------------
// Metas
// ---------------------------------------------------------------------------------------------

const captured = {};
for (const c of realSrc.categories) {
  captured[c.displayCategoryCode] = { source: `category-meta-real.json (${c.source.repository ?? 'public repository'}); ${c.completeness}`, meta: c.meta };
}
const doc78877 = samplesSrc.samples.find((s) => s.displayCategoryCode === 78877);
captured[78877] = { source: 'documented response example (카테고리 메타정보 조회, 360034035713)', meta: doc78877.response.data };

// 72882 (라떼분말): three attributes verbatim, the rest restated from the observed summary; notice
// groups whose rows were not captured (농수축산물, 건강기능식품) are left out rather than invented.
const real = (code) => realSrc.categories.find((c) => c.displayCategoryCode === code).meta;
const frag = realSrc.fragments.find((f) => f.displayCategoryCode === 72882);
const [minWeight, premium, animal] = frag.meta.attributes;
const num = (name, basicUnit, usableUnits, required, groupNumber, exposed) => ({ attributeTypeName: name, dataType: 'NUMBER', inputType: 'INPUT', inputValues: [], basicUnit, usableUnits, required, groupNumber, exposed });
const select = (name, values) => ({ attributeTypeName: name, dataType: 'STRING', inputType: 'SELECT', inputValues: values, basicUnit: '없음', usableUnits: [], required: 'OPTIONAL', groupNumber: 'NONE', exposed: 'NONE' });
const noticeOf = (meta, name) => meta.noticeCategories.find((n) => n.noticeCategoryName === name);
const allOptional = real(79669).certifications.map((c) => ({ ...c, required: 'OPTIONAL' }));
const COUNT_UNITS_MANDATORY = ['개', '박스', '세트'];
const VOLUME_UNITS = ['ml', 'L'];
captured[72882] = {
  source: 'category-meta-real.json fragment (3 attributes verbatim) completed from its observed summary',
  meta: {
    isAllowSingleItem: false,
    attributes: [
      minWeight,
      num('최소 용량', 'ml', VOLUME_UNITS, 'MANDATORY', '1', 'EXPOSED'),
      num('개당 수량', '개', COUNT_UNITS_MANDATORY, 'MANDATORY', 'NONE', 'EXPOSED'),
      num('수량', '개', COUNT_UNITS_MANDATORY, 'MANDATORY', 'NONE', 'EXPOSED'),
      num('개당 중량', 'g', ['g', 'kg', 'mg'], 'OPTIONAL', 'NONE', 'NONE'),
      num('개당 용량', 'ml', VOLUME_UNITS, 'OPTIONAL', 'NONE', 'NONE'),
      select('보관방식', ['냉동', '냉장', '실온보관']),
      select('구성', ['단품', '단품세트', '혼합세트']),
      premium,
      animal,
      ...real(79669).attributes.filter((a) => ['Variation MPN', 'Parent MPN', 'GTIN'].includes(a.attributeTypeName)),
    ],
    noticeCategories: [noticeOf(real(103112), '가공식품'), noticeOf(real(79669), '기타 재화')],
    requiredDocumentNames: real(79669).requiredDocumentNames,
    certifications: allOptional,
    allowedOfferConditions: frag.meta.allowedOfferConditions,
    isExpirationDateRequiredForRocketGrowth: frag.meta.isExpirationDateRequiredForRocketGrowth,
  },
};

// Notice groups: identical rows wherever they occur in the 30 real responses.
const noticeLibrary = {};
for (const c of realSrc.categories) {
  for (const n of c.meta.noticeCategories) {
    const rowsOf = n.noticeCategoryDetailNames.map((d) => d.noticeCategoryDetailName);
    const prev = noticeLibrary[n.noticeCategoryName];
    if (prev && JSON.stringify(prev) !== JSON.stringify(rowsOf)) throw new Error(`notice ${n.noticeCategoryName} differs between categories`);
    noticeLibrary[n.noticeCategoryName] = rowsOf;
  }
}

/** Certification lists per top-level group, copied from a real meta of that group. */
const certificationsByGroup = {
  '문구/오피스': real(79669).certifications,
  '완구/취미': real(77342).certifications,
  '가구/홈데코': real(78499).certifications,
  생활용품: real(64687).certifications,
  '스포츠/레져': real(81435).certifications,
  패션의류잡화: real(70703).certifications,
  default: allOptional,
};

const universal = real(79669).attributes.filter((a) => ['수량', 'Variation MPN', 'Parent MPN', 'GTIN'].includes(a.attributeTypeName) && a.required === 'OPTIONAL');

/** usableUnits of mandatory NUMBER options as the real responses give them, by name. */
const mandatoryUnits = {};
for (const c of realSrc.categories) {
  for (const a of c.meta.attributes) if (a.dataType === 'NUMBER' && a.required === 'MANDATORY') mandatoryUnits[a.attributeTypeName] = a.usableUnits;
}
const docCountUnits = doc78877.response.data.attributes.find((a) => a.attributeTypeName === '수량').usableUnits;
const capsuleUnits = samplesSrc.samples.find((s) => s.displayCategoryCode === 27742).response.data.attributes[0].usableUnits;

writeFileSync(
  `${OUT}/metas.ts`,
  `// Generated by scripts/gen-sandbox-categories.mjs from tables/category-meta-real.json and
// tables/category-meta-samples.json. Do not edit.
import type { MetaAttribute, MetaCertification, MetaData, MetaRequiredDocument } from '../types';

/** Meta responses served as they were captured (data object, key order kept). */
export const CAPTURED_METAS: Record<number, { source: string; meta: MetaData }> = ${JSON.stringify(captured)};

/** Notice groups and their rows (every row MANDATORY in the real responses). */
export const NOTICE_LIBRARY: Record<string, string[]> = ${JSON.stringify(noticeLibrary, null, 1)};

/** certifications per top-level group (copied from a real meta of the group); 'default' = all OPTIONAL. */
export const CERTIFICATIONS_BY_GROUP: Record<string, MetaCertification[]> = ${JSON.stringify(certificationsByGroup)};

/** requiredDocumentNames: the same five rows in all 30 real responses. */
export const REQUIRED_DOCUMENT_NAMES: MetaRequiredDocument[] = ${JSON.stringify(real(79669).requiredDocumentNames)};

/** The optional attributes every real response carries (수량 as a search option, Variation MPN, Parent MPN, GTIN). */
export const UNIVERSAL_ATTRIBUTES: MetaAttribute[] = ${JSON.stringify(universal)};

/** usableUnits of mandatory NUMBER purchase options in the real responses, by attribute name. */
export const MANDATORY_UNITS: Record<string, string[]> = ${JSON.stringify({ ...mandatoryUnits, '개당 캡슐/정': capsuleUnits })};

/** The documented count-unit list (meta example 78877, 수량). */
export const DOCUMENTED_COUNT_UNITS: string[] = ${JSON.stringify(docCountUnits)};
`,
);

console.log(`${rows.length} category nodes (${leaves.size} leaves, ${internal.size} internal), ${Object.keys(captured).length} captured metas, ${Object.keys(noticeLibrary).length} notice groups`);
