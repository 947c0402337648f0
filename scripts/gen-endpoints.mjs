#!/usr/bin/env node
// Generates the client's own endpoint table and typed per-domain functions from the Coupang API
// reference, so the app never needs ../shared at run time. Output is committed; rerun after the
// reference changes:
//   node scripts/gen-endpoints.mjs [endpointsDir=../shared/coupang-api/endpoints] [outDir]
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = resolve(root, process.argv[2] ?? '../shared/coupang-api/endpoints');
const outDir = process.argv[3] ? resolve(process.argv[3]) : join(root, 'electron/coupang/endpoints');

const DOMAIN_ORDER = ['orders', 'returns', 'exchanges', 'cs', 'settlement', 'rocketgrowth', 'products', 'categories', 'places', 'coupons', 'cashback'];

// POST endpoints that only look things up: safe to retry like a GET.
const READ_POSTS = new Set(['returns.listWithdrawalsByIds', 'categories.recommend']);

// Endpoints the docs say return large answers or take long: they get X-EXTENDED-TIMEOUT by default.
const LARGE = new Set([
  'orders.listByDay',
  'orders.listByMinute',
  'returns.listRequests',
  'exchanges.listRequests',
  'products.create',
  'products.update',
  'products.createRocketGrowth',
  'products.updateRocketGrowth',
  'settlement.listRevenueHistory',
  'settlement.listSettlementHistories',
]);

// Query values that are part of what the endpoint is (they tell colliding paths apart or are
// constants of the call), so callers never pass them.
const FIXED_QUERY = {
  'orders.listByMinute': { searchType: 'timeFrame' },
  'coupons.getInstantCouponItemByCouponItemId': { type: 'couponItemId' },
  'coupons.getInstantCouponItemByVendorItemId': { type: 'vendorItemId' },
  'coupons.expireInstantCoupon': { action: 'expire' },
  'coupons.removeInstantCouponItems': { action: 'expire' },
  'products.listRocketGrowth': { businessTypes: 'rocketGrowth' },
};

// Required parameters whose first-page value is the empty string (`token=`).
const EMPTY_DEFAULT_QUERY = { 'settlement.listRevenueHistory': ['token'] };

// Keep identical to isIdKey in electron/coupang/json.ts (a unit test checks they agree).
const EXTRA_ID_KEYS = new Set([
  'outboundShippingPlaceCode',
  'returnCenterCode',
  'returnCenterCodes',
  'displayCategoryCode',
  'displayItemCategoryCode',
  'placeCodes',
]);
const isIdKey = (k) => k === 'id' || /(Id|Ids|ID|IDs)$/.test(k) || EXTRA_ID_KEYS.has(k);

const NUMERIC = new Set(['Number', 'Long', 'Integer']);
const IDENT = /^[A-Za-z_$][\w$]*$/;

const pascal = (s) => s.replace(/(^|[.\-_ ])(\w)/g, (_m, _p, c) => c.toUpperCase());
const prop = (name) => (IDENT.test(name) ? name : JSON.stringify(name));
const lit = (v) => JSON.stringify(v);
const isWrapperName = (n) => n.startsWith('(');

function readEndpoints() {
  const files = readdirSync(srcDir).filter((f) => f.endsWith('.json')).sort();
  const all = [];
  for (const f of files) all.push(...JSON.parse(readFileSync(join(srcDir, f), 'utf8')));
  return all;
}

function dedupe(nodes) {
  const seen = new Set();
  return (nodes ?? []).filter((n) => {
    if (seen.has(n.name)) return false;
    seen.add(n.name);
    return true;
  });
}

