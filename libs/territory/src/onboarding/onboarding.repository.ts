import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { paginate, UnitOfWork, type Page, type PageArgs } from '@alliance/platform';
import { Onboarding } from './onboarding.entity';

/** Onboardings are platform-wide (the tenant does not exist yet), so this is not a tenant-scoped repository. */
@Injectable()
export class OnboardingRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private async repo() {
    return (await this.uow.manager()).getRepository(Onboarding);
  }

  async findById(id: string): Promise<Onboarding | null> {
    return (await this.repo()).findOne({ where: { id } });
  }

  /** An onboarding not failed that holds the slug. */
  async liveWithSlug(slug: string): Promise<Onboarding | null> {
    return (await this.repo())
      .createQueryBuilder('o')
      .where('o.slug = :slug and o.status <> :failed', { slug, failed: 'failed' })
      .getOne();
  }

  /** Null when a live onboarding already holds the slug (`onboardings_live_slug_idx`). */
  async insertUnlessSlugLive(data: Partial<Onboarding>): Promise<Onboarding | null> {
    const repo = await this.repo();
    try {
      return await repo.save(repo.create(data));
    } catch (error) {
      if (error instanceof QueryFailedError && isLiveSlugViolation(error)) return null;
      throw error;
    }
  }

  async update(id: string, data: Partial<Onboarding>): Promise<void> {
    await (await this.repo()).update({ id }, data);
  }

  /** Operators see every onboarding; anyone else only those they asked for. */
  async page(args: PageArgs, requestedBy?: string): Promise<Page<Onboarding>> {
    const qb = (await this.repo()).createQueryBuilder('o');
    if (requestedBy) qb.where('o.requestedBy = :requestedBy', { requestedBy });
    return paginate(qb, 'o', args, 20);
  }
}

function isLiveSlugViolation(error: QueryFailedError): boolean {
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === 'onboardings_live_slug_idx';
}
