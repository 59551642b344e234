import { Column, Entity } from 'typeorm';
import { TenantEntity, type TenantRole } from '@alliance/platform';

export enum InvitationStatus {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  REVOKED = 'revoked',
  EXPIRED = 'expired',
}

/** An e-mail invitation to join a tenant with a role; the link's token is stored only as a hash. */
@Entity({ schema: 'identity', name: 'invitations' })
export class Invitation extends TenantEntity {
  @Column('text')
  email: string;

  @Column('text')
  role: TenantRole;

  @Column('text', { name: 'token_hash', select: false })
  tokenHash: string;

  @Column('text', { default: InvitationStatus.PENDING })
  status: InvitationStatus;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;

  @Column('uuid', { name: 'invited_by', nullable: true })
  invitedBy: string | null;

  @Column('timestamptz', { name: 'accepted_at', nullable: true })
  acceptedAt: Date | null;
}
