import { Injectable } from '@nestjs/common';
import { RequestContext, TenantRepository, UnitOfWork } from '@alliance/platform';
import { DeclaredImpact } from './declared-impact.entity';

@Injectable()
export class DeclaredImpactRepository extends TenantRepository<DeclaredImpact> {
  constructor(uow: UnitOfWork) {
    super(uow, DeclaredImpact);
  }

  async byIndicators(codes: readonly string[]): Promise<DeclaredImpact[]> {
    if (codes.length === 0) return [];
    return (await this.query('i'))
      .andWhere('i.indicatorCode in (:...codes)', { codes: [...codes] })
      .orderBy('i.year')
      .addOrderBy('i.id')
      .getMany();
  }

  /** A redelivered or corrected declaration replaces the previous one under the same impact reference. */
  async upsert(impact: Omit<DeclaredImpact, 'id' | 'tenantId' | 'createdAt'>): Promise<void> {
    await (
      await this.manager()
    ).query(
      `insert into indicators.declared_impacts (tenant_id, impact_ref, action_ref, action_title, indicator_code, quantity, unit, year)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict (tenant_id, impact_ref) do update set action_ref = excluded.action_ref,
         action_title = excluded.action_title, indicator_code = excluded.indicator_code,
         quantity = excluded.quantity, unit = excluded.unit, year = excluded.year`,
      [
        RequestContext.tenantId(),
        impact.impactRef,
        impact.actionRef,
        impact.actionTitle,
        impact.indicatorCode,
        impact.quantity,
        impact.unit,
        impact.year,
      ],
    );
  }

  async withdraw(impactRef: string): Promise<void> {
    await (
      await this.manager()
    ).query(`delete from indicators.declared_impacts where tenant_id = $1 and impact_ref = $2`, [
      RequestContext.tenantId(),
      impactRef,
    ]);
  }
}
