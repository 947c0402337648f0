// 카테고리 추천 without a model: a keyword index over leaf names, their ancestors' names and the
// attribute words of captured metas. Deterministic: the same name always gives the same leaf.
// Coupang's predictor is an ML model (rule 96); this only has to be sensible and repeatable.
import { CAPTURED_METAS } from './data/metas';
import { categoryNodes } from './tree';
import type { CategoryNode } from './types';

interface IndexedLeaf {
  node: CategoryNode;
  leafTokens: string[];
  parentTokens: string[];
  ancestorTokens: string[];
  attributeTokens: Set<string>;
  units: Set<string>;
}

interface Index {
  leaves: IndexedLeaf[];
  /** In how many leaf names a token appears: rare words weigh more. */
  df: Map<string, number>;
}

const SPLIT = /[\s>/(),·∙&+\-[\]{}:;!?'"“”‘’`~|_.]+/;

export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(SPLIT)
    .map((t) => t.trim())
    .filter((t) => t.length >= 2 && !/^\d+$/.test(t));
}

/** Unit families, so '500ml' in a name favours leaves whose purchase options are measured in ml. */
const UNIT_FAMILY: Record<string, string> = {
  ml: 'ml', l: 'ml', cc: 'ml', 리터: 'ml',
  g: 'g', kg: 'g', mg: 'g',
  cm: 'cm', mm: 'cm', m: 'cm',
  gb: 'MB', tb: 'MB', mb: 'MB',
};

function unitsInName(name: string): Set<string> {
  const out = new Set<string>();
  for (const m of name.toLowerCase().matchAll(/\d+(?:\.\d+)?\s*(ml|l|cc|리터|kg|mg|g|cm|mm|m|gb|tb|mb)(?![a-z])/g)) out.add(UNIT_FAMILY[m[1]]);
  return out;
}

/**
 * A few everyday synonyms sellers use where category names use another word (가루세제 → 분말형).
 * Kept tiny on purpose; the point is a sensible answer for ordinary names, not a thesaurus.
 */
const SYNONYMS: Record<string, string[]> = {
  가루: ['분말'],
  가루세제: ['분말', '세제'],
  액체세제: ['액상', '세제'],
  물병: ['보온', '보냉병'],
  보온병: ['보온', '보냉병'],
  블루투스: ['무선'],
  스텐: ['스테인리스'],
  반팔: ['반소매'],
  긴팔: ['긴소매'],
};

/** Deal words that say nothing about the product type (rule 96: give specific product names). */
const STOPWORDS = new Set(['리필', '용기', '정품', '증정', '특가', '무료배송', '당일발송', '대용량', '인기', '추천', '신상품', '할인', '최저가']);

let cache: Index | undefined;

function buildIndex(): Index {
  const nodes = categoryNodes();
  const leaves: IndexedLeaf[] = [];
  const df = new Map<string, number>();
  for (const node of nodes.values()) {
    if (!node.leaf || node.status !== 'ACTIVE') continue;
    const leafTokens = [...new Set(tokens(node.name))];
    const parentTokens = node.path.length > 1 ? [...new Set(tokens(node.path[node.path.length - 2]))] : [];
    const ancestorTokens = [...new Set(node.path.slice(0, -2).flatMap(tokens))];
    const attributeTokens = new Set<string>();
    const captured = CAPTURED_METAS[node.code];
    if (captured) {
      for (const a of captured.meta.attributes) {
        for (const t of tokens(a.attributeTypeName)) attributeTokens.add(t);
        for (const v of a.inputValues ?? []) for (const t of tokens(v)) attributeTokens.add(t);
      }
    }
    const units = new Set<string>();
    for (const opt of node.requiredOptions) {
      const unit = /\[기본단위:\s*([^\]]+)\]/.exec(opt)?.[1];
      if (unit && UNIT_FAMILY[unit.toLowerCase()]) units.add(UNIT_FAMILY[unit.toLowerCase()]);
    }
    for (const t of leafTokens) df.set(t, (df.get(t) ?? 0) + 1);
    leaves.push({ node, leafTokens, parentTokens, ancestorTokens, attributeTokens, units });
  }
  return { leaves, df };
}

function index(): Index {
  cache ??= buildIndex();
  return cache;
}

/** 1 for an exact token, 0.6 when one contains the other (텀블러 in 보냉텀블러), else 0. */
function matchStrength(query: string, target: string): number {
  if (query === target) return 1;
  if (target.length >= 2 && (target.includes(query) || query.includes(target))) return 0.6;
  return 0;
}

function best(query: string, targets: string[]): { strength: number; token: string | null } {
  let out = { strength: 0, token: null as string | null };
  for (const t of targets) {
    const s = matchStrength(query, t);
    if (s > out.strength) out = { strength: s, token: t };
  }
  return out;
}

export interface Prediction {
  node: CategoryNode;
  score: number;
}

/** Scores below this count as "not enough information". */
const MIN_SCORE = 4;

export function predictCategory(productName: string, extraText = ''): Prediction | undefined {
  const { leaves, df } = index();
  const queryTokens = [...new Set([...tokens(productName), ...tokens(extraText)].filter((t) => !STOPWORDS.has(t)).flatMap((t) => [t, ...(SYNONYMS[t] ?? [])]))];
  if (queryTokens.length === 0) return undefined;
  const units = unitsInName(productName);
  const total = leaves.length;
  const idf = (t: string | null) => (t ? Math.log(1 + total / (df.get(t) ?? 1)) : 1);

  let top: { leaf: IndexedLeaf; score: number } | undefined;
  for (const leaf of leaves) {
    let score = 0;
    const matchedLeafTokens = new Set<string>();
    for (const q of queryTokens) {
      const atLeaf = best(q, leaf.leafTokens);
      if (atLeaf.strength > 0) {
        score += 10 * atLeaf.strength * (idf(atLeaf.token) / 4);
        matchedLeafTokens.add(atLeaf.token!);
      }
      const atParent = best(q, leaf.parentTokens).strength;
      const atAncestor = best(q, leaf.ancestorTokens).strength;
      score += 4 * atParent + 2 * atAncestor;
      if (leaf.attributeTokens.has(q)) score += 1;
    }
    if (score === 0) continue;
    if (leaf.leafTokens.length) score += 3 * (matchedLeafTokens.size / leaf.leafTokens.length);
    for (const u of units) if (leaf.units.has(u)) score += 1.5;
    if (
      !top ||
      score > top.score + 1e-9 ||
      (Math.abs(score - top.score) <= 1e-9 &&
        (leaf.leafTokens.length < top.leaf.leafTokens.length || (leaf.leafTokens.length === top.leaf.leafTokens.length && leaf.node.code < top.leaf.node.code)))
    ) {
      top = { leaf, score };
    }
  }
  if (!top || top.score < MIN_SCORE) return undefined;
  return { node: top.leaf.node, score: top.score };
}
