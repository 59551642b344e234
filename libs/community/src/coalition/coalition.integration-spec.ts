import { errorCode, type GraphQLResult, type SubgraphHarness } from '@alliance/testing';
import { communityHarness, CoalitionWorld, type Person, TenantRole } from './test/coalition-world';

const today = new Date().toISOString().slice(0, 10);

const PAGE = `query ($id: ID!) {
  coalition(id: $id) {
    id name objective perimeterKind perimeterCode reviewStatus reviewComment stage proposedBy
    facilitation meetingFrequency tools liaison viewerCanFacilitate
    members { status organisation { id name } }
    facilitators { userId }
    stages { stage reachedOn }
  }
}`;
const PROPOSE = `mutation ($i: ProposeCoalitionInput!) { proposeCoalition(input: $i) { id reviewStatus stage } }`;
const PUBLIC = `query ($t: ID!) {
  _entities(representations: [{ __typename: "Tenant", id: $t }]) {
    ... on Tenant {
      publicCoalitions(first: 50) {
        totalCount
        edges { node { id name objective perimeterKind perimeterCode stage stages { stage reachedOn } members { id name } } }
      }
    }
  }
}`;

function expectError(result: GraphQLResult, code: string, message: RegExp, field?: string) {
  expect(errorCode(result)).toBe(code);
  expect(result.errors![0]!.message).toMatch(message);
  if (field) expect(result.errors![0]!.extensions!.field).toBe(field);
}

