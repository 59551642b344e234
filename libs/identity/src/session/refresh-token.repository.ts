import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { UnitOfWork } from '@alliance/platform';
import { RefreshToken } from './refresh-token.entity';

@Injectable()
export class RefreshTokenRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private async repo() {
    return (await this.uow.manager()).getRepository(RefreshToken);
  }

  async insert(
    data: Omit<RefreshToken, 'id' | 'createdAt' | 'rotatedAt' | 'revokedAt'>,
  ): Promise<RefreshToken> {
    const repo = await this.repo();
    return repo.save(repo.create({ ...data, rotatedAt: null, revokedAt: null }));
  }

  /** Locks the row so that two refreshes racing with the same token cannot both succeed. */
  async findByHashForUpdate(tokenHash: string): Promise<RefreshToken | null> {
    return (await this.repo())
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.tokenHash = :tokenHash', { tokenHash })
      .getOne();
  }

  async markRotated(id: string): Promise<void> {
    await (await this.repo()).update({ id }, { rotatedAt: new Date() });
  }

  async revokeFamily(familyId: string): Promise<void> {
    await (await this.repo()).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeForUser(userId: string, tenantId: string | null): Promise<void> {
    const where = tenantId ? { userId, tenantId, revokedAt: IsNull() } : { userId, revokedAt: IsNull() };
    await (await this.repo()).update(where, { revokedAt: new Date() });
  }
}
