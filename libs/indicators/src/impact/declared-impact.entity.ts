import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';
import { numericTransformer } from '../catalogue/catalogue-entry.entity';

/** The indicators context's copy of an impact an action declared in community (see ADR on the event). */
@Entity({ schema: 'indicators', name: 'declared_impacts' })
export class DeclaredImpact extends TenantEntity {
  @Column('text', { name: 'impact_ref' })
  impactRef: string;
  @Column('text', { name: 'action_ref' })
  actionRef: string;
  @Column('text', { name: 'action_title', nullable: true })
  actionTitle: string | null;
  @Column('text', { name: 'indicator_code' })
  indicatorCode: string;
  @Column('numeric', { transformer: numericTransformer })
  quantity: number;
  @Column('text')
  unit: string;
  @Column('int')
  year: number;
}
