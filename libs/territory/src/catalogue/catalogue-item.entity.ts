import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';

// Keys are the GraphQL enum values, values what is stored.
export enum CatalogueKind {
  THEME = 'theme',
  SECTOR = 'sector',
  ZONE = 'zone',
  ORGANISATION_TYPE = 'organisation_type',
}

export enum ZoneKind {
  ZAE = 'zae',
  NEIGHBOURHOOD = 'neighbourhood',
  COMMUNE = 'commune',
}

/** A coded label of the territory's own vocabulary: a theme, a sector, a zone or an organisation type. */
@Entity({ schema: 'territory', name: 'catalogue_items' })
export class CatalogueItem extends TenantEntity {
  @Column('text')
  kind: CatalogueKind;

  @Column('text')
  code: string;

  @Column('text')
  label: string;

  @Column('int')
  position: number;

  @Column('text', { name: 'zone_kind', nullable: true })
  zoneKind: ZoneKind | null;

  @Column('jsonb', { nullable: true })
  geojson: Record<string, unknown> | null;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt: Date | null;
}
