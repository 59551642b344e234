import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

const numeric = { from: (v: string | null) => (v === null ? null : Number(v)), to: (v: number | null) => v };

/** A national catalogue definition: platform-wide, the same for every territory. */
@Entity({ schema: 'indicators', name: 'catalogue' })
export class CatalogueEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;
  @Column('text')
  code: string;
  @Column('text')
  title: string;
  @Column('text', { name: 'short_title', nullable: true })
  shortTitle: string | null;
  @Column('text')
  unit: string;
  @Column('text', { array: true })
  parents: string[];
  @Column('text', { array: true })
  themes: string[];
  @Column('text', { array: true })
  categories: string[];
  @Column('int', { nullable: true })
  precision: number | null;
  @Column('numeric', { nullable: true, transformer: numeric })
  minimum: number | null;
  @Column('numeric', { nullable: true, transformer: numeric })
  maximum: number | null;
  @Column('text', { nullable: true })
  formula: string | null;
  @Column('text', { nullable: true })
  description: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export { numeric as numericTransformer };
