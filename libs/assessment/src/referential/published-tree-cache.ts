import type { MaturityLevel, ReferentialNode } from './referential.entity';

export interface PublishedTree {
  nodes: ReferentialNode[];
  scale: MaturityLevel[];
}

/**
 * Trees and scales of published versions, which never change (a trigger refuses any write to them), so
 * scoring does not reload a thousand nodes at every save and submission. Keyed by tenant and version: an
 * entry is only ever filled from a read made under that tenant's row-level security.
 */
export class PublishedTreeCache {
  private readonly entries = new Map<string, PublishedTree>();

  constructor(private readonly capacity = 32) {}

  async get(tenantId: string, versionId: string, load: () => Promise<PublishedTree>): Promise<PublishedTree> {
    const key = `${tenantId}:${versionId}`;
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last, so the oldest is evicted first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const tree = await load();
    this.entries.set(key, tree);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return tree;
  }
}
