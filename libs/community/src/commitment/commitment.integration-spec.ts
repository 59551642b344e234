import { errorCode, type SubgraphHarness, type TestTenant } from '@alliance/testing';
import { CommunityRows, commitmentHarness, person, TenantRole } from '../test/commitment-harness';

const CREATE = `mutation ($i: CreateCommitmentInput!) {
  createCommitment(input: $i) { id status currentRevision publishedRevision current { title memberOrganisationNames } }
}`;
const UPDATE = `mutation ($i: UpdateCommitmentInput!) {
  updateCommitment(input: $i) { id status currentRevision publishedRevision }
}`;
const ADD_ACTION = `mutation ($i: AddActionInput!) { addAction(input: $i) { id coalitionId } }`;
const move = (name: string) => `mutation ($id: ID!) { ${name}(id: $id) { status publishedRevision } }`;
const PUBLIC = `query ($r: [_Any!]!) {
  _entities(representations: $r) {
    ... on Tenant {
      publicCommitments(first: 10) {
        totalCount
        edges { node { id status authorName current { revision title objective planStakeCodes memberOrganisationNames }
          revisions { revision } reviewComment
          actions { title status categoryCode barriers budgetEuros progress { note } impacts { quantity unit year indicatorCode } } } }
      }
    }
  }
}`;

