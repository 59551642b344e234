import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';

/** Postgres returns numeric as text to keep precision; weights and scores are small enough for a double. */
const numeric = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

export enum ReferentialVersionStatus {
  DRAFT = 'draft',
  PUBLISHED = 'published',
}

/** A tenant's self-assessment referential; its content lives in versions. */
@Entity({ schema: 'assessment', name: 'referentials' })
export class Referential extends TenantEntity {
  @Column('text')
  code: string;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;
}

/** One version of a referential: editable while a draft, frozen once published. */
@Entity({ schema: 'assessment', name: 'referential_versions' })
export class ReferentialVersion extends TenantEntity {
  @Column('uuid', { name: 'referential_id' })
  referentialId: string;

  @Column('int')
  number: number;

  @Column('text')
  status: ReferentialVersionStatus;

  /** The CSV layout the version was imported with, so that it exports back to it. */
  @Column('text', { name: 'csv_columns', array: true })
  csvColumns: string[];

  @Column('timestamptz', { name: 'published_at', nullable: true })
  publishedAt: Date | null;
}

/** A domain, sub-domain or criterion (a node without children) of a version's tree. */
@Entity({ schema: 'assessment', name: 'referential_nodes' })
export class ReferentialNode extends TenantEntity {
  @Column('uuid', { name: 'version_id' })
  versionId: string;

  @Column('text')
  code: string;

  @Column('text', { name: 'parent_code', nullable: true })
  parentCode: string | null;

  @Column('int')
  position: number;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  guidance: string | null;

  @Column('numeric', { nullable: true, transformer: numeric })
  points: number | null;

  @Column('numeric', { nullable: true, transformer: numeric })
  percentage: number | null;

  @Column('text', { nullable: true })
  category: string | null;

  @Column('text', { name: 'organisation_types', array: true })
  organisationTypes: string[];

  @Column('jsonb', { name: 'level_descriptions' })
  levelDescriptions: Record<string, string>;

  @Column('jsonb')
  extra: Record<string, string>;
}

/** One step of a version's maturity scale, e.g. 2 « engagé », worth 50. */
@Entity({ schema: 'assessment', name: 'maturity_levels' })
export class MaturityLevel extends TenantEntity {
  @Column('uuid', { name: 'version_id' })
  versionId: string;

  @Column('int')
  level: number;

  @Column('text')
  label: string;

  @Column('numeric', { transformer: numeric })
  score: number;
}