/** Element type of an array without children, judged from its description or example. */
function primitiveArrayElement(node, example) {
  if (isIdKey(node.name)) return 'string';
  if (Array.isArray(example) && example.length) {
    if (example.every((x) => typeof x === 'number')) return 'number';
    if (example.every((x) => typeof x === 'string')) return 'string';
  }
  const d = node.description ?? '';
  if (/\bnumbers?\b|\(Number/i.test(d)) return 'number';
  if (/\bstrings?\b/i.test(d)) return 'string';
  return 'unknown';
}

/** Whether a childless array holds numbers on the wire (IDs included, which the caller passes as strings). */
function primitiveArrayIsNumeric(node, example) {
  if (Array.isArray(example) && example.length) return example.every((x) => typeof x === 'number');
  return /\bnumbers?\b|\(Number/i.test(node.description ?? '');
}

function exampleAt(example, name) {
  if (example && typeof example === 'object' && !Array.isArray(example)) return example[name];
  if (Array.isArray(example) && example.length && typeof example[0] === 'object') return example[0]?.[name];
  return undefined;
}

/**
 * TypeScript type for one tree node. mode 'response': every field optional and plain strings
 * (enums in answers are often incomplete); mode 'body': required flags kept, enums offered as
 * suggestions, vendorId optional (the client fills it in).
 */
function typeOf(node, mode, indent, example) {
  const t = node.type;
  const kids = dedupe(node.children);
  if (t === 'Object') return kids.length ? objectType(kids, mode, indent, example) : 'Record<string, unknown>';
  if (t === 'Array') {
    if (kids.length) return `Array<${objectType(kids, mode, indent, Array.isArray(example) ? example[0] : undefined)}>`;
    return `${primitiveArrayElement(node, example)}[]`;
  }
  if (NUMERIC.has(t)) return isIdKey(node.name) ? 'string' : 'number';
  if (t === 'Boolean') return 'boolean';
  if (t === 'null') return 'null';
  if (t === 'String' && mode === 'body' && Array.isArray(node.enum) && node.enum.length) {
    return `${node.enum.map(lit).join(' | ')} | (string & {})`;
  }
  return 'string';
}

function objectType(nodes, mode, indent, example) {
  const pad = '  '.repeat(indent + 1);
  const lines = nodes.map((n) => {
    const optional = mode === 'response' || !n.required || (mode === 'body' && indent === 0 && n.name === 'vendorId');
    return `${pad}${prop(n.name)}${optional ? '?' : ''}: ${typeOf(n, mode, indent + 1, exampleAt(example, n.name))};`;
  });
  return `{\n${lines.join('\n')}\n${'  '.repeat(indent)}}`;
}

/** The type of `CoupangResult.data`: the envelope's data node when there is one, else the body. */
function responseType(ep) {
  const nodes = dedupe(ep.response);
  if (!nodes.length) return 'unknown';
  if (nodes.length === 1 && isWrapperName(nodes[0].name)) return typeOf(nodes[0], 'response', 0, ep.responseExample);
  const data = nodes.find((n) => n.name === 'data');
  if (data) return typeOf(data, 'response', 0, exampleAt(ep.responseExample, 'data'));
  return objectType(nodes, 'response', 0, ep.responseExample);
}

function bodyType(ep) {
  const nodes = dedupe(ep.body);
  if (!nodes.length) return 'Record<string, unknown>';
  if (nodes.length === 1 && isWrapperName(nodes[0].name)) return typeOf(nodes[0], 'body', 0, ep.requestExample);
  return objectType(nodes, 'body', 0, ep.requestExample);
}

/** Body paths whose documented type is a number, in catalog notation (`a[].b`, `[].c`). */
function numericBodyPaths(ep) {
  const out = [];
  const walk = (nodes, prefix, example) => {
    for (const n of dedupe(nodes)) {
      const wrapper = isWrapperName(n.name);
      const path = wrapper ? prefix : prefix ? `${prefix}.${n.name}` : n.name;
      const ex = wrapper ? example : exampleAt(example, n.name);
      if (NUMERIC.has(n.type)) out.push(path);
      else if (n.type === 'Array' && n.children?.length) walk(n.children, `${path}[]`, Array.isArray(ex) ? ex[0] : undefined);
      else if (n.type === 'Array' && primitiveArrayIsNumeric(n, ex)) out.push(`${path}[]`);
      else if (n.type === 'Object' && n.children?.length) walk(n.children, path, ex);
    }
  };
  walk(ep.body, '', ep.requestExample);
  return out;
}

function paramTsType(p, inPath) {
  if (isIdKey(p.name)) return inPath ? 'string' : 'string | string[]';
  if (NUMERIC.has(p.type)) return 'number | string';
  if (p.type === 'Boolean') return 'boolean';
  if (Array.isArray(p.enum) && p.enum.length) return `${p.enum.map(lit).join(' | ')} | (string & {})`;
  return 'string | string[]';
}

function docComment(p, pad) {
  const bits = [p.description, p.format ? `형식: ${p.format}` : null, p.example !== undefined ? `예: ${p.example}` : null].filter(Boolean);
  if (!bits.length) return '';
  return `${pad}/** ${bits.join(' — ').replace(/\*\//g, '* /').replace(/\s+/g, ' ')} */\n`;
}

function meta(ep) {
  const fixed = FIXED_QUERY[ep.id] ?? {};
  const empties = EMPTY_DEFAULT_QUERY[ep.id] ?? [];
  const seenQ = new Set();
  const query = (ep.queryParams ?? [])
    .filter((q) => (seenQ.has(q.name) ? false : seenQ.add(q.name)))
    .map((q) => ({
      name: q.name,
      required: !!q.required,
      ...(fixed[q.name] !== undefined ? { fixed: fixed[q.name] } : {}),
      ...(empties.includes(q.name) ? { emptyDefault: true } : {}),
    }));
  const bodyNodes = dedupe(ep.body);
  return {
    id: ep.id,
    domain: ep.domain,
    nameKo: ep.nameKo,
    method: ep.method,
    path: ep.path,
    pathParams: [...new Set((ep.pathParams ?? []).map((p) => p.name))],
    queryParams: query,
    read: ep.method === 'GET' || READ_POSTS.has(ep.id),
    large: LARGE.has(ep.id),
    hasBody: bodyNodes.length > 0,
    bodyIsArray: bodyNodes.length === 1 && isWrapperName(bodyNodes[0].name),
    bodyVendorId: bodyNodes.some((n) => n.name === 'vendorId'),
    numericBodyPaths: numericBodyPaths(ep),
  };
}

function checkPathParams(ep) {
  const inPath = [...ep.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const declared = [...new Set((ep.pathParams ?? []).map((p) => p.name))].sort();
  if (inPath.join() !== declared.join()) throw new Error(`${ep.id}: path params ${inPath} vs declared ${declared}`);
}

function genCatalog(endpoints) {
  const metas = endpoints.map(meta);
  const body = metas.map((m) => `  ${lit(m.id)}: ${JSON.stringify(m)},`).join('\n');
  return `// Generated by scripts/gen-endpoints.mjs from the Coupang API reference — do not edit by hand.
// The client's own endpoint table: it must not need the reference files at run time.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export interface QueryParamMeta {
  readonly name: string;
  readonly required: boolean;
  /** Sent with this value on every call; callers do not pass it. */
  readonly fixed?: string;
  /** Required, and '' is the right value when the caller has none (first page). */
  readonly emptyDefault?: boolean;
}

export interface EndpointMeta {
  readonly id: string;
  readonly domain: string;
  readonly nameKo: string;
  readonly method: HttpMethod;
  /** Newest documented path with {placeholders}. */
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly QueryParamMeta[];
  /** Safe to repeat: GET, or a POST that only looks things up. */
  readonly read: boolean;
  /** Large or slow answers: X-EXTENDED-TIMEOUT is sent by default. */
  readonly large: boolean;
  readonly hasBody: boolean;
  readonly bodyIsArray: boolean;
  /** The body has a top-level vendorId, filled from the credentials when missing. */
  readonly bodyVendorId: boolean;
  /** Body fields documented as numbers; digit strings there are sent as JSON numbers. */
  readonly numericBodyPaths: readonly string[];
}

export const ENDPOINTS = {
${body}
} as const satisfies Record<string, EndpointMeta>;

export type EndpointId = keyof typeof ENDPOINTS;

export const ENDPOINT_IDS = Object.keys(ENDPOINTS) as EndpointId[];

export function getEndpoint(id: string): EndpointMeta | undefined {
  return Object.prototype.hasOwnProperty.call(ENDPOINTS, id) ? (ENDPOINTS as Record<string, EndpointMeta>)[id] : undefined;
}

export function isEndpointId(id: string): id is EndpointId {
  return getEndpoint(id) !== undefined;
}

/** Response fields documented as numbers but typed as string IDs (checked against isIdKey in tests). */
export const NUMERIC_ID_FIELDS: readonly string[] = ${JSON.stringify(collectNumericIdFields(endpoints))};
`;
}

function collectNumericIdFields(endpoints) {
  const s = new Set();
  const walk = (nodes) => {
    for (const n of nodes ?? []) {
      if (NUMERIC.has(n.type) && isIdKey(n.name)) s.add(n.name);
      walk(n.children);
    }
  };
  for (const ep of endpoints) walk(ep.response);
  return [...s].sort();
}

function genDomain(domain, endpoints) {
  const apiName = `${pascal(domain)}Api`;
  const out = [];
  out.push(`// Generated by scripts/gen-endpoints.mjs from the Coupang API reference — do not edit by hand.`);
  out.push(`// Typed calls for the ${domain} endpoints. IDs are strings; response types are the documented`);
  out.push(`// trees (partial where the docs are), every field optional. Query and path values are given raw`);
  out.push(`// (\`2025-07-15+09:00\`, not the docs' \`%2B\` examples): the client encodes them exactly once.`);
  out.push(`import type { CallOptions, CoupangResult } from '../types';`);
  out.push(`import type { EndpointInvoker } from './invoke';`);
  out.push('');
  const fns = [];
  for (const ep of endpoints) {
    const base = pascal(ep.id);
    const fixed = FIXED_QUERY[ep.id] ?? {};
    const empties = EMPTY_DEFAULT_QUERY[ep.id] ?? [];
    const params = [];
    const seen = new Set(['vendorId']);
    for (const p of ep.pathParams ?? []) {
      if (seen.has(p.name)) continue;
      seen.add(p.name);
      params.push({ ...p, required: true, inPath: true });
    }
    for (const q of ep.queryParams ?? []) {
      if (seen.has(q.name) || fixed[q.name] !== undefined) continue;
      seen.add(q.name);
      params.push({ ...q, required: !!q.required && !empties.includes(q.name) });
    }
    const m = meta(ep);
    const hasParams = params.length > 0;
    const paramsOptional = params.every((p) => !p.required);
    const dataType = `${base}Data`;
    out.push(`/** ${ep.nameKo} — ${ep.method} ${ep.path} */`);
    if (hasParams) {
      out.push(`export interface ${base}Params {`);
      for (const p of params) {
        out.push(docComment(p, '  ') + `  ${prop(p.name)}${p.required ? '' : '?'}: ${paramTsType(p, !!p.inPath)};`);
      }
      out.push('}');
    }
    if (m.hasBody) out.push(`export type ${base}Body = ${bodyType(ep)};`);
    out.push(`export type ${dataType} = ${responseType(ep)};`);
    out.push('');

    const id = lit(ep.id);
    let sig;
    let call;
    if (hasParams && m.hasBody) {
      sig = `(params: ${base}Params & { body: ${base}Body }, options?: CallOptions)`;
      call = `const { body, ...rest } = params;\n      return invoke<${dataType}>(${id}, rest, body, options);`;
    } else if (hasParams) {
      sig = `(params${paramsOptional ? '?' : ''}: ${base}Params, options?: CallOptions)`;
      call = `return invoke<${dataType}>(${id}, ${paramsOptional ? 'params ?? {}' : 'params'}, undefined, options);`;
    } else if (m.hasBody) {
      sig = `(body: ${base}Body, options?: CallOptions)`;
      call = `return invoke<${dataType}>(${id}, {}, body, options);`;
    } else {
      sig = `(options?: CallOptions)`;
      call = `return invoke<${dataType}>(${id}, {}, undefined, options);`;
    }
    const fname = ep.id.split('.')[1];
    fns.push(`    /** ${ep.nameKo} */\n    ${fname}${sig}: Promise<CoupangResult<${dataType}>> {\n      ${call}\n    },`);
  }
  out.push(`export function create${apiName}(invoke: EndpointInvoker) {`);
  out.push('  return {');
  out.push(fns.join('\n'));
  out.push('  };');
  out.push('}');
  out.push('');
  out.push(`export type ${apiName} = ReturnType<typeof create${apiName}>;`);
  out.push('');
  return out.join('\n');
}

function genIndex(domains) {
  const lines = [
    '// Generated by scripts/gen-endpoints.mjs — do not edit by hand.',
    ...domains.map((d) => `import { create${pascal(d)}Api } from './${d}';`),
    "import type { EndpointInvoker } from './invoke';",
    '',
    'export function createDomainApis(invoke: EndpointInvoker) {',
    '  return {',
    ...domains.map((d) => `    ${d}: create${pascal(d)}Api(invoke),`),
    '  };',
    '}',
    '',
    'export type DomainApis = ReturnType<typeof createDomainApis>;',
    '',
  ];
  return lines.join('\n');
}

const endpoints = readEndpoints();
const ids = new Set();
for (const ep of endpoints) {
  if (ids.has(ep.id)) throw new Error(`duplicate id ${ep.id}`);
  ids.add(ep.id);
  checkPathParams(ep);
}
const domains = [...new Set(endpoints.map((e) => e.domain))].sort((a, b) => {
  const ia = DOMAIN_ORDER.indexOf(a);
  const ib = DOMAIN_ORDER.indexOf(b);
  return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
});
const ordered = domains.flatMap((d) => endpoints.filter((e) => e.domain === d));

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'catalog.ts'), genCatalog(ordered));
for (const d of domains) writeFileSync(join(outDir, `${d}.ts`), genDomain(d, ordered.filter((e) => e.domain === d)));
writeFileSync(join(outDir, 'index.ts'), genIndex(domains));
process.stdout.write(`${ordered.length} endpoints, ${domains.length} domains -> ${outDir}\n`);
