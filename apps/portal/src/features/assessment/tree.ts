import type { ReferentialVersionTreeQuery } from '../../graphql/graphql.generated';

export type TreeNode = ReferentialVersionTreeQuery['referentialVersion']['nodes'][number];

export interface Domain {
  node: TreeNode;
  criteria: TreeNode[];
}

/**
 * The version's top-level domains, each with the criteria under it (at any depth) that apply to the
 * organisation's type: a node restricted to other types hides everything below it.
 */
export function domainsOf(nodes: readonly TreeNode[], organisationType: string | null): Domain[] {
  const byCode = new Map(nodes.map((n) => [n.code, n]));
  const applies = (node: TreeNode): boolean => {
    for (let n: TreeNode | undefined = node; n; n = n.parentCode ? byCode.get(n.parentCode) : undefined) {
      if (
        n.organisationTypes.length &&
        (!organisationType || !n.organisationTypes.includes(organisationType))
      )
        return false;
    }
    return true;
  };
  const topOf = (node: TreeNode): TreeNode => {
    let n = node;
    for (let parent = n.parentCode ? byCode.get(n.parentCode) : undefined; parent;) {
      n = parent;
      parent = n.parentCode ? byCode.get(n.parentCode) : undefined;
    }
    return n;
  };
  const domains = nodes.filter((n) => !n.parentCode).map((node) => ({ node, criteria: [] as TreeNode[] }));
  const byTop = new Map(domains.map((d) => [d.node.code, d]));
  for (const node of nodes) {
    if (node.isCriterion && node.parentCode && applies(node))
      byTop.get(topOf(node).code)?.criteria.push(node);
  }
  return domains.filter((d) => d.criteria.length > 0);
}
