import { DataSource, type DataSourceOptions } from 'typeorm';
import { type AccessClaims, AuditLog, RequestContext, TenantRole, UnitOfWork } from '@alliance/platform';
import { assessmentEntities } from '../assessment.entities';
import { RepresentativeRepository } from '../representation/representative.repository';
import {
  MaturityLevelRepository,
  ReferentialNodeRepository,
  ReferentialRepository,
  ReferentialVersionRepository,
} from '../referential/referential.repository';
import { ReferentialVersionStatus } from '../referential/referential.entity';
import { AnswerRepository, SelfAssessmentRepository } from '../self-assessment/self-assessment.repository';
import { SelfAssessmentService } from '../self-assessment/self-assessment.service';
import { GRAND_POITIERS_REFERENTIAL_CODE } from './grand-poitiers.seed';

export interface DemoPeople {
  /** member@grand-poitiers.demo: represents Menuiserie Aubin. */
  memberUserId: string;
  /** The animator who answered with the peer companies during their workshop. */
  animatorUserId: string;
}

const COMPANY = 'ENTREPRISES';
const AUBIN = {
  id: '6a7f0c1e-2b3d-4e5f-8a9b-000000000001',
  name: 'Menuiserie Aubin',
  email: 'contact@menuiserie-aubin.example',
};
// Five companies of the first campaign, whose answers make the type's median visible (five at least).
const PEERS: { id: string; name: string; email: string; levels: number[] }[] = [
  {
    id: '6a7f0c1e-2b3d-4e5f-8a9b-000000000002',
    name: 'Boulangerie du Clain',
    email: 'bonjour@boulangerie-clain.example',
    levels: [1, 2, 1, 0, 2],
  },
  {
    id: '6a7f0c1e-2b3d-4e5f-8a9b-000000000003',
    name: 'Imprimerie Chauvigny',
    email: 'contact@imprimerie-chauvigny.example',
    levels: [2, 2, 3, 1, 2],
  },
  {
    id: '6a7f0c1e-2b3d-4e5f-8a9b-000000000004',
    name: 'Garage des Couronneries',
    email: 'atelier@garage-couronneries.example',
    levels: [1, 1, 2, 1, 0],
  },
  {
    id: '6a7f0c1e-2b3d-4e5f-8a9b-000000000005',
    name: 'Transports Migné',
    email: 'exploitation@transports-migne.example',
    levels: [2, 3, 2, 2, 1],
  },
  {
    id: '6a7f0c1e-2b3d-4e5f-8a9b-000000000006',
    name: 'Brasserie de la Vienne',
    email: 'contact@brasserie-vienne.example',
    levels: [3, 2, 2, 3, 2],
  },
];

/**
 * Grand Poitiers' demo companies (outside production only): the member's « Menuiserie Aubin » as
 * community would announce it, five peers that already answered, and the companies' campaign. Safe to run
 * again: it stops once Menuiserie Aubin is known.
 */
export async function seedAssessmentDemo(
  dataSource: DataSource,
  tenantId: string,
  people: DemoPeople,
): Promise<void> {
  const own = await new DataSource({
    ...(dataSource.options as DataSourceOptions),
    entities: assessmentEntities,
  } as DataSourceOptions).initialize();
  try {
    const uow = new UnitOfWork(own);
    const claims = (userId: string, role: TenantRole): AccessClaims =>
      ({
        userId,
        tenantId,
        roles: [role],
        platformRoles: [],
        servesTenant: false,
      }) as unknown as AccessClaims;
    const versionId = await uow.run(tenantId, async () => {
      const representatives = new RepresentativeRepository(uow);
      if (await representatives.represents(people.memberUserId, AUBIN.id)) return null;
      const referential = await new ReferentialRepository(uow).findOne({
        code: GRAND_POITIERS_REFERENTIAL_CODE,
      });
      if (!referential) return null;
      const versions = await new ReferentialVersionRepository(uow).find({ referentialId: referential.id });
      const published = versions.find((v) => v.status === ReferentialVersionStatus.PUBLISHED);
      if (!published) return null;
      await representatives.upsert({
        organisationId: AUBIN.id,
        userId: people.memberUserId,
        organisationName: AUBIN.name,
        organisationType: COMPANY,
        sector: null,
      });
      return published.id;
    });
    if (!versionId) return;

    const service = new SelfAssessmentService(
      new SelfAssessmentRepository(uow),
      new AnswerRepository(uow),
      new ReferentialVersionRepository(uow),
      new ReferentialNodeRepository(uow),
      new MaturityLevelRepository(uow),
      new AuditLog(uow),
      new RepresentativeRepository(uow),
    );
    for (const peer of PEERS) {
      await uow.run(
        tenantId,
        async () => {
          const nodes = await new ReferentialNodeRepository(uow).ofVersions([versionId]);
          const parents = new Set(nodes.map((n) => n.parentCode));
          const criteria = nodes.filter((n) => !parents.has(n.code));
          const assessment = await service.start({
            versionId,
            organisationId: peer.id,
            organisationType: COMPANY,
          });
          await service.saveAnswers(
            assessment.id,
            criteria.map((criterion, i) => ({
              criterionCode: criterion.code,
              level: peer.levels[i % peer.levels.length],
            })),
          );
          await service.submit(assessment.id);
        },
        claims(people.animatorUserId, TenantRole.ANIMATOR),
      );
    }

    await uow.run(tenantId, async (manager) => {
      const today = new Date();
      const day = (offset: number) =>
        new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
      const [campaign]: { id: string }[] = await manager.query(
        `insert into assessment.campaigns (tenant_id, version_id, title, opens_on, closes_on, organisation_types, opened_by)
         values ($1, $2, 'Campagne entreprises', $3, $4, $5, $6) returning id`,
        [RequestContext.tenantId(), versionId, day(-30), day(60), [COMPANY], people.animatorUserId],
      );
      for (const company of [AUBIN, ...PEERS]) {
        await manager.query(
          `insert into assessment.campaign_targets
             (tenant_id, campaign_id, organisation_id, organisation_name, organisation_type, contact_email)
           values ($1, $2, $3, $4, $5, $6)`,
          [RequestContext.tenantId(), campaign.id, company.id, company.name, COMPANY, company.email],
        );
      }
    });
  } finally {
    await own.destroy();
  }
}
