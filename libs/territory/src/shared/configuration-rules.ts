import { badInput } from '@alliance/platform';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** Codes are what imports, exports and other documents refer to: short, stable, readable. */
export function normalizeCode(raw: string, field = 'code'): string {
  const code = raw.trim();
  if (!CODE.test(code)) {
    throw badInput(
      `Le code « ${raw} » n’est pas valide : 1 à 40 caractères, lettres, chiffres, points, tirets ou soulignés (ex. « ENERGIE » ou « 9.2 »).`,
      field,
    );
  }
  return code;
}

export function normalizeLabel(raw: string, max: number, field = 'label'): string {
  const label = raw.trim();
  if (!label) throw badInput('Indiquez un libellé.', field);
  if (label.length > max) throw badInput(`Le libellé dépasse ${max} caractères.`, field);
  return label;
}

/**
 * A reordering names every active item of the list exactly once: a partial or stale list (another admin
 * added an item meanwhile) would otherwise leave two items at the same position.
 */
export function checkReorder(
  requested: readonly string[],
  current: readonly { id: string; label: string }[],
): void {
  const seen = new Set<string>();
  for (const id of requested) {
    if (seen.has(id)) throw badInput(`L’élément ${id} apparaît deux fois dans le nouvel ordre.`, 'ids');
    seen.add(id);
  }
  const known = new Set(current.map((item) => item.id));
  const unknown = requested.find((id) => !known.has(id));
  if (unknown) {
    throw badInput(`L’élément ${unknown} ne fait pas partie de cette liste (ou est archivé).`, 'ids');
  }
  const missing = current.find((item) => !seen.has(item.id));
  if (missing) {
    throw badInput(
      `Le nouvel ordre doit inclure « ${missing.label} » : la liste a peut-être changé, rechargez-la.`,
      'ids',
    );
  }
}

export interface TreeNode {
  id: string;
  parentId: string | null;
  code: string;
}

/**
 * The codes from `id` up to the root if `id` were placed under `newParentId`, or the offending path when
 * that would make `id` its own ancestor.
 */
export function findCycle(
  nodes: readonly TreeNode[],
  id: string,
  newParentId: string | null,
): string[] | null {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const path: string[] = [byId.get(id)?.code ?? id];
  let cursor = newParentId;
  const visited = new Set<string>();
  while (cursor) {
    const node = byId.get(cursor);
    if (!node) return null;
    path.push(node.code);
    if (cursor === id) return path.reverse();
    if (visited.has(cursor)) return path.reverse();
    visited.add(cursor);
    cursor = node.parentId;
  }
  return null;
}
