import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity, type TenantRole } from '@alliance/platform';
import { User } from '../user/user.entity';

export enum MembershipStatus {
  ACTIVE = 'active',
  REMOVED = 'removed',
}

/** A user's place in one tenant, with the role it grants. */
@Entity({ schema: 'identity', name: 'memberships' })
export class Membership extends TenantEntity {
  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { eager: false })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column('text')
  role: TenantRole;

  @Column('text', { default: MembershipStatus.ACTIVE })
  status: MembershipStatus;
}
