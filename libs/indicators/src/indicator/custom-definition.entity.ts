import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';
import { numericTransformer } from '../catalogue/catalogue-entry.entity';

/** An indicator a territory defines for itself, beside the national catalogue. */
@Entity({ schema: 'indicators', name: 'custom_definitions' })
export class CustomDefinition extends TenantEntity {
  @Column('text')
  code: string;
  @Column('text')
  title: string;
  @Column('text')
  unit: string;
  @Column('text', { name: 'theme_codes', array: true, default: '{}' })
  themeCodes: string[];
  @Column('int', { nullable: true })
  precision: number | null;
  @Column('numeric', { nullable: true, transformer: numericTransformer })
  minimum: number | null;
  @Column('numeric', { nullable: true, transformer: numericTransformer })
  maximum: number | null;
  @Column('text', { nullable: true })
  formula: string | null;
  @Column('text', { nullable: true })
  description: string | null;
}
