import { Inject, Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import {
  ALLIANCE_CONFIG,
  AuditLog,
  type AllianceConfig,
  badInput,
  Outbox,
  revokeTokens,
  UnitOfWork,
} from '@alliance/platform';
import { UserRepository } from '../user/user.repository';
import { RefreshTokenRepository } from '../session/refresh-token.repository';
import {
  checkPasswordStrength,
  hashPassword,
  hashToken,
  normalizeEmail,
  randomToken,
} from '../shared/secrets';
import { passwordResetMail } from '../shared/mail-templates';
import { PasswordReset } from './password-reset.entity';

const RESET_MINUTES = 60;

@Injectable()
export class PasswordResetService {
  constructor(
    @Inject(ALLIANCE_CONFIG) private readonly config: AllianceConfig,
    private readonly uow: UnitOfWork,
    private readonly users: UserRepository,
    private readonly refreshTokens: RefreshTokenRepository,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
  ) {}

  private async repo() {
    return (await this.uow.manager()).getRepository(PasswordReset);
  }

  /** Always answers true: whether an account exists is not for a stranger to learn. */
  async request(rawEmail: string): Promise<boolean> {
    const email = normalizeEmail(rawEmail);
    const user = await this.users.findByEmail(email);
    if (!user) return true;
    const token = randomToken();
    const repo = await this.repo();
    const reset = await repo.save(
      repo.create({
        userId: user.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
        usedAt: null,
      }),
    );
    await this.outbox.publish({
      type: 'mail.send',
      payload: {
        key: `password-reset-${reset.id}`,
        message: passwordResetMail({ to: email, link: `${this.config.publicUrl}/reset-password/${token}` }),
      },
    });
    await this.audit.record({
      action: 'password.reset-request',
      objectType: 'user',
      objectId: user.id,
      actorUserId: user.id,
    });
    return true;
  }

  async reset(token: string, password: string): Promise<boolean> {
    const repo = await this.repo();
    const reset = await repo.findOne({
      where: { tokenHash: hashToken(token) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!reset) throw badInput('Ce lien de réinitialisation n’est pas valide.', 'token');
    if (reset.usedAt) throw badInput('Ce lien a déjà servi : demandez-en un nouveau.', 'token');
    if (reset.expiresAt.getTime() <= Date.now())
      throw badInput('Ce lien a expiré : demandez-en un nouveau.', 'token');
    checkPasswordStrength(password);
    await this.users.update(reset.userId, { passwordHash: await hashPassword(password) });
    await repo.update({ id: reset.id }, { usedAt: new Date() });
    await repo.update({ userId: reset.userId, usedAt: IsNull() }, { usedAt: new Date() });
    // Whoever knew the old password loses every session.
    await this.refreshTokens.revokeForUser(reset.userId, null);
    await revokeTokens(await this.uow.manager(), reset.userId, null);
    await this.audit.record({
      action: 'password.reset',
      objectType: 'user',
      objectId: reset.userId,
      actorUserId: reset.userId,
    });
    return true;
  }
}
