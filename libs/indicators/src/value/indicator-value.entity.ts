import { Column, Entity, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '@alliance/platform';
import { numericTransformer } from '../catalogue/catalogue-entry.entity';

export enum ValueKind {
  OBSERVED = 'observed',
  ESTIMATED = 'estimated',
  TARGET = 'target',
}

/**
 * One value of an indicator for a year: territory-wide, for a sector, or contributed by an organisation.
 * Read from the view of the stored series (one row per value); written through `IndicatorValueRepository`.
 */
@Entity({ schema: 'indicators', name: 'indicator_values' })
export class IndicatorValue extends TenantEntity {
  /** The series (indicator, kind, sector, organisation) the value belongs to. */
  @Column('uuid', { name: 'series_id' })
  seriesId: string;
  @Column('text', { name: 'indicator_code' })
  indicatorCode: string;
  @Column('int')
  year: number;
  @Column('text')
  kind: ValueKind;
  /** Empty for the territory-wide value. */
  @Column('text', { default: '' })
  sector: string;
  @Column('uuid', { name: 'organisation_id', nullable: true })
  organisationId: string | null;
  /** Null only for a computed value whose required inputs are missing; `missingReason` says which. */
  @Column('numeric', { nullable: true, transformer: numericTransformer })
  value: number | null;
  @Column('boolean', { default: false })
  computed: boolean;
  @Column('text', { name: 'missing_reason', nullable: true })
  missingReason: string | null;
  @Column('text', { nullable: true })
  source: string | null;
  @Column('uuid', { name: 'entered_by', nullable: true })
  enteredBy: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
