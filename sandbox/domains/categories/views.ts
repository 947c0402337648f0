// Response objects of the category list/query APIs with the fields and key order of the
// documented examples. Note the documented spelling difference: the full list (listAll) answers
// displayCategoryCode, the one-node query and the Rocket Growth list answer displayItemCategoryCode.
import { categoryNode, ROOT_CODE } from './tree';
import type { CategoryNode } from './types';

type CodeKey = 'displayCategoryCode' | 'displayItemCategoryCode';

interface TreeView {
  [key: string]: unknown;
  child: TreeView[];
}

function nested(node: CategoryNode, key: CodeKey, rootStatus: string): TreeView {
  return {
    [key]: node.code,
    name: node.name,
    status: node.code === ROOT_CODE ? rootStatus : node.status,
    child: node.children.map((c) => nested(categoryNode(c)!, key, rootStatus)),
  };
}

// The tree never changes while the sandbox runs, so both renderings are built once.
let full: TreeView | undefined;
let rocketGrowth: TreeView | undefined;

/** categories.listAll: the whole tree; the documented example's ROOT has status READY. */
export function fullTreeView(): TreeView {
  full ??= nested(categoryNode(ROOT_CODE)!, 'displayCategoryCode', 'READY');
  return full;
}

/** categories.listRocketGrowth: same tree, documented with displayItemCategoryCode and an ACTIVE ROOT. */
export function rocketGrowthTreeView(): TreeView {
  rocketGrowth ??= nested(categoryNode(ROOT_CODE)!, 'displayItemCategoryCode', 'ACTIVE');
  return rocketGrowth;
}

/** categories.get: one node and its direct children only (each with child []). */
export function oneLevelView(node: CategoryNode) {
  return {
    displayItemCategoryCode: node.code,
    name: node.name,
    status: node.status,
    child: node.children.map((c) => {
      const child = categoryNode(c)!;
      return { displayItemCategoryCode: child.code, name: child.name, status: child.status, child: [] };
    }),
  };
}
