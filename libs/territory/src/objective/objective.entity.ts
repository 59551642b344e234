import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';

/** A territorial objective: « diviser par 4 les émissions de gaz à effet de serre » by 2050. */
@Entity({ schema: 'territory', name: 'objectives' })
export class Objective extends TenantEntity {
  @Column('text')
  code: string;

  @Column('text')
  label: string;

  @Column('int', { name: 'horizon_year' })
  horizonYear: number;

  @Column('text')
  target: string;

  @Column('uuid', { name: 'theme_id', nullable: true })
  themeId: string | null;

  @Column('int')
  position: number;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt: Date | null;
}
