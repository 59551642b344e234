import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';

/** An indicator a territory follows: a catalogue code or one of its custom codes. */
@Entity({ schema: 'indicators', name: 'selections' })
export class Selection extends TenantEntity {
  @Column('text', { name: 'indicator_code' })
  indicatorCode: string;
}
