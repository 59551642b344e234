import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';

export type SizeBand = 'none' | '1-9' | '10-49' | '50-249' | '250-4999' | '5000+';

/** An actor of the territory [acteur, structure]: a company, an association, a public body, a commune… */
@Entity({ schema: 'community', name: 'organisations' })
export class Organisation extends TenantEntity {
  @Column('text')
  name: string;

  /** Code of one of the territory's organisation types. */
  @Column('text', { name: 'type_code' })
  typeCode: string;

  @Column('text', { nullable: true })
  siren: string | null;

  @Column('text', { nullable: true })
  siret: string | null;

  @Column('text', { name: 'sector_codes', array: true })
  sectorCodes: string[];

  @Column('text', { name: 'zone_codes', array: true })
  zoneCodes: string[];

  @Column('text', { name: 'size_band', nullable: true })
  sizeBand: SizeBand | null;

  @Column('text', { nullable: true })
  address: string | null;

  @Column('text', { nullable: true })
  postcode: string | null;

  @Column('text', { nullable: true })
  city: string | null;

  @Column('text', { nullable: true })
  website: string | null;

  @Column('text', { nullable: true })
  description: string | null;

  /** Shown on the territory's public pages only when the organisation opts in. */
  @Column('boolean', { name: 'public_profile' })
  publicProfile: boolean;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;
}

/** A person who acts for an organisation; one person may represent several. */
@Entity({ schema: 'community', name: 'representatives' })
export class Representative extends TenantEntity {
  @Column('uuid', { name: 'organisation_id' })
  organisationId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;
}

export type JoinRequestStatus = 'pending' | 'approved' | 'refused';

/** A member asks to represent an existing organisation; a representative or an animator decides. */
@Entity({ schema: 'community', name: 'join_requests' })
export class JoinRequest extends TenantEntity {
  @Column('uuid', { name: 'organisation_id' })
  organisationId: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @Column('text', { nullable: true })
  message: string | null;

  @Column('text')
  status: JoinRequestStatus;

  @Column('uuid', { name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;
}

export type ImportStatus = 'queued' | 'running' | 'done' | 'failed';

export interface ImportRowError {
  /** Line of the file, the header being line 1. */
  line: number;
  field: string | null;
  message: string;
}

/** An animator's CSV import of organisations, run as a job; its report lists every faulty row. */
@Entity({ schema: 'community', name: 'organisation_imports' })
export class OrganisationImport extends TenantEntity {
  @Column('text', { name: 'file_name' })
  fileName: string;

  /** The file itself, read only by the job. */
  @Column('text', { select: false })
  content: string;

  @Column('text')
  status: ImportStatus;

  @Column('int', { name: 'total_rows' })
  totalRows: number;

  @Column('int', { name: 'processed_rows' })
  processedRows: number;

  @Column('int', { name: 'created_rows' })
  createdRows: number;

  @Column('int', { name: 'skipped_rows' })
  skippedRows: number;

  @Column('jsonb')
  errors: ImportRowError[];

  @Column('uuid', { name: 'requested_by' })
  requestedBy: string;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;
}
