import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { TenantEntity } from '@alliance/platform';
import type { ConfigurationDocument } from '../configuration/configuration-document';

/** A named bundle of configuration in the platform's library; its content lives in immutable versions. */
@Entity({ schema: 'territory', name: 'templates' })
export class Template {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  code: string;

  @Column('text')
  name: string;

  @Column('text', { nullable: true })
  description: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@Entity({ schema: 'territory', name: 'template_versions' })
export class TemplateVersion {
  @PrimaryColumn('uuid', { name: 'template_id' })
  templateId: string;

  @PrimaryColumn('int')
  version: number;

  @Column('jsonb')
  document: ConfigurationDocument;

  @Column('text', { nullable: true })
  note: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** The template version a territory's configuration was made from. */
@Entity({ schema: 'territory', name: 'configuration_origins' })
export class ConfigurationOrigin extends TenantEntity {
  @Column('uuid', { name: 'template_id' })
  templateId: string;

  @Column('int', { name: 'template_version' })
  templateVersion: number;
}
