import { Column, Entity } from 'typeorm';
import { TenantEntity } from '@alliance/platform';

/** Animators ask organisations to assess themselves on a version, over a period. */
@Entity({ schema: 'assessment', name: 'campaigns' })
export class Campaign extends TenantEntity {
  @Column('uuid', { name: 'version_id' })
  versionId: string;

  @Column('text')
  title: string;

  /** Calendar days (YYYY-MM-DD): a campaign runs from one day to another, whatever the time zone. */
  @Column('date', { name: 'opens_on' })
  opensOn: string;

  @Column('date', { name: 'closes_on' })
  closesOn: string;

  /** Organisation type codes targeted; empty for every type. */
  @Column('text', { name: 'organisation_types', array: true })
  organisationTypes: string[];

  @Column('uuid', { name: 'opened_by' })
  openedBy: string;
}

@Entity({ schema: 'assessment', name: 'campaign_targets' })
export class CampaignTarget extends TenantEntity {
  @Column('uuid', { name: 'campaign_id' })
  campaignId: string;

  @Column('uuid', { name: 'organisation_id' })
  organisationId: string;

  @Column('text', { name: 'organisation_name' })
  organisationName: string;

  @Column('text', { name: 'organisation_type', nullable: true })
  organisationType: string | null;

  @Column('text', { name: 'contact_email' })
  contactEmail: string;
}

@Entity({ schema: 'assessment', name: 'campaign_reminders' })
export class CampaignReminder extends TenantEntity {
  @Column('uuid', { name: 'campaign_id' })
  campaignId: string;

  @Column('int')
  recipients: number;

  @Column('uuid', { name: 'sent_by' })
  sentBy: string;
}
