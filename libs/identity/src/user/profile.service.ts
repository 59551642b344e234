import { Injectable } from '@nestjs/common';
import { AuditLog, badInput, requireViewer, unauthenticated } from '@alliance/platform';
import { checkPasswordStrength, hashPassword, verifyPassword } from '../shared/secrets';
import type { User } from './user.entity';
import { UserRepository } from './user.repository';

@Injectable()
export class ProfileService {
  constructor(
    private readonly users: UserRepository,
    private readonly audit: AuditLog,
  ) {}

  async update(input: { displayName: string }): Promise<User> {
    const claims = requireViewer();
    const displayName = input.displayName.trim();
    if (displayName.length < 2 || displayName.length > 120) {
      throw badInput('Le nom doit compter entre 2 et 120 caractères.', 'displayName');
    }
    await this.users.update(claims.userId, { displayName });
    await this.audit.record({ action: 'profile.update', objectType: 'user', objectId: claims.userId });
    const user = await this.users.findById(claims.userId);
    if (!user) throw unauthenticated();
    return user;
  }

  async changePassword(input: { currentPassword: string; newPassword: string }): Promise<boolean> {
    const claims = requireViewer();
    const hash = await this.users.passwordHashOf(claims.userId);
    if (!hash || !(await verifyPassword(hash, input.currentPassword))) {
      throw badInput('Le mot de passe actuel est incorrect.', 'currentPassword');
    }
    checkPasswordStrength(input.newPassword, 'newPassword');
    await this.users.update(claims.userId, { passwordHash: await hashPassword(input.newPassword) });
    await this.audit.record({
      action: 'profile.change-password',
      objectType: 'user',
      objectId: claims.userId,
    });
    return true;
  }
}
