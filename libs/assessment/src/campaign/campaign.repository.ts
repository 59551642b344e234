import { Injectable } from '@nestjs/common';
import { RequestContext, TenantRepository, UnitOfWork, type Page, type PageArgs } from '@alliance/platform';
import { Campaign, CampaignReminder, CampaignTarget } from './campaign.entity';

@Injectable()
export class CampaignRepository extends TenantRepository<Campaign> {
  constructor(uow: UnitOfWork) {
    super(uow, Campaign);
  }

  async pageAll(args: PageArgs): Promise<Page<Campaign>> {
    return this.page(await this.query('c'), 'c', args);
  }

  /**
   * Per campaign: its targets and those who submitted on its version within its period, in one query
   * whatever the number of campaigns.
   */
  async responseCounts(
    campaignIds: readonly string[],
  ): Promise<Map<string, { targets: number; responded: number }>> {
    if (campaignIds.length === 0) return new Map();
    const rows: { campaign_id: string; targets: number; responded: number }[] = await (
      await this.manager()
    ).query(
      `select c.id as campaign_id,
              count(t.id)::int as targets,
              count(t.id) filter (where exists (
                select 1 from assessment.self_assessments a
                 where a.tenant_id = c.tenant_id and a.organisation_id = t.organisation_id
                   and a.version_id = c.version_id and a.status = 'submitted'
                   and a.submitted_at >= c.opens_on and a.submitted_at < c.closes_on + 1))::int as responded
         from assessment.campaigns c
         left join assessment.campaign_targets t on t.tenant_id = c.tenant_id and t.campaign_id = c.id
        where c.tenant_id = $1 and c.id = any($2)
        group by c.id`,
      [RequestContext.tenantId(), [...campaignIds]],
    );
    return new Map(rows.map((r) => [r.campaign_id, { targets: r.targets, responded: r.responded }]));
  }

  /** Targets of a campaign that have not submitted on its version within its period. */
  async pendingTargets(campaign: Campaign): Promise<CampaignTarget[]> {
    return (await this.manager())
      .getRepository(CampaignTarget)
      .createQueryBuilder('t')
      .where('t.tenantId = :tenantId and t.campaignId = :campaignId', {
        tenantId: RequestContext.tenantId(),
        campaignId: campaign.id,
      })
      .andWhere(
        `not exists (select 1 from assessment.self_assessments a where a.tenant_id = t.tenant_id
           and a.organisation_id = t.organisation_id and a.version_id = :versionId and a.status = 'submitted'
           and a.submitted_at >= :opensOn and a.submitted_at < (:closesOn::date + 1))`,
        { versionId: campaign.versionId, opensOn: campaign.opensOn, closesOn: campaign.closesOn },
      )
      .orderBy('t.organisationName', 'ASC')
      .getMany();
  }
}

@Injectable()
export class CampaignTargetRepository extends TenantRepository<CampaignTarget> {
  constructor(uow: UnitOfWork) {
    super(uow, CampaignTarget);
  }

  async addMissing(
    campaignId: string,
    targets: Omit<CampaignTarget, 'id' | 'tenantId' | 'createdAt' | 'campaignId'>[],
  ) {
    if (targets.length === 0) return;
    const tenantId = RequestContext.tenantId();
    await (
      await this.manager()
    )
      .createQueryBuilder()
      .insert()
      .into(CampaignTarget)
      .values(targets.map((t) => ({ ...t, tenantId, campaignId })))
      .orUpdate(
        ['organisation_name', 'organisation_type', 'contact_email'],
        ['tenant_id', 'campaign_id', 'organisation_id'],
      )
      .execute();
  }
}

@Injectable()
export class CampaignReminderRepository extends TenantRepository<CampaignReminder> {
  constructor(uow: UnitOfWork) {
    super(uow, CampaignReminder);
  }
}
