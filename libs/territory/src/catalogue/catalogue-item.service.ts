import { Injectable } from '@nestjs/common';
import { AuditLog, badInput, conflict, notFound, requireTenantRole, TenantRole } from '@alliance/platform';
import { checkReorder, normalizeCode, normalizeLabel } from '../shared/configuration-rules';
import { type CatalogueItem, CatalogueKind, ZoneKind } from './catalogue-item.entity';
import { CatalogueItemRepository } from './catalogue-item.repository';

export const KIND_LABELS: Record<CatalogueKind, string> = {
  [CatalogueKind.THEME]: 'thèmes',
  [CatalogueKind.SECTOR]: 'secteurs',
  [CatalogueKind.ZONE]: 'zones géographiques',
  [CatalogueKind.ORGANISATION_TYPE]: 'types d’organisation',
};

export interface CatalogueItemData {
  code: string;
  label: string;
  zoneKind?: ZoneKind | null;
  geojson?: Record<string, unknown> | null;
}

const GEOJSON_TYPES = ['Feature', 'FeatureCollection', 'Polygon', 'MultiPolygon', 'Point', 'MultiPoint'];

function checkGeojson(geojson: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (geojson == null) return null;
  if (typeof geojson.type !== 'string' || !GEOJSON_TYPES.includes(geojson.type)) {
    throw badInput(
      `Le contour GeoJSON doit être de type ${GEOJSON_TYPES.join(', ')} (reçu : « ${String(geojson.type)} »).`,
      'geojson',
    );
  }
  if (JSON.stringify(geojson).length > 1_000_000) {
    throw badInput('Le contour GeoJSON dépasse 1 Mo : simplifiez-le.', 'geojson');
  }
  return geojson;
}

/** Themes, sectors, zones and organisation types: edited by admins, read by everyone in the territory. */
@Injectable()
export class CatalogueItemService {
  constructor(
    private readonly items: CatalogueItemRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(kind: CatalogueKind, includeArchived = false): Promise<CatalogueItem[]> {
    requireTenantRole();
    return this.items.list(kind, includeArchived);
  }

  async create(kind: CatalogueKind, data: CatalogueItemData): Promise<CatalogueItem> {
    requireTenantRole(TenantRole.ADMIN);
    const code = normalizeCode(data.code);
    await this.ensureCodeFree(kind, code);
    const zone = this.zoneFields(kind, data);
    const item = await this.items.insert({
      kind,
      code,
      label: normalizeLabel(data.label, 200),
      position: await this.items.nextPosition(kind),
      ...zone,
      archivedAt: null,
    });
    await this.audit.record({
      action: `territory.${kind}.create`,
      objectType: kind,
      objectId: item.id,
      data: { code },
    });
    return item;
  }

  /** A rename keeps the id, so whatever refers to the item follows it. */
  async update(id: string, data: Partial<CatalogueItemData>): Promise<CatalogueItem> {
    requireTenantRole(TenantRole.ADMIN);
    const item = await this.get(id);
    const before = { code: item.code, label: item.label };
    if (data.code !== undefined && data.code !== item.code) {
      const code = normalizeCode(data.code);
      await this.ensureCodeFree(item.kind, code);
      item.code = code;
    }
    if (data.label !== undefined) item.label = normalizeLabel(data.label, 200);
    if (data.zoneKind !== undefined || data.geojson !== undefined) {
      Object.assign(
        item,
        this.zoneFields(item.kind, {
          zoneKind: data.zoneKind === undefined ? item.zoneKind : data.zoneKind,
          geojson: data.geojson === undefined ? item.geojson : data.geojson,
        }),
      );
    }
    const saved = await this.items.save(item);
    await this.audit.record({
      action: `territory.${item.kind}.update`,
      objectType: item.kind,
      objectId: item.id,
      data: { before, after: { code: saved.code, label: saved.label } },
    });
    return saved;
  }

  /**
   * Items are archived, never deleted: other contexts (coalitions, assessments, indicators) keep their
   * id. An archived item leaves the lists offered for new choices; restoring puts it back at the end.
   */
  async setArchived(id: string, archived: boolean): Promise<CatalogueItem> {
    requireTenantRole(TenantRole.ADMIN);
    const item = await this.get(id);
    if (archived === (item.archivedAt !== null)) return item;
    item.archivedAt = archived ? new Date() : null;
    if (!archived) item.position = await this.items.nextPosition(item.kind);
    const saved = await this.items.save(item);
    await this.audit.record({
      action: `territory.${item.kind}.${archived ? 'archive' : 'restore'}`,
      objectType: item.kind,
      objectId: item.id,
      data: { code: item.code },
    });
    return saved;
  }

  async reorder(kind: CatalogueKind, ids: readonly string[]): Promise<CatalogueItem[]> {
    requireTenantRole(TenantRole.ADMIN);
    checkReorder(ids, await this.items.active(kind));
    await this.items.setPositions(ids);
    await this.audit.record({ action: `territory.${kind}.reorder`, objectType: kind, data: { ids } });
    return this.items.list(kind, false);
  }

  private async get(id: string): Promise<CatalogueItem> {
    const item = await this.items.findById(id);
    if (!item) throw notFound('Cet élément de configuration n’existe pas dans ce territoire.');
    return item;
  }

  private async ensureCodeFree(kind: CatalogueKind, code: string): Promise<void> {
    const existing = await this.items.findByCode(kind, code);
    if (existing) {
      throw conflict(
        `Le code « ${code} » est déjà utilisé par « ${existing.label} » dans les ${KIND_LABELS[kind]}${existing.archivedAt ? ' (archivé)' : ''}.`,
        'code',
      );
    }
  }

  private zoneFields(
    kind: CatalogueKind,
    data: Pick<CatalogueItemData, 'zoneKind' | 'geojson'>,
  ): { zoneKind: ZoneKind | null; geojson: Record<string, unknown> | null } {
    if (kind !== CatalogueKind.ZONE) {
      if (data.zoneKind || data.geojson) {
        throw badInput('Seules les zones géographiques ont un type de zone et un contour.', 'zoneKind');
      }
      return { zoneKind: null, geojson: null };
    }
    if (!data.zoneKind) throw badInput('Indiquez le type de zone : ZAE, quartier ou commune.', 'zoneKind');
    return { zoneKind: data.zoneKind, geojson: checkGeojson(data.geojson) };
  }
}