describe('commitments: a Brest coalition on alternative mobility commits and publishes', () => {
  let harness: SubgraphHarness;
  let brest: TestTenant;
  let rows: CommunityRows;
  let animator: { id: string; token: string };
  let facilitator: { id: string; token: string };
  let ehopRepresentative: { id: string; token: string };
  let outsider: { id: string; token: string };
  let coalitionId: string;
  let ehop: string;
  let members: string[];

  const publicPage = async () =>
    (await harness.ok(PUBLIC, { r: [{ __typename: 'Tenant', id: brest.id }] }))._entities[0]
      .publicCommitments;
  const commitmentCount = async () =>
    (await rows.sql(`select count(*)::int as n from community.commitments`))[0]!.n as number;

  beforeAll(async () => {
    harness = await commitmentHarness().start();
    brest = await harness.factories.tenant('Brest métropole');
    rows = new CommunityRows(harness, brest);
    animator = await person(harness, brest, TenantRole.ANIMATOR);
    facilitator = await person(harness, brest, TenantRole.MEMBER);
    ehopRepresentative = await person(harness, brest, TenantRole.MEMBER);
    outsider = await person(harness, brest, TenantRole.MEMBER);
    coalitionId = await rows.coalition(
      'Mobilités alternatives à la voiture individuelle',
      'theme',
      'MOBILITES',
      facilitator.id,
    );
    await rows.facilitator(coalitionId, facilitator.id);
    members = [];
    for (const name of ['BAPAV', 'Le Lieu Dit', 'EHOP', 'Les Partageurs', 'Brest métropole']) {
      const id = await rows.organisation(name);
      await rows.member(coalitionId, id);
      members.push(id);
    }
    ehop = members[2]!;
    await rows.representative(ehop, ehopRepresentative.id);
  });

  afterAll(() => harness?.stop());

  it('publishes a commitment with two actions, which then shows on the public page', async () => {
    const created = (
      await harness.ok(
        CREATE,
        {
          i: {
            coalitionId,
            title: 'Moins de voitures solo vers le Technopôle',
            objective: 'Réduire de 20 % les trajets en voiture individuelle des salariés d’ici 2025.',
            functioning: 'Animation tournante, une réunion par mois, un tableur partagé ; EHOP fait le lien.',
            planStakeCodes: ['PCAET-MOB-1'],
          },
        },
        facilitator.token,
      )
    ).createCommitment;
    // The coalition's members are the commitment's members unless told otherwise.
    expect(created).toMatchObject({ status: 'DRAFT', currentRevision: 1, publishedRevision: null });
    expect(created.current.memberOrganisationNames).toEqual([
      'BAPAV',
      'Le Lieu Dit',
      'EHOP',
      'Les Partageurs',
      'Brest métropole',
    ]);

    // A representative of a member organisation writes the actions.
    for (const title of ['Challenge mobilité inter-entreprises', 'Ateliers de réparation de vélos']) {
      const action = await harness.ok(
        ADD_ACTION,
        {
          i: {
            commitmentId: created.id,
            title,
            categoryCode: 'MOBILITES',
            status: 'PLANNED',
            barriers: ['Horaires décalés'],
            budgetEuros: 1500,
            impacts:
              title === 'Challenge mobilité inter-entreprises'
                ? [{ quantity: 120, unit: 'tCO2e/an', year: 2025, indicatorCode: 'cae_1.a' }]
                : [],
          },
        },
        ehopRepresentative.token,
      );
      expect(action.addAction.coalitionId).toBe(coalitionId);
    }

    expect(
      (await harness.ok(move('submitCommitment'), { id: created.id }, facilitator.token)).submitCommitment,
    ).toEqual({ status: 'SUBMITTED', publishedRevision: null });
    expect((await publicPage()).totalCount).toBe(0);
    await harness.ok(move('validateCommitment'), { id: created.id }, animator.token);
    // Once validated, its authors may publish it themselves.
    expect(
      (await harness.ok(move('publishCommitment'), { id: created.id }, ehopRepresentative.token))
        .publishCommitment,
    ).toEqual({ status: 'PUBLISHED', publishedRevision: 1 });

    const page = await publicPage();
    expect(page.totalCount).toBe(1);
    const shown = page.edges[0].node;
    expect(shown).toMatchObject({
      id: created.id,
      status: 'PUBLISHED',
      authorName: 'Mobilités alternatives à la voiture individuelle',
      current: {
        revision: 1,
        title: 'Moins de voitures solo vers le Technopôle',
        planStakeCodes: ['PCAET-MOB-1'],
      },
      reviewComment: null,
    });
    expect(shown.actions).toEqual([
      {
        title: 'Challenge mobilité inter-entreprises',
        status: 'PLANNED',
        categoryCode: 'MOBILITES',
        barriers: [],
        budgetEuros: null,
        progress: [],
        impacts: [{ quantity: 120, unit: 'tCO2e/an', year: 2025, indicatorCode: 'cae_1.a' }],
      },
      {
        title: 'Ateliers de réparation de vélos',
        status: 'PLANNED',
        categoryCode: 'MOBILITES',
        barriers: [],
        budgetEuros: null,
        progress: [],
        impacts: [],
      },
    ]);

    // The coalition's page shows its commitments and all their actions to members of the territory.
    const coalitionPage = await harness.ok(
      `query ($id: ID!) { commitment(id: $id) { coalition { name commitments { id status } actions { title barriers } } } }`,
      { id: created.id },
      outsider.token,
    );
    expect(coalitionPage.commitment.coalition.commitments).toEqual([{ id: created.id, status: 'PUBLISHED' }]);
    expect(coalitionPage.commitment.coalition.actions.map((a: { barriers: string[] }) => a.barriers)).toEqual(
      [['Horaires décalés'], ['Horaires décalés']],
    );
  });

  it('makes revision 2 when a published commitment is edited, while revision 1 stays public and readable', async () => {
    const id = (
      await harness.ok(
        CREATE,
        {
          i: {
            coalitionId,
            title: 'Covoiturage domicile-travail',
            objective: 'Mille covoitureurs inscrits.',
            firstActions: 'Une campagne d’inscription à la rentrée.',
            planStakeCodes: ['PCAET-MOB-2'],
          },
        },
        facilitator.token,
      )
    ).createCommitment.id;
    await harness.ok(move('submitCommitment'), { id }, facilitator.token);
    await harness.ok(move('validateCommitment'), { id }, animator.token);
    await harness.ok(move('publishCommitment'), { id }, animator.token);

    const edited = await harness.ok(
      UPDATE,
      { i: { commitmentId: id, objective: 'Deux mille covoitureurs inscrits.' } },
      facilitator.token,
    );
    expect(edited.updateCommitment).toEqual({
      id,
      status: 'DRAFT',
      currentRevision: 2,
      publishedRevision: 1,
    });
    // Further edits before review change revision 2 in place.
    await harness.ok(
      UPDATE,
      { i: { commitmentId: id, title: 'Covoiturage domicile-travail 2025' } },
      facilitator.token,
    );

    const read = await harness.ok(
      `query ($id: ID!) { commitment(id: $id) {
         revisions { revision title objective }
         first: revision(number: 1) { objective }
         published { revision objective }
         current { revision objective }
       } }`,
      { id },
      outsider.token,
    );
    expect(read.commitment).toEqual({
      revisions: [
        { revision: 1, title: 'Covoiturage domicile-travail', objective: 'Mille covoitureurs inscrits.' },
        {
          revision: 2,
          title: 'Covoiturage domicile-travail 2025',
          objective: 'Deux mille covoitureurs inscrits.',
        },
      ],
      first: { objective: 'Mille covoitureurs inscrits.' },
      published: { revision: 1, objective: 'Mille covoitureurs inscrits.' },
      current: { revision: 2, objective: 'Deux mille covoitureurs inscrits.' },
    });
    const publicNode = async () =>
      (await publicPage()).edges.find((e: { node: { id: string } }) => e.node.id === id).node;
    expect((await publicNode()).current).toMatchObject({
      revision: 1,
      objective: 'Mille covoitureurs inscrits.',
    });
    expect((await publicNode()).revisions).toEqual([{ revision: 1 }]);

    await harness.ok(move('submitCommitment'), { id }, facilitator.token);
    await harness.ok(move('validateCommitment'), { id }, animator.token);
    await harness.ok(move('publishCommitment'), { id }, facilitator.token);
    expect((await publicNode()).current).toMatchObject({
      revision: 2,
      objective: 'Deux mille covoitureurs inscrits.',
    });
  });

  it('refuses to submit with the missing elements all named, and changes nothing', async () => {
    const id = (
      await harness.ok(
        CREATE,
        { i: { coalitionId, title: 'Vélos partagés', memberOrganisationIds: [] } },
        facilitator.token,
      )
    ).createCommitment.id;
    const refused = await harness.request(move('submitCommitment'), { id }, facilitator.token);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.message).toBe(
      'Il manque, pour soumettre cet engagement : l’objectif, les organisations membres, les premières actions mises en œuvre ou planifiées (un texte ou au moins une action) et au moins un enjeu du Plan Climat ciblé.',
    );
    expect(refused.errors![0]!.extensions).toMatchObject({
      field: 'objective',
      missing: ['objective', 'memberOrganisationIds', 'firstActions', 'planStakeCodes'],
    });
    const [row] = await rows.sql(`select status from community.commitments where id = $1`, [id]);
    expect(row!.status).toBe('draft');

    // An organisation's commitment needs no member list: it is its own member.
    const own = (
      await harness.ok(
        CREATE,
        { i: { organisationId: ehop, title: 'EHOP s’engage' } },
        ehopRepresentative.token,
      )
    ).createCommitment;
    expect(own.current.memberOrganisationNames).toEqual(['EHOP']);
    await harness.ok(
      UPDATE,
      { i: { commitmentId: own.id, objective: 'Former 50 conducteurs.' } },
      ehopRepresentative.token,
    );
    const still = await harness.request(move('submitCommitment'), { id: own.id }, ehopRepresentative.token);
    expect(still.errors![0]!.extensions).toMatchObject({ missing: ['firstActions', 'planStakeCodes'] });
  });

  it('refuses to act for an organisation or a coalition one does not act for, naming it', async () => {
    const before = await commitmentCount();
    const forEhop = await harness.request(
      CREATE,
      { i: { organisationId: ehop, title: 'Intrus' } },
      outsider.token,
    );
    expect(errorCode(forEhop)).toBe('FORBIDDEN');
    expect(forEhop.errors![0]!.message).toBe('Vous ne représentez pas l’organisation « EHOP ».');
    const forCoalition = await harness.request(
      CREATE,
      { i: { coalitionId, title: 'Intrus' } },
      outsider.token,
    );
    expect(errorCode(forCoalition)).toBe('FORBIDDEN');
    expect(forCoalition.errors![0]!.message).toContain(
      'Vous n’agissez pas pour la coalition « Mobilités alternatives à la voiture individuelle »',
    );
    const both = await harness.request(
      CREATE,
      { i: { organisationId: ehop, coalitionId, title: 'Les deux' } },
      ehopRepresentative.token,
    );
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    expect(both.errors![0]!.extensions!.field).toBe('coalitionId');
    const unknownMember = await harness.request(
      CREATE,
      {
        i: {
          coalitionId,
          title: 'Membre inconnu',
          memberOrganisationIds: ['0b8f5a8e-8c1d-4f0e-a3a4-5c6d7e8f9a0b'],
        },
      },
      facilitator.token,
    );
    expect(errorCode(unknownMember)).toBe('BAD_USER_INPUT');
    expect(unknownMember.errors![0]!.message).toBe(
      'L’organisation 0b8f5a8e-8c1d-4f0e-a3a4-5c6d7e8f9a0b n’existe pas dans ce territoire.',
    );
    expect(unknownMember.errors![0]!.extensions!.field).toBe('memberOrganisationIds');
    const blank = await harness.request(CREATE, { i: { coalitionId, title: '' } }, facilitator.token);
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
    expect(blank.errors![0]!.extensions!.field).toBe('title');
    expect(await commitmentCount()).toBe(before);

    const id = (
      await harness.ok(CREATE, { i: { organisationId: ehop, title: 'EHOP 2025' } }, ehopRepresentative.token)
    ).createCommitment.id;
    const edit = await harness.request(UPDATE, { i: { commitmentId: id, objective: 'Non' } }, outsider.token);
    expect(errorCode(edit)).toBe('FORBIDDEN');
    const [row] = await rows.sql(
      `select objective from community.commitment_revisions where commitment_id = $1`,
      [id],
    );
    expect(row!.objective).toBeNull();
  });

  it('lets animators return a commitment with a comment, and only them review', async () => {
    const id = (
      await harness.ok(
        CREATE,
        {
          i: {
            organisationId: ehop,
            title: 'Covoiturage solidaire',
            objective: 'Cent trajets solidaires par mois.',
            firstActions: 'Une permanence hebdomadaire.',
            planStakeCodes: ['PCAET-MOB-3'],
          },
        },
        ehopRepresentative.token,
      )
    ).createCommitment.id;
    const early = await harness.request(move('publishCommitment'), { id }, animator.token);
    expect(errorCode(early)).toBe('CONFLICT');
    expect(early.errors![0]!.message).toBe(
      'Cet engagement ne peut pas être publié : il est brouillon (il doit être validé).',
    );
    await harness.ok(move('submitCommitment'), { id }, ehopRepresentative.token);
    const byMember = await harness.request(move('validateCommitment'), { id }, ehopRepresentative.token);
    expect(errorCode(byMember)).toBe('FORBIDDEN');
    const noComment = await harness.request(
      `mutation ($id: ID!) { returnCommitment(id: $id, comment: "  ") { status } }`,
      { id },
      animator.token,
    );
    expect(errorCode(noComment)).toBe('BAD_USER_INPUT');
    expect(noComment.errors![0]!.extensions!.field).toBe('comment');
    const [still] = await rows.sql(`select status from community.commitments where id = $1`, [id]);
    expect(still!.status).toBe('submitted');
    const whileReviewed = await harness.request(
      UPDATE,
      { i: { commitmentId: id, objective: 'Autre' } },
      ehopRepresentative.token,
    );
    expect(errorCode(whileReviewed)).toBe('CONFLICT');

    const returned = await harness.ok(
      `mutation ($id: ID!) { returnCommitment(id: $id, comment: "Chiffrez l’objectif en CO2.") { status reviewComment } }`,
      { id },
      animator.token,
    );
    expect(returned.returnCommitment).toEqual({
      status: 'RETURNED',
      reviewComment: 'Chiffrez l’objectif en CO2.',
    });
    await harness.ok(
      UPDATE,
      { i: { commitmentId: id, objective: '30 tCO2e évitées par an.' } },
      ehopRepresentative.token,
    );
    expect(
      (await harness.ok(move('submitCommitment'), { id }, ehopRepresentative.token)).submitCommitment.status,
    ).toBe('SUBMITTED');
    const audit = await (
      await harness.owner()
    ).query(`select action from platform.audit_entries where object_id = $1 order by created_at`, [id]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'commitment.create',
      'commitment.submit',
      'commitment.return',
      'commitment.update',
      'commitment.submit',
    ]);
  });
});
