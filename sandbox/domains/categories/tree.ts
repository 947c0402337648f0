// The display-category tree, built once from the generated rows. It is the same for every vendor
// (Coupang's category list is global), so it lives in module scope, not in per-vendor state.
import { CATEGORY_ROWS } from './data/tree';
import type { CategoryNode } from './types';

export const ROOT_CODE = 0;

/**
 * Category renewals (rules 94, 95) retire codes twice a year; the sandbox marks a handful of real
 * leaves as retired so clients can rehearse the validity check. They stay in the tree with status
 * DISABLED (사용 안함, product-enums displayCategoryStatus), answer "false" on the status API and
 * are refused for new products. The choice of codes is the sandbox's.
 */
export const RETIRED_CODES: ReadonlySet<number> = new Set([
  77908, // 가구/홈데코>가구>거실테이블>온열테이블/코타츠
  80536, // 주방용품>수저/컵/식기>컵/머그/잔>텀블러>텀블러파우치
  79383, // 패션의류잡화>여성패션>여성의류>티셔츠>여성 민소매/나시
  80641, // 주방용품>보온/보냉용품>기타보온보냉소품
  64596, // 생활용품>생활잡화>실내보온용품>기타방풍/열차단용품
]);

function build(): Map<number, CategoryNode> {
  const nodes = new Map<number, CategoryNode>();
  nodes.set(ROOT_CODE, { code: ROOT_CODE, parent: -1, name: 'ROOT', path: [], leaf: false, requiredOptions: [], children: [], status: 'ACTIVE' });
  for (const [code, parent, name, leaf, opts] of CATEGORY_ROWS) {
    nodes.set(code, {
      code,
      parent,
      name,
      path: [],
      leaf: leaf === 1,
      requiredOptions: opts ? opts.split('|') : [],
      children: [],
      status: RETIRED_CODES.has(code) ? 'DISABLED' : 'ACTIVE',
    });
  }
  for (const node of nodes.values()) {
    if (node.code === ROOT_CODE) continue;
    const parent = nodes.get(node.parent);
    if (!parent) throw new Error(`category ${node.code} has no parent ${node.parent}`);
    parent.children.push(node.code);
  }
  // Children in name order, as a seller would browse them; paths resolved top-down.
  const visit = (node: CategoryNode) => {
    node.children.sort((a, b) => nodes.get(a)!.name.localeCompare(nodes.get(b)!.name, 'ko') || a - b);
    for (const c of node.children) {
      const child = nodes.get(c)!;
      child.path = [...node.path, child.name];
      visit(child);
    }
  };
  visit(nodes.get(ROOT_CODE)!);
  return nodes;
}

let cache: Map<number, CategoryNode> | undefined;

export function categoryNodes(): Map<number, CategoryNode> {
  cache ??= build();
  return cache;
}

export function categoryNode(code: number): CategoryNode | undefined {
  return categoryNodes().get(code);
}

/** A leaf that can take new products: a real leaf, not retired. */
export function isUsableLeaf(code: number): boolean {
  const node = categoryNode(code);
  return !!node && node.leaf && node.status === 'ACTIVE';
}

export function pathText(node: CategoryNode): string {
  return node.path.join('>');
}

export function leaves(): CategoryNode[] {
  return [...categoryNodes().values()].filter((n) => n.leaf);
}

/** Parses a path segment such as '78877'; undefined for anything but a non-negative integer. */
export function parseCategoryCode(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d{1,9}$/.test(text.trim())) return undefined;
  return Number(text.trim());
}
