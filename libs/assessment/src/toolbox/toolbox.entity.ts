import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';

export enum ResourceKind {
  GUIDE = 'guide',
  FINANCING = 'financing',
  CONTACT = 'contact',
  TRAINING = 'training',
}

/** A concrete help of the toolbox: a guide, a financing aid, a contact or a training. */
@Entity({ schema: 'assessment', name: 'toolbox_resources' })
export class ToolboxResource extends TenantEntity {
  @Column('text')
  kind: ResourceKind;

  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  description: string | null;

  @Column('text', { nullable: true })
  url: string | null;

  /** Theme codes of the territory's configuration. */
  @Column('text', { array: true })
  themes: string[];
}

/** Recommends a resource to organisations answering a criterion at `maxLevel` or below. */
@Entity({ schema: 'assessment', name: 'resource_links' })
export class ResourceLink extends TenantEntity {
  @Column('uuid', { name: 'resource_id' })
  resourceId: string;

  @Column('uuid', { name: 'referential_id' })
  referentialId: string;

  @Column('text', { name: 'criterion_code' })
  criterionCode: string;

  @Column('int', { name: 'max_level' })
  maxLevel: number;
}
