import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';
import type { RowError } from './value-file';

export enum ImportStatus {
  PENDING = 'pending',
  RUNNING = 'running',
  SUCCEEDED = 'succeeded',
  FAILED = 'failed',
}

/** An import of a value file: all rows are written, or none and every faulty row is reported. */
@Entity({ schema: 'indicators', name: 'imports' })
export class IndicatorImport extends TenantEntity {
  @Column('text', { name: 'file_name' })
  fileName: string;
  /** The file as sent, gzipped; read by the import job only. */
  @Column('bytea', { name: 'content_gzip', select: false })
  contentGzip: Buffer;
  @Column('text', { default: ImportStatus.PENDING })
  status: ImportStatus;
  @Column('int', { name: 'total_rows', default: 0 })
  totalRows: number;
  @Column('int', { name: 'processed_rows', default: 0 })
  processedRows: number;
  @Column('int', { name: 'written_rows', default: 0 })
  writtenRows: number;
  @Column('jsonb', { default: [] })
  errors: RowError[];
  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;
  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;
}