describe('coalitions: Brest’s actors ally around a theme, a zone or a sector', () => {
  let harness: SubgraphHarness;
  let brest: CoalitionWorld;
  let animator: Person;

  beforeAll(async () => {
    harness = await communityHarness().start();
    brest = await CoalitionWorld.create(harness, 'Brest métropole');
    animator = await brest.person(TenantRole.ANIMATOR);
  });

  afterAll(() => harness?.stop());

  const call = (query: string, variables: Record<string, unknown>, who?: Person) =>
    harness.request(query, variables, who?.token);
  const ok = (query: string, variables: Record<string, unknown>, who?: Person) =>
    harness.ok(query, variables, who?.token);
  const page = async (id: string, who: Person) => (await ok(PAGE, { id }, who)).coalition;
  const counts = async (coalitionId: string) => {
    const [row] = await brest.sql(
      `select (select count(*)::int from community.coalition_members where coalition_id = $1) as members,
              (select count(*)::int from community.coalition_stages where coalition_id = $1) as stages,
              (select count(*)::int from community.coalition_facilitators where coalition_id = $1) as facilitators,
              (select count(*)::int from platform.audit_entries where object_id = $1::text) as audit,
              (select row_to_json(c)::text from community.coalitions c where id = $1) as coalition`,
      [coalitionId],
    );
    return row;
  };

  /** A coalition proposed by a fresh member, validated by the animator, with that member as facilitator. */
  async function validatedCoalition(name: string) {
    const facilitator = await brest.person(TenantRole.MEMBER);
    const founder = await brest.organisation(`${name} — fondatrice`, facilitator);
    const { proposeCoalition } = await ok(
      PROPOSE,
      {
        i: {
          name,
          objective: 'Agir ensemble',
          perimeterKind: 'THEME',
          perimeterCode: 'ENERGIE',
          organisationIds: [founder],
        },
      },
      facilitator,
    );
    const id = proposeCoalition.id as string;
    await ok(`mutation ($id: ID!) { validateCoalition(id: $id) { id } }`, { id }, animator);
    await ok(
      `mutation ($c: ID!, $u: ID!) { nameCoalitionFacilitator(coalitionId: $c, userId: $u) { id } }`,
      { c: id, u: facilitator.id },
      animator,
    );
    return { id, facilitator, founder };
  }

  it('a Brest member proposes a coalition on night lighting, an animator returns it, then validates it; Base Navale and Port de Brest join; the facilitator moves it to explore', async () => {
    const ubo = await brest.person(TenantRole.MEMBER);
    const baseNavale = await brest.person(TenantRole.MEMBER);
    const port = await brest.person(TenantRole.MEMBER);
    const uboId = await brest.organisation('UBO', ubo);
    const baseNavaleId = await brest.organisation('Base Navale', baseNavale);
    const portId = await brest.organisation('Port de Brest', port);

    const { proposeCoalition } = await ok(
      PROPOSE,
      {
        i: {
          name: 'Éclairage nocturne',
          objective: 'Réduire et optimiser l’éclairage nocturne',
          perimeterKind: 'THEME',
          perimeterCode: 'ECLAIRAGE',
          organisationIds: [uboId],
        },
      },
      ubo,
    );
    const id = proposeCoalition.id as string;
    expect(proposeCoalition).toMatchObject({ reviewStatus: 'PROPOSED', stage: 'FORMING' });
    expect(await page(id, ubo)).toMatchObject({
      proposedBy: ubo.id,
      members: [{ status: 'MEMBER', organisation: { id: uboId, name: 'UBO' } }],
      stages: [{ stage: 'FORMING', reachedOn: today }],
      viewerCanFacilitate: false,
    });

    // Before validation the proposal is the proposer's and the animators' business only.
    expect(errorCode(await call(PAGE, { id }, port))).toBe('NOT_FOUND');
    const seenByPort = await ok(`{ coalitions { totalCount edges { node { id } } } }`, {}, port);
    expect(seenByPort.coalitions.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
    const proposed = await ok(
      `{ coalitions(filter: { reviewStatus: PROPOSED }) { edges { node { id name } } } }`,
      {},
      animator,
    );
    expect(proposed.coalitions.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);
    // Base Navale cannot even see it; the animator cannot bring members in before validating it.
    const early = await call(
      `mutation ($c: ID!, $o: ID!) { requestToJoinCoalition(coalitionId: $c, organisationId: $o) { id } }`,
      { c: id, o: baseNavaleId },
      baseNavale,
    );
    expect(errorCode(early)).toBe('NOT_FOUND');
    const invitedEarly = await call(
      `mutation ($c: ID!, $o: ID!) { inviteOrganisationToCoalition(coalitionId: $c, organisationId: $o) { id } }`,
      { c: id, o: baseNavaleId },
      animator,
    );
    expectError(
      invitedEarly,
      'BAD_USER_INPUT',
      /« Éclairage nocturne » n’est pas encore validée par un animateur : elle ne peut pas encore inviter/,
      'coalitionId',
    );
    expect((await page(id, animator)).members).toHaveLength(1);

    const returned = await ok(
      `mutation ($id: ID!, $c: String!) { returnCoalition(id: $id, comment: $c) { reviewStatus reviewComment } }`,
      { id, c: 'Précisez les zones visées par l’extinction.' },
      animator,
    );
    expect(returned.returnCoalition).toEqual({
      reviewStatus: 'RETURNED',
      reviewComment: 'Précisez les zones visées par l’extinction.',
    });
    const tooEarly = await call(
      `mutation ($id: ID!) { validateCoalition(id: $id) { id } }`,
      { id },
      animator,
    );
    expectError(tooEarly, 'BAD_USER_INPUT', /renvoyée à son auteur/, 'id');

    const updated = await ok(
      `mutation ($i: UpdateCoalitionInput!) { updateCoalition(input: $i) { reviewStatus objective } }`,
      {
        i: {
          id,
          name: 'Éclairage nocturne',
          objective: 'Réduire l’éclairage nocturne du port, de la base navale et du campus',
          perimeterKind: 'THEME',
          perimeterCode: 'ECLAIRAGE',
        },
      },
      ubo,
    );
    expect(updated.updateCoalition.reviewStatus).toBe('PROPOSED');

    const validated = await ok(
      `mutation ($id: ID!) { validateCoalition(id: $id) { reviewStatus reviewComment } }`,
      { id },
      animator,
    );
    expect(validated.validateCoalition).toEqual({ reviewStatus: 'VALIDATED', reviewComment: null });

    await ok(
      `mutation ($c: ID!, $o: ID!) { requestToJoinCoalition(coalitionId: $c, organisationId: $o) { id } }`,
      { c: id, o: baseNavaleId },
      baseNavale,
    );
    await ok(
      `mutation ($c: ID!, $u: ID!) { nameCoalitionFacilitator(coalitionId: $c, userId: $u) { id } }`,
      { c: id, u: ubo.id },
      animator,
    );
    await ok(
      `mutation ($c: ID!, $o: ID!) { approveCoalitionRequest(coalitionId: $c, organisationId: $o) { id } }`,
      { c: id, o: baseNavaleId },
      ubo,
    );
    await ok(
      `mutation ($c: ID!, $o: ID!) { inviteOrganisationToCoalition(coalitionId: $c, organisationId: $o) { id } }`,
      { c: id, o: portId },
      ubo,
    );
    expect((await page(id, port)).members.map((m: { status: string }) => m.status)).toEqual([
      'MEMBER',
      'MEMBER',
      'INVITED',
    ]);
    await ok(
      `mutation ($c: ID!, $o: ID!) { acceptCoalitionInvitation(coalitionId: $c, organisationId: $o) { id } }`,
      { c: id, o: portId },
      port,
    );
    await ok(
      `mutation ($i: SetCoalitionFunctioningInput!) { setCoalitionFunctioning(input: $i) { id } }`,
      {
        i: {
          coalitionId: id,
          facilitation: 'ROTATING',
          meetingFrequency: 'une fois par mois',
          tools: 'Liste de diffusion, tableur partagé',
          liaison: 'Le facilitateur de l’UBO',
        },
      },
      ubo,
    );
    const moved = await ok(
      `mutation ($id: ID!) { moveCoalitionStage(id: $id, stage: EXPLORE) { stage } }`,
      { id },
      ubo,
    );
    expect(moved.moveCoalitionStage.stage).toBe('EXPLORE');

    expect(await page(id, ubo)).toMatchObject({
      reviewStatus: 'VALIDATED',
      stage: 'EXPLORE',
      facilitation: 'ROTATING',
      meetingFrequency: 'une fois par mois',
      tools: 'Liste de diffusion, tableur partagé',
      liaison: 'Le facilitateur de l’UBO',
      viewerCanFacilitate: true,
      members: [
        { status: 'MEMBER', organisation: { name: 'UBO' } },
        { status: 'MEMBER', organisation: { name: 'Base Navale' } },
        { status: 'MEMBER', organisation: { name: 'Port de Brest' } },
      ],
      facilitators: [{ userId: ubo.id }],
      stages: [
        { stage: 'FORMING', reachedOn: today },
        { stage: 'EXPLORE', reachedOn: today },
      ],
    });

    // Published: anyone reads it on Brest's public pages, without logging in.
    const published = (await ok(PUBLIC, { t: brest.tenant.id }))._entities[0].publicCoalitions;
    expect(published.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      id,
      name: 'Éclairage nocturne',
      objective: 'Réduire l’éclairage nocturne du port, de la base navale et du campus',
      perimeterKind: 'THEME',
      perimeterCode: 'ECLAIRAGE',
      stage: 'EXPLORE',
      stages: [
        { stage: 'FORMING', reachedOn: today },
        { stage: 'EXPLORE', reachedOn: today },
      ],
      members: [
        { id: uboId, name: 'UBO' },
        { id: baseNavaleId, name: 'Base Navale' },
        { id: portId, name: 'Port de Brest' },
      ],
    });

    const trail = await brest.audit(id);
    expect(trail.map((e) => e.action)).toEqual([
      'coalition.propose',
      'coalition.return',
      'coalition.update',
      'coalition.validate',
      'coalition.request-join',
      'coalition.name-facilitator',
      'coalition.approve-request',
      'coalition.invite',
      'coalition.accept-invitation',
      'coalition.set-functioning',
      'coalition.move-stage',
    ]);
    expect(trail[0]!.actor_user_id).toBe(ubo.id);
    expect(trail[1]!.actor_user_id).toBe(animator.id);
    expect(trail[10]!.data).toEqual({ from: 'forming', to: 'explore' });
  });

  it('refuses a proposal with a bad perimeter code, a taken name or an organisation one does not represent, and writes nothing', async () => {
    const member = await brest.person(TenantRole.MEMBER);
    const mine = await brest.organisation('Aencrage', member);
    const notMine = await brest.organisation('La Carène');
    await ok(
      PROPOSE,
      {
        i: {
          name: 'Évènementiel durable',
          objective: 'Des évènements sobres',
          perimeterKind: 'SECTOR',
          perimeterCode: 'EVENEMENTIEL',
        },
      },
      member,
    );
    const before = await brest.sql(
      `select count(*)::int as n from community.coalitions where tenant_id = $1`,
      [brest.tenant.id],
    );
    const attempt = (i: Record<string, unknown>, who: Person = member) =>
      call(
        PROPOSE,
        {
          i: {
            name: 'Nouvelle coalition',
            objective: 'Agir',
            perimeterKind: 'ZONE',
            perimeterCode: 'TECHNOPOLE',
            ...i,
          },
        },
        who,
      );

    expectError(
      await attempt({ perimeterCode: 'zone du port !' }),
      'BAD_USER_INPUT',
      /Le code de zone « zone du port ! » n’est pas valide/,
      'perimeterCode',
    );
    expectError(
      await attempt({ name: 'évènementiel DURABLE' }),
      'CONFLICT',
      /Une coalition s’appelle déjà « Évènementiel durable »/,
      'name',
    );
    expectError(
      await attempt({ organisationIds: [mine, notMine] }),
      'FORBIDDEN',
      /Vous ne représentez pas « La Carène »/,
    );
    expectError(
      await attempt({ organisationIds: ['0b6f1f5e-4a8e-4d0e-9a51-0f2a8e6c1d11'] }),
      'BAD_USER_INPUT',
      /n’existe pas dans ce territoire/,
      'organisationIds.0',
    );
    expectError(await attempt({ name: '' }), 'BAD_USER_INPUT', /Saisissez le nom de la coalition/, 'name');
    expectError(await attempt({ name: '   ' }), 'BAD_USER_INPUT', /Indiquez le nom de la coalition/, 'name');
    expectError(await attempt({}, await brest.person(TenantRole.OBSERVER)), 'FORBIDDEN', /rôle requis/);
    expect(
      errorCode(
        await call(PROPOSE, { i: { name: 'x', objective: 'y', perimeterKind: 'ZONE', perimeterCode: 'Z' } }),
      ),
    ).toBe('UNAUTHENTICATED');

    const after = await brest.sql(
      `select count(*)::int as n from community.coalitions where tenant_id = $1`,
      [brest.tenant.id],
    );
    expect(after).toEqual(before);
    const orphans = await brest.sql(
      `select count(*)::int as n from community.coalition_members where organisation_id = any($1)`,
      [[mine, notMine]],
    );
    expect(orphans[0]!.n).toBe(0);
  });

  it('lets only animators review, only the proposer edit, and asks a comment to return', async () => {
    const proposer = await brest.person(TenantRole.MEMBER);
    const other = await brest.person(TenantRole.MEMBER);
    const { proposeCoalition } = await ok(
      PROPOSE,
      {
        i: {
          name: 'Éco-matériaux',
          objective: 'Construire autrement',
          perimeterKind: 'THEME',
          perimeterCode: 'ECO-MATERIAUX',
        },
      },
      proposer,
    );
    const id = proposeCoalition.id as string;
    const before = await counts(id);

    expectError(
      await call(`mutation ($id: ID!) { validateCoalition(id: $id) { id } }`, { id }, proposer),
      'FORBIDDEN',
      /rôle requis/,
    );
    expectError(
      await call(`mutation ($id: ID!) { returnCoalition(id: $id, comment: "  ") { id } }`, { id }, animator),
      'BAD_USER_INPUT',
      /Indiquez un commentaire pour l’auteur/,
      'comment',
    );
    const edit = {
      i: { id, name: 'Autre nom', objective: 'Autre', perimeterKind: 'THEME', perimeterCode: 'BATIMENT' },
    };
    expectError(
      await call(
        `mutation ($i: UpdateCoalitionInput!) { updateCoalition(input: $i) { id } }`,
        edit,
        animator,
      ),
      'FORBIDDEN',
      /Seule la personne qui a proposé la coalition « Éco-matériaux »/,
    );
    expect(
      errorCode(
        await call(`mutation ($i: UpdateCoalitionInput!) { updateCoalition(input: $i) { id } }`, edit, other),
      ),
    ).toBe('NOT_FOUND');
    expect(await counts(id)).toEqual(before);

    await ok(`mutation ($id: ID!) { validateCoalition(id: $id) { id } }`, { id }, animator);
    expectError(
      await call(`mutation ($id: ID!) { validateCoalition(id: $id) { id } }`, { id }, animator),
      'BAD_USER_INPUT',
      /« Éco-matériaux » est déjà validée/,
      'id',
    );
    expectError(
      await call(
        `mutation ($i: UpdateCoalitionInput!) { updateCoalition(input: $i) { id } }`,
        edit,
        proposer,
      ),
      'BAD_USER_INPUT',
      /déjà validée : sa proposition ne se modifie plus/,
      'id',
    );
    expect(errorCode(await call(PAGE, { id: 'pas-un-identifiant' }, animator))).toBe('NOT_FOUND');
  });

  it('lets organisations join only through their representatives and the facilitators, and writes nothing when refused', async () => {
    const { id, facilitator } = await validatedCoalition('Mobilités alternatives');
    const bapav = await brest.person(TenantRole.MEMBER);
    const bapavId = await brest.organisation('BAPAV', bapav);
    const ehopId = await brest.organisation('EHOP');
    const before = await counts(id);
    const join = (o: string, who: Person) =>
      call(
        `mutation ($c: ID!, $o: ID!) { requestToJoinCoalition(coalitionId: $c, organisationId: $o) { id } }`,
        { c: id, o },
        who,
      );

    expectError(await join(ehopId, bapav), 'FORBIDDEN', /Vous ne représentez pas « EHOP »/);
    expectError(
      await call(
        `mutation ($c: ID!, $o: ID!) { inviteOrganisationToCoalition(coalitionId: $c, organisationId: $o) { id } }`,
        { c: id, o: ehopId },
        bapav,
      ),
      'FORBIDDEN',
      /Seuls les facilitateurs de la coalition « Mobilités alternatives »/,
    );
    expectError(
      await call(
        `mutation ($c: ID!, $o: ID!) { approveCoalitionRequest(coalitionId: $c, organisationId: $o) { id } }`,
        { c: id, o: bapavId },
        facilitator,
      ),
      'BAD_USER_INPUT',
      /« BAPAV » n’a pas de demande en attente/,
      'organisationId',
    );
    expectError(
      await call(
        `mutation ($c: ID!, $u: ID!) { nameCoalitionFacilitator(coalitionId: $c, userId: $u) { id } }`,
        { c: id, u: bapav.id },
        bapav,
      ),
      'FORBIDDEN',
      /Seuls les facilitateurs/,
    );
    const lone = await brest.person(TenantRole.MEMBER);
    expectError(
      await call(
        `mutation ($c: ID!, $u: ID!) { nameCoalitionFacilitator(coalitionId: $c, userId: $u) { id } }`,
        { c: id, u: lone.id },
        facilitator,
      ),
      'BAD_USER_INPUT',
      /ne représente aucune organisation du territoire/,
      'userId',
    );
    expectError(
      await call(
        `mutation ($i: SetCoalitionFunctioningInput!) { setCoalitionFunctioning(input: $i) { id } }`,
        { i: { coalitionId: id, facilitation: 'FIXED' } },
        bapav,
      ),
      'FORBIDDEN',
      /décrire son mode de fonctionnement/,
    );
    expect(await counts(id)).toEqual(before);

    await ok(
      `mutation ($c: ID!, $o: ID!) { requestToJoinCoalition(coalitionId: $c, organisationId: $o) { id } }`,
      { c: id, o: bapavId },
      bapav,
    );
    expectError(
      await join(bapavId, bapav),
      'CONFLICT',
      /« BAPAV » a déjà demandé à rejoindre/,
      'organisationId',
    );
    expectError(
      await call(
        `mutation ($c: ID!, $o: ID!) { acceptCoalitionInvitation(coalitionId: $c, organisationId: $o) { id } }`,
        { c: id, o: bapavId },
        bapav,
      ),
      'BAD_USER_INPUT',
      /« BAPAV » n’a pas d’invitation en attente/,
      'organisationId',
    );
    // BAPAV withdraws its request: a representative may leave at any time.
    await ok(
      `mutation ($c: ID!, $o: ID!) { leaveCoalition(coalitionId: $c, organisationId: $o) { id } }`,
      { c: id, o: bapavId },
      bapav,
    );
    expect(
      (await page(id, facilitator)).members.map(
        (m: { organisation: { name: string } }) => m.organisation.name,
      ),
    ).toEqual(['Mobilités alternatives — fondatrice']);
    expectError(
      await call(
        `mutation ($c: ID!, $o: ID!) { leaveCoalition(coalitionId: $c, organisationId: $o) { id } }`,
        { c: id, o: bapavId },
        bapav,
      ),
      'BAD_USER_INPUT',
      /« BAPAV » n’est ni membre, ni invitée, ni candidate/,
      'organisationId',
    );

    // A facilitator names another; the named one may then remove the first.
    const second = await brest.person(TenantRole.MEMBER);
    await brest.represent(second, bapavId);
    await ok(
      `mutation ($c: ID!, $u: ID!) { nameCoalitionFacilitator(coalitionId: $c, userId: $u) { id } }`,
      { c: id, u: second.id },
      facilitator,
    );
    expectError(
      await call(
        `mutation ($c: ID!, $u: ID!) { nameCoalitionFacilitator(coalitionId: $c, userId: $u) { id } }`,
        { c: id, u: second.id },
        facilitator,
      ),
      'CONFLICT',
      /facilite déjà la coalition « Mobilités alternatives »/,
      'userId',
    );
    const removed = await ok(
      `mutation ($c: ID!, $u: ID!) { removeCoalitionFacilitator(coalitionId: $c, userId: $u) { facilitators { userId } } }`,
      { c: id, u: facilitator.id },
      second,
    );
    expect(removed.removeCoalitionFacilitator.facilitators).toEqual([{ userId: second.id }]);
    expectError(
      await call(
        `mutation ($c: ID!, $u: ID!) { removeCoalitionFacilitator(coalitionId: $c, userId: $u) { id } }`,
        { c: id, u: facilitator.id },
        second,
      ),
      'BAD_USER_INPUT',
      /ne facilite pas la coalition/,
      'userId',
    );
  });

  it('moves stages forward one at a time, by facilitators and animators only, never back, and closes from any stage', async () => {
    const { id, facilitator } = await validatedCoalition('Zone du Technopôle');
    const member = await brest.person(TenantRole.MEMBER);
    const move = (stage: string, who: Person) =>
      call(`mutation ($id: ID!) { moveCoalitionStage(id: $id, stage: ${stage}) { stage } }`, { id }, who);

    const before = await counts(id);
    expectError(
      await move('EXPLORE', member),
      'FORBIDDEN',
      /Seuls les facilitateurs de la coalition « Zone du Technopôle » et les animateurs du territoire peuvent faire passer la coalition à l’étape « Découvrir et explorer »/,
    );
    expectError(
      await move('INSPIRE', facilitator),
      'BAD_USER_INPUT',
      /à l’étape « Constitution » : elle passe d’abord à l’étape « Découvrir et explorer » avant « S’inspirer »/,
      'stage',
    );
    expectError(
      await move('FORMING', facilitator),
      'BAD_USER_INPUT',
      /déjà à l’étape « Constitution »/,
      'stage',
    );
    expect(await counts(id)).toEqual(before);

    await move('EXPLORE', facilitator);
    await move('INSPIRE', animator);
    const afterInspire = await counts(id);
    expectError(
      await move('EXPLORE', facilitator),
      'BAD_USER_INPUT',
      /La coalition est à l’étape « S’inspirer » : elle ne peut pas revenir à l’étape « Découvrir et explorer »/,
      'stage',
    );
    expect(await counts(id)).toEqual(afterInspire);

    await move('CLOSED', facilitator);
    expectError(await move('PLAN', animator), 'BAD_USER_INPUT', /La coalition est close/, 'stage');
    expect((await page(id, member)).stages).toEqual([
      { stage: 'FORMING', reachedOn: today },
      { stage: 'EXPLORE', reachedOn: today },
      { stage: 'INSPIRE', reachedOn: today },
      { stage: 'CLOSED', reachedOn: today },
    ]);

    // Not validated yet: a proposal stays forming.
    const proposer = await brest.person(TenantRole.MEMBER);
    const { proposeCoalition } = await ok(
      PROPOSE,
      {
        i: {
          name: 'Associations étudiantes',
          objective: 'Des campus sobres',
          perimeterKind: 'SECTOR',
          perimeterCode: 'ENSEIGNEMENT-SUP',
        },
      },
      proposer,
    );
    expectError(
      await call(
        `mutation ($id: ID!) { moveCoalitionStage(id: $id, stage: EXPLORE) { stage } }`,
        { id: proposeCoalition.id },
        animator,
      ),
      'BAD_USER_INPUT',
      /n’est pas encore validée par un animateur : elle reste à l’étape « Constitution »/,
      'stage',
    );
  });

  it('publishes validated coalitions only, and lists with filters and pages', async () => {
    const other = await CoalitionWorld.create(harness, 'Grand Poitiers');
    const proposer = await other.person(TenantRole.MEMBER);
    const poitiersAnimator = await other.person(TenantRole.ANIMATOR);
    const ids: string[] = [];
    for (const [name, code] of [
      ['Énergie', 'ENERGIE'],
      ['Déchets', 'DECHETS'],
      ['Mobilités', 'MOBILITES'],
    ] as const) {
      const { proposeCoalition } = await ok(
        PROPOSE,
        { i: { name, objective: 'Agir', perimeterKind: 'THEME', perimeterCode: code } },
        proposer,
      );
      ids.push(proposeCoalition.id);
    }
    await ok(`mutation ($id: ID!) { validateCoalition(id: $id) { id } }`, { id: ids[0] }, poitiersAnimator);
    await ok(`mutation ($id: ID!) { validateCoalition(id: $id) { id } }`, { id: ids[2] }, poitiersAnimator);

    const published = (await ok(PUBLIC, { t: other.tenant.id }))._entities[0].publicCoalitions;
    expect(published.totalCount).toBe(2);
    expect(published.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'Énergie',
      'Mobilités',
    ]);
    const one = `query ($t: ID!, $id: ID!) { _entities(representations: [{ __typename: "Tenant", id: $t }]) { ... on Tenant { publicCoalition(id: $id) { name } } } }`;
    expect((await ok(one, { t: other.tenant.id, id: ids[0] }))._entities[0].publicCoalition).toEqual({
      name: 'Énergie',
    });
    expect((await ok(one, { t: other.tenant.id, id: ids[1] }))._entities[0].publicCoalition).toBeNull();
    // Asked through Brest, Grand Poitiers' coalition is nowhere.
    expect((await ok(one, { t: brest.tenant.id, id: ids[0] }))._entities[0].publicCoalition).toBeNull();

    const first = await ok(
      `{ coalitions(first: 1, filter: { perimeterKind: THEME }) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`,
      {},
      proposer,
    );
    expect(first.coalitions.totalCount).toBe(3);
    const next = await ok(
      `query ($a: String) { coalitions(first: 5, after: $a, filter: { perimeterKind: THEME }) { edges { node { name } } } }`,
      { a: first.coalitions.pageInfo.endCursor },
      proposer,
    );
    expect(next.coalitions.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      'Déchets',
      'Mobilités',
    ]);
    const stranger = await other.person(TenantRole.MEMBER);
    const strangerView = await ok(`{ coalitions { totalCount } }`, {}, stranger);
    expect(strangerView.coalitions.totalCount).toBe(2);
    const byCode = await ok(
      `{ coalitions(filter: { perimeterCode: "DECHETS", reviewStatus: PROPOSED, stage: FORMING }) { totalCount } }`,
      {},
      poitiersAnimator,
    );
    expect(byCode.coalitions.totalCount).toBe(1);
    expectError(
      await call(`{ coalitions(first: 0) { totalCount } }`, {}, proposer),
      'BAD_USER_INPUT',
      /« first » doit être un entier/,
      'first',
    );
  });

  it('reads the coalition page in as many SQL statements with 200 members as with 5', async () => {
    const statementsOf = async (id: string, who: Person): Promise<number> => {
      const logger = harness.dataSource.logger;
      const original = logger.logQuery.bind(logger);
      let n = 0;
      logger.logQuery = (query, parameters, runner) => {
        if (/"?community"?\./.test(query)) n += 1;
        return original(query, parameters, runner);
      };
      try {
        const data = await page(id, who);
        expect(data.members.length).toBeGreaterThan(0);
      } finally {
        logger.logQuery = original;
      }
      return n;
    };
    const small = await validatedCoalition('Petite coalition');
    const large = await validatedCoalition('Grande coalition');
    const fill = async (coalitionId: string, count: number) => {
      const orgs = await brest.organisations(
        Array.from({ length: count }, (_, i) => `Acteur ${coalitionId.slice(0, 4)} ${i}`),
      );
      await brest.sql(
        `insert into community.coalition_members (tenant_id, coalition_id, organisation_id, status)
         select $1, $2, o, 'member' from unnest($3::uuid[]) o`,
        [brest.tenant.id, coalitionId, orgs],
      );
    };
    await fill(small.id, 4);
    await fill(large.id, 199);
    const [few, many] = [await statementsOf(small.id, animator), await statementsOf(large.id, animator)];
    expect((await page(large.id, animator)).members).toHaveLength(200);
    expect(many).toBe(few);
    // coalition, members, organisations, facilitators, stages.
    expect(few).toBeLessThanOrEqual(6);
  });
});
