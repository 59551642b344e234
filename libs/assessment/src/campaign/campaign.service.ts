import { Inject, Injectable } from '@nestjs/common';
import {
  ALLIANCE_CONFIG,
  type AllianceConfig,
  AuditLog,
  badInput,
  notFound,
  Outbox,
  type Page,
  type PageArgs,
  requireTenantRole,
  TenantRole,
} from '@alliance/platform';
import { ReferentialVersionStatus } from '../referential/referential.entity';
import { ReferentialVersionRepository } from '../referential/referential.repository';
import type { Campaign } from './campaign.entity';
import {
  CampaignReminderRepository,
  CampaignRepository,
  CampaignTargetRepository,
} from './campaign.repository';

const STAFF = [TenantRole.ADMIN, TenantRole.ANIMATOR];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface TargetInput {
  organisationId: string;
  organisationName: string;
  organisationType?: string | null;
  contactEmail: string;
}

@Injectable()
export class CampaignService {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly targets: CampaignTargetRepository,
    private readonly reminders: CampaignReminderRepository,
    private readonly versions: ReferentialVersionRepository,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    @Inject(ALLIANCE_CONFIG) private readonly config: AllianceConfig,
  ) {}

  list(args: PageArgs): Promise<Page<Campaign>> {
    requireTenantRole(...STAFF);
    return this.campaigns.pageAll(args);
  }

  async get(id: string): Promise<Campaign> {
    requireTenantRole(...STAFF);
    const campaign = await this.campaigns.findById(id);
    if (!campaign) throw notFound('Cette campagne n’existe pas dans ce territoire.');
    return campaign;
  }

  async open(input: {
    versionId: string;
    title: string;
    opensOn: string;
    closesOn: string;
    organisationTypes?: string[] | null;
  }): Promise<Campaign> {
    const claims = requireTenantRole(...STAFF);
    const version = await this.versions.findById(input.versionId);
    if (!version) throw notFound('Cette version de référentiel n’existe pas dans ce territoire.');
    if (version.status !== ReferentialVersionStatus.PUBLISHED) {
      throw badInput(
        `La version ${version.number} n’est pas publiée : publiez-la avant d’ouvrir une campagne.`,
        'versionId',
      );
    }
    if (!DAY.test(input.opensOn)) throw badInput('Date d’ouverture invalide (AAAA-MM-JJ).', 'opensOn');
    if (!DAY.test(input.closesOn)) throw badInput('Date de clôture invalide (AAAA-MM-JJ).', 'closesOn');
    if (input.closesOn < input.opensOn) {
      throw badInput('La campagne ne peut pas se clore avant de s’ouvrir.', 'closesOn');
    }
    const campaign = await this.campaigns.insert({
      versionId: version.id,
      title: input.title.trim(),
      opensOn: input.opensOn,
      closesOn: input.closesOn,
      organisationTypes: [...new Set(input.organisationTypes ?? [])],
      openedBy: claims.userId,
    });
    await this.audit.record({
      action: 'campaign.open',
      objectType: 'campaign',
      objectId: campaign.id,
      data: { versionId: version.id, opensOn: input.opensOn, closesOn: input.closesOn },
    });
    return campaign;
  }

  /** Adds (or updates) the organisations asked to answer; checks every row before writing any. */
  async addTargets(campaignId: string, targets: TargetInput[]): Promise<Campaign> {
    const campaign = await this.get(campaignId);
    const seen = new Set<string>();
    targets.forEach((target, i) => {
      if (seen.has(target.organisationId)) {
        throw badInput(
          `L’organisation « ${target.organisationName} » apparaît deux fois.`,
          `targets.${i}.organisationId`,
        );
      }
      seen.add(target.organisationId);
      if (
        campaign.organisationTypes.length &&
        (!target.organisationType || !campaign.organisationTypes.includes(target.organisationType))
      ) {
        throw badInput(
          `« ${target.organisationName} » n’est pas d’un type visé par la campagne (${campaign.organisationTypes.join(', ')}).`,
          `targets.${i}.organisationType`,
        );
      }
    });
    await this.targets.addMissing(
      campaign.id,
      targets.map((t) => ({
        organisationId: t.organisationId,
        organisationName: t.organisationName.trim(),
        organisationType: t.organisationType ?? null,
        contactEmail: t.contactEmail.trim().toLowerCase(),
      })),
    );
    await this.audit.record({
      action: 'campaign.add-targets',
      objectType: 'campaign',
      objectId: campaign.id,
      data: { organisations: targets.map((t) => t.organisationId) },
    });
    return campaign;
  }

  /**
   * One e-mail job per organisation that has not answered yet. Each carries a key unique to this round
   * and organisation, so a job delivered twice sends one e-mail.
   */
  async sendReminders(campaignId: string): Promise<number> {
    const claims = requireTenantRole(...STAFF);
    const campaign = await this.get(campaignId);
    const pending = await this.campaigns.pendingTargets(campaign);
    const reminder = await this.reminders.insert({
      campaignId: campaign.id,
      recipients: pending.length,
      sentBy: claims.userId,
    });
    const link = `${this.config.publicUrl}/${claims.tenantSlug ?? ''}/espace/auto-evaluation`;
    for (const target of pending) {
      await this.outbox.publish({
        type: 'mail.send',
        payload: {
          key: `campaign-reminder-${reminder.id}-${target.organisationId}`,
          message: {
            to: target.contactEmail,
            subject: `Rappel : auto-évaluation « ${campaign.title} »`,
            text:
              `Bonjour,\n\nL’auto-évaluation de ${target.organisationName} pour « ${campaign.title} » ` +
              `attend vos réponses jusqu’au ${new Date(`${campaign.closesOn}T12:00:00Z`).toLocaleDateString('fr-FR')}.\n\n` +
              `Répondre : ${link}\n`,
          },
        },
      });
    }
    await this.audit.record({
      action: 'campaign.send-reminders',
      objectType: 'campaign',
      objectId: campaign.id,
      data: { recipients: pending.length, reminderId: reminder.id },
    });
    return pending.length;
  }
}
