import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';
import { numericTransformer } from '../catalogue/catalogue-entry.entity';
import type { Direction, ObjectiveKind } from '../trajectory/trajectory';

/** What a territory aims for on one indicator, where the aim comes from, and who validated it. */
@Entity({ schema: 'indicators', name: 'objectives' })
export class Objective extends TenantEntity {
  @Column('text', { name: 'indicator_code' })
  indicatorCode: string;
  @Column('text')
  kind: ObjectiveKind;
  @Column('int', { name: 'base_year', nullable: true })
  baseYear: number | null;
  @Column('int', { name: 'target_year', nullable: true })
  targetYear: number | null;
  @Column('numeric', { name: 'target_value', nullable: true, transformer: numericTransformer })
  targetValue: number | null;
  @Column('numeric', { name: 'change_percent', nullable: true, transformer: numericTransformer })
  changePercent: number | null;
  @Column('numeric', { name: 'rate_percent', nullable: true, transformer: numericTransformer })
  ratePercent: number | null;
  @Column('text', { nullable: true })
  direction: Direction | null;
  /** SNBC, PREPA, PPA, ZAN, PLUi, PCAET… */
  @Column('text')
  source: string;
  /** The decision or workshop that validated it. */
  @Column('text', { name: 'validated_by', nullable: true })
  validatedBy: string | null;
  @Column('text', { nullable: true })
  label: string | null;
}
