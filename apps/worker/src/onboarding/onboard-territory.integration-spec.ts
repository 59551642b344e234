import { Global, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { ALLIANCE_CONFIG, type AllianceConfig, createSubgraphApp, UnitOfWork } from '@alliance/platform';
import { IdentityModule, identityEntities } from '@alliance/identity';
import { TenantProvisioning } from '@alliance/identity/provisioning';
import {
  FOUNDING_CONFIGURATIONS,
  ONBOARD_TERRITORY_JOB,
  ONBOARDING_DIRECTORY,
  seedConfigurationTemplates,
  seedFoundingConfigurations,
  TerritoryModule,
  territoryEntities,
} from '@alliance/territory';
import { errorCode, SubgraphHarness, type TestTenant } from '@alliance/testing';
import { onboardTerritoryJob } from './onboard-territory.job';

// The territory subgraph as its app composes it: territory's onboarding port answered by identity.
@Global()
@Module({
  providers: [
    {
      provide: ONBOARDING_DIRECTORY,
      inject: [UnitOfWork, ALLIANCE_CONFIG],
      useFactory: (uow: UnitOfWork, config: AllianceConfig) => new TenantProvisioning(uow, config.publicUrl),
    },
  ],
  exports: [ONBOARDING_DIRECTORY],
})
class Directory {}
@Module({ imports: [Directory, TerritoryModule] })
class Territory {}

const START = `mutation ($i: StartOnboardingInput!) { startOnboarding(input: $i) { id status stepsDone totalSteps } }`;
const PROGRESS = `query ($id: ID!) { onboarding(id: $id) { slug status stepsDone totalSteps currentStep error sourceTemplateVersion } }`;
const LIST = `query ($first: Int, $after: String) { onboardings(first: $first, after: $after) { totalCount edges { node { slug } } pageInfo { hasNextPage endCursor } } }`;

describe('onboarding a territory', () => {
  let identity: SubgraphHarness;
  let territory: SubgraphHarness;
  let run: ReturnType<typeof onboardTerritoryJob>;
  let consultant: { id: string; email: string; token: string };
  let served: TestTenant;
  let template: { id: string; version: number };

  const owner = async () => territory.owner();
  const count = async (sql: string, params: unknown[]) =>
    Number((await (await owner()).query(sql, params))[0].n);

  async function runJob(onboardingId: string) {
    await run({
      id: `job-${onboardingId}`,
      type: ONBOARD_TERRITORY_JOB,
      tenantId: null,
      payload: { onboardingId },
    });
  }

  beforeAll(async () => {
    identity = await new SubgraphHarness((c) =>
      createSubgraphApp({ name: 'identity', feature: IdentityModule, entities: identityEntities, config: c }),
    ).start();
    territory = await new SubgraphHarness((c) =>
      createSubgraphApp({ name: 'territory', feature: Territory, entities: territoryEntities, config: c }),
    ).start();
    await seedConfigurationTemplates(territory.dataSource);
    run = onboardTerritoryJob(new UnitOfWork(territory.dataSource), 'http://alliance.test');
    const rouen = await identity.factories.tenant('Métropole Rouen Normandie');
    await seedFoundingConfigurations(territory.dataSource, { rouen: rouen.id });
    served = rouen;
    const user = await identity.factories.consultantServing(rouen);
    consultant = { ...user, token: (await identity.login(user.email)).accessToken };
    const templates = (
      await territory.ok(`{ configurationTemplates { id code versions { version } } }`, {}, consultant.token)
    ).configurationTemplates;
    const brest = templates.find((t: any) => t.code === 'tomorrow-brest');
    template = { id: brest.id, version: brest.versions[0].version };
  });
  afterAll(async () => {
    await territory?.stop();
    await identity?.stop();
  });

  it('creates the tenant once, assigns the consultant, configures it, records its origin and invites its admin', async () => {
    const slug = `laureat-${randomUUID().slice(0, 6)}`;
    const started = (
      await territory.ok(
        START,
        {
          i: {
            name: 'Communauté lauréate',
            slug,
            adminEmail: 'Premiere.Admin@example.org',
            templateId: template.id,
          },
        },
        consultant.token,
      )
    ).startOnboarding;
    expect(started).toMatchObject({ status: 'PENDING', stepsDone: 0, totalSteps: 4 });
    const queued = await (
      await owner()
    ).query(`select type, payload from platform.outbox where type = $1 and payload->>'onboardingId' = $2`, [
      ONBOARD_TERRITORY_JOB,
      started.id,
    ]);
    expect(queued).toHaveLength(1);

    await runJob(started.id);
    // Delivered again: nothing is created twice.
    await runJob(started.id);

    expect((await territory.ok(PROGRESS, { id: started.id }, consultant.token)).onboarding).toEqual({
      slug,
      status: 'SUCCEEDED',
      stepsDone: 4,
      totalSteps: 4,
      currentStep: null,
      error: null,
      sourceTemplateVersion: template.version,
    });
    const [tenant] = await (
      await owner()
    ).query(`select id, name from identity.tenants where slug = $1`, [slug]);
    expect(tenant.name).toBe('Communauté lauréate');
    expect(await count(`select count(*) as n from identity.tenants where slug = $1`, [slug])).toBe(1);
    expect(
      await count(
        `select count(*) as n from identity.consultant_assignments where tenant_id = $1 and user_id = $2`,
        [tenant.id, consultant.id],
      ),
    ).toBe(1);
    expect(
      await count(
        `select count(*) as n from territory.catalogue_items where tenant_id = $1 and kind = 'theme'`,
        [tenant.id],
      ),
    ).toBe(17);
    expect(
      await (
        await owner()
      ).query(
        `select template_id, template_version from territory.configuration_origins where tenant_id = $1`,
        [tenant.id],
      ),
    ).toEqual([{ template_id: template.id, template_version: template.version }]);
    expect(
      await (
        await owner()
      ).query(`select email, role, status from identity.invitations where tenant_id = $1`, [tenant.id]),
    ).toEqual([{ email: 'premiere.admin@example.org', role: 'admin', status: 'pending' }]);
    const mails = await (
      await owner()
    ).query(`select payload from platform.outbox where type = 'mail.send' and tenant_id = $1`, [tenant.id]);
    expect(mails).toHaveLength(1);
    expect(mails[0].payload.message.to).toBe('premiere.admin@example.org');
    expect(mails[0].payload.message.text).toContain(`http://alliance.test/${slug}/invitation/`);

    // The consultant now serves the territory, so acts in it as its admin and sees its themes.
    const inside = (await identity.login(consultant.email, slug)).accessToken;
    const themes = (await territory.ok(`{ catalogueItems(kind: THEME) { code } }`, {}, inside))
      .catalogueItems;
    expect(themes).toHaveLength(17);
    const origin = (
      await territory.ok(`{ configurationOrigin { version differences { code } } }`, {}, inside)
    ).configurationOrigin;
    expect(origin).toEqual({ version: template.version, differences: [] });
  });

  it('copies the configuration of a territory the consultant serves, without a template origin', async () => {
    const slug = `copie-${randomUUID().slice(0, 6)}`;
    const started = (
      await territory.ok(
        START,
        {
          i: {
            name: 'Copie de Rouen',
            slug,
            adminEmail: 'admin@copie.example.org',
            sourceTenantId: served.id,
          },
        },
        consultant.token,
      )
    ).startOnboarding;
    await runJob(started.id);
    expect((await territory.ok(PROGRESS, { id: started.id }, consultant.token)).onboarding.status).toBe(
      'SUCCEEDED',
    );
    const inside = (await identity.login(consultant.email, slug)).accessToken;
    const rouen = (await identity.login(consultant.email, served.slug)).accessToken;
    const exported = (await territory.ok(`{ exportConfiguration }`, {}, inside)).exportConfiguration;
    expect(exported).toBe((await territory.ok(`{ exportConfiguration }`, {}, rouen)).exportConfiguration);
    expect(JSON.parse(exported).themes.length).toBe(FOUNDING_CONFIGURATIONS.rouen!.themes.length);
    expect(
      (await territory.ok(`{ configurationOrigin { version } }`, {}, inside)).configurationOrigin,
    ).toBeNull();
  });

  it('refuses a slug taken, a territory not served and an unknown template version, creating nothing', async () => {
    const before = await count(`select count(*) as n from territory.onboardings`, []);
    const other = await identity.factories.tenant('Territoire non servi');
    const base = { name: 'Nouveau territoire', adminEmail: 'a@example.org' };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { ...base, slug: served.slug, templateId: template.id },
        'CONFLICT',
        new RegExp(`« ${served.slug} » est déjà pris`),
      ],
      [
        { ...base, slug: 'nouveau-1', sourceTenantId: other.id },
        'FORBIDDEN',
        /ne servez pas le territoire source/,
      ],
      [
        { ...base, slug: 'nouveau-2', templateId: template.id, templateVersion: 99 },
        'BAD_USER_INPUT',
        /La version 99 du modèle/,
      ],
      [{ ...base, slug: 'nouveau-3', templateId: randomUUID() }, 'BAD_USER_INPUT', /Ce modèle n’existe pas/],
      [
        { ...base, slug: 'Pas Un Slug', templateId: template.id },
        'BAD_USER_INPUT',
        /minuscules, des chiffres et des tirets/,
      ],
      [{ ...base, slug: 'nouveau-4' }, 'BAD_USER_INPUT', /Choisissez la source/],
      [
        { ...base, slug: 'nouveau-5', templateId: template.id, sourceTenantId: served.id },
        'BAD_USER_INPUT',
        /pas les deux/,
      ],
    ];
    for (const [input, code, message] of cases) {
      const result = await territory.request(START, { i: input }, consultant.token);
      expect({ code: errorCode(result), message: result.errors?.[0]?.message }).toEqual({
        code,
        message: expect.stringMatching(message),
      });
    }
    // An operator may copy any territory, but not one that does not exist.
    const operator = await identity.factories.user({ platformRoles: ['operator'] });
    const missing = await territory.request(
      START,
      { i: { ...base, slug: 'nouveau-6', sourceTenantId: randomUUID() } },
      (await identity.login(operator.email)).accessToken,
    );
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]?.message).toBe('Le territoire source n’existe pas.');
    expect(await count(`select count(*) as n from territory.onboardings`, [])).toBe(before);
    expect(await count(`select count(*) as n from identity.tenants where slug like 'nouveau-%'`, [])).toBe(0);
  });

  it('shows an onboarding to its requester and operators only, page by page', async () => {
    const mine = (await territory.ok(LIST, { first: 1 }, consultant.token)).onboardings;
    expect(mine.totalCount).toBe(2);
    expect(mine.edges).toHaveLength(1);
    expect(mine.pageInfo.hasNextPage).toBe(true);
    const next = (await territory.ok(LIST, { first: 1, after: mine.pageInfo.endCursor }, consultant.token))
      .onboardings;
    expect(next.edges[0].node.slug).toMatch(/^copie-/);
    expect(next.pageInfo.hasNextPage).toBe(false);

    const someone = await identity.factories.consultantServing(await identity.factories.tenant());
    const theirs = (await identity.login(someone.email)).accessToken;
    expect((await territory.ok(LIST, {}, theirs)).onboardings.totalCount).toBe(0);
    const id = (
      await (
        await owner()
      ).query(`select id from territory.onboardings where requested_by = $1 limit 1`, [consultant.id])
    )[0].id;
    expect(errorCode(await territory.request(PROGRESS, { id }, theirs))).toBe('NOT_FOUND');

    const operator = await identity.factories.user({ platformRoles: ['operator'] });
    const opToken = (await identity.login(operator.email)).accessToken;
    expect((await territory.ok(PROGRESS, { id }, opToken)).onboarding.status).toBe('SUCCEEDED');

    const member = await identity.factories.member(served, 'member' as any);
    const memberToken = (await identity.login(member.email, served.slug)).accessToken;
    expect(errorCode(await territory.request(LIST, {}, memberToken))).toBe('FORBIDDEN');
  });

  it('answers CONFLICT, not an internal error, to the second of two starts racing for one slug', async () => {
    const input = {
      name: 'Territoire disputé',
      slug: 'dispute',
      adminEmail: 'a@example.org',
      templateId: template.id,
    };
    const results = await Promise.all(
      [0, 1, 2].map(() => territory.request(START, { i: input }, consultant.token)),
    );
    const codes = results.map((result) => errorCode(result) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    expect(results.find((result) => result.errors)?.errors?.[0]?.message).toBe(
      'L’identifiant « dispute » est déjà pris.',
    );
    expect(await count(`select count(*) as n from territory.onboardings where slug = $1`, ['dispute'])).toBe(
      1,
    );
  });
});
