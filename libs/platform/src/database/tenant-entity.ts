import { Column, CreateDateColumn, PrimaryGeneratedColumn } from 'typeorm';

/** Base of every row that belongs to one tenant. The repository sets `tenantId`; nothing else should. */
export abstract class TenantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'tenant_id' })
  tenantId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
