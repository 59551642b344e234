/** The ids in a new order, with the item at `index` moved one step up (-1) or down (+1). */
export function moved<T extends { id: string }>(items: readonly T[], index: number, delta: -1 | 1): string[] {
  const ids = items.map((item) => item.id);
  const target = index + delta;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return ids;
  const [item] = ids.splice(index, 1);
  ids.splice(target, 0, ...(item ? [item] : []));
  return ids;
}
