import { Workbook } from 'exceljs';
import { TenantRole, UnitOfWork } from '@alliance/platform';
import type { SubgraphHarness, TestTenant } from '@alliance/testing';
import { communityHarness, type Person, personIn } from './test/organisation-harness';
import { importOrganisationsJob, ORGANISATION_IMPORT_JOB } from './import-organisations.job';

const ORG_FIELDS = `id name typeCode siren siret sectorCodes zoneCodes sizeBand postcode city website publicProfile representedByMe representativeCount`;
const REGISTER = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { ${ORG_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { ${ORG_FIELDS} } }`;
const MINE = `{ myOrganisations { name representedByMe } }`;
const DIRECTORY = `query ($filter: OrganisationFilterInput, $first: Int, $after: String) {
  organisations(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`;
const JOIN = `mutation ($input: RequestToJoinOrganisationInput!) { requestToJoinOrganisation(input: $input) { id status message organisation { name } } }`;
const PENDING = `query ($o: ID!) { organisationJoinRequests(organisationId: $o) { id userId message status } }`;
const APPROVE = `mutation ($id: ID!) { approveJoinRequest(id: $id) { id status decidedAt } }`;
const REFUSE = `mutation ($id: ID!) { refuseJoinRequest(id: $id) { id status } }`;
const START = `mutation ($input: StartOrganisationImportInput!) { startOrganisationImport(input: $input) { id status totalRows } }`;
const REPORT = `query ($id: ID!) { organisationImport(id: $id) { status totalRows processedRows createdRows skippedRows errors { line field message } finishedAt } }`;
const PUBLIC = `query ($r: [_Any!]!, $f: OrganisationFilterInput) { _entities(representations: $r) { ... on Tenant { publicOrganisations(filter: $f) { totalCount edges { node { name publicProfile } } } } } }`;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const names = (data: Record<string, any>): string[] =>
  data.organisations.edges.map((e: { node: { name: string } }) => e.node.name);

describe('organisations and the directory, in Brest', () => {
  let h: SubgraphHarness;
  let brest: TestTenant;
  let enibMember: Person;
  let ifremerMember: Person;
  let newcomer: Person;
  let animator: Person;
  let enib: Record<string, any>;
  let ifremer: Record<string, any>;

  const count = async (table: string) =>
    (
      await (
        await h.owner()
      ).query(`select count(*)::int as n from community.${table} where tenant_id = $1`, [brest.id])
    )[0].n as number;
  const events = async (type: string) =>
    (
      await (
        await h.owner()
      ).query(`select payload from platform.outbox where tenant_id = $1 and type = $2 order by id`, [
        brest.id,
        type,
      ])
    ).map((r: { payload: unknown }) => r.payload);

  beforeAll(async () => {
    h = await communityHarness().start();
    brest = await h.factories.tenant('Brest métropole');
    enibMember = await personIn(h, brest, TenantRole.MEMBER);
    ifremerMember = await personIn(h, brest, TenantRole.MEMBER);
    newcomer = await personIn(h, brest, TenantRole.MEMBER);
    animator = await personIn(h, brest, TenantRole.ANIMATOR);
  });
  afterAll(() => h.stop());

  it('a Brest member registers ENIB with its SIRET and becomes its representative', async () => {
    enib = (
      await h.ok(
        REGISTER,
        {
          input: {
            name: 'ENIB',
            typeCode: 'ETABLISSEMENT_PUBLIC',
            sirenOrSiret: '192 900 119 00012',
            sectorCodes: ['ENSEIGNEMENT_SUP', 'NUMERIQUE'],
            zoneCodes: ['TECHNOPOLE'],
            sizeBand: '250-4999',
            address: 'Technopôle Brest-Iroise',
            postcode: '29280',
            city: 'Plouzané',
            website: 'https://www.enib.fr',
            description: 'École nationale d’ingénieurs de Brest',
          },
        },
        enibMember.token,
      )
    ).registerOrganisation;
    expect(enib).toMatchObject({
      name: 'ENIB',
      siren: '192900119',
      siret: '19290011900012',
      publicProfile: false,
      representedByMe: true,
      representativeCount: 1,
    });
    expect(await h.ok(MINE, {}, enibMember.token)).toEqual({
      myOrganisations: [{ name: 'ENIB', representedByMe: true }],
    });
    expect(await events('community.representative-added')).toEqual([
      {
        organisationId: enib.id,
        userId: enibMember.userId,
        organisationName: 'ENIB',
        organisationTypeCode: 'ETABLISSEMENT_PUBLIC',
        sectorCode: 'ENSEIGNEMENT_SUP',
      },
    ]);
    ifremer = (
      await h.ok(
        REGISTER,
        {
          input: {
            name: 'IFREMER',
            typeCode: 'ETABLISSEMENT_PUBLIC',
            sirenOrSiret: '330715368',
            sectorCodes: ['ENSEIGNEMENT_SUP'],
            zoneCodes: ['TECHNOPOLE'],
            postcode: '29280',
            city: 'Plouzané',
            description: 'Institut français de recherche pour l’exploitation de la mer',
            publicProfile: true,
          },
        },
        ifremerMember.token,
      )
    ).registerOrganisation;
    expect(ifremer).toMatchObject({ siren: '330715368', siret: null, publicProfile: true });
  });

  it('refuses a SIRET with a wrong key, a SIRET already registered, a website without http; nothing written', async () => {
    const before = await count('organisations');
    const wrongKey = await h.request(
      REGISTER,
      { input: { name: 'Brest’aim', typeCode: 'ASSOCIATION', sirenOrSiret: '123 456 789 00012' } },
      newcomer.token,
    );
    expect(wrongKey.errors?.[0]).toMatchObject({
      message: 'Le SIRET 123 456 789 00012 n’est pas valide (clé de contrôle).',
      extensions: { code: 'BAD_USER_INPUT', field: 'sirenOrSiret' },
    });
    const duplicate = await h.request(
      REGISTER,
      { input: { name: 'ENIB bis', typeCode: 'ETABLISSEMENT_PUBLIC', sirenOrSiret: '19290011900012' } },
      newcomer.token,
    );
    expect(duplicate.errors?.[0]).toMatchObject({
      message:
        'Le SIRET 192 900 119 00012 est déjà celui de « ENIB » dans l’annuaire : demandez plutôt à la représenter.',
      extensions: { code: 'CONFLICT', field: 'sirenOrSiret' },
    });
    const website = await h.request(
      REGISTER,
      { input: { name: 'Brest’aim', typeCode: 'ASSOCIATION', website: 'www.brestaim.fr' } },
      newcomer.token,
    );
    expect(website.errors?.[0]).toMatchObject({
      message: 'Le site doit commencer par http:// ou https://.',
      extensions: { code: 'BAD_USER_INPUT', field: 'website' },
    });
    const anonymous = await h.request(REGISTER, { input: { name: 'Anonyme', typeCode: 'ASSOCIATION' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count('organisations')).toBe(before);
    expect(await count('representatives')).toBe(2);
  });

  it('lets its representatives and the animators update an organisation, and nobody else', async () => {
    const refused = await h.request(UPDATE, { input: { id: enib.id, city: 'Brest' } }, ifremerMember.token);
    expect(refused.errors?.[0]).toMatchObject({
      message:
        'Vous ne représentez pas « ENIB » : seuls ses représentants, un animateur ou un administrateur peuvent la modifier.',
      extensions: { code: 'FORBIDDEN' },
    });
    const badSiret = await h.request(
      UPDATE,
      { input: { id: enib.id, sirenOrSiret: '330715369' } },
      enibMember.token,
    );
    expect(badSiret.errors?.[0]).toMatchObject({
      message: 'Le SIREN 330 715 369 n’est pas valide (clé de contrôle).',
      extensions: { code: 'BAD_USER_INPUT', field: 'sirenOrSiret' },
    });
    const [row] = await (
      await h.owner()
    ).query(`select city, siret from community.organisations where id = $1`, [enib.id]);
    expect(row).toEqual({ city: 'Plouzané', siret: '19290011900012' });

    const updated = (
      await h.ok(
        UPDATE,
        { input: { id: enib.id, publicProfile: true, website: 'https://enib.fr' } },
        enibMember.token,
      )
    ).updateOrganisation;
    expect(updated).toMatchObject({
      publicProfile: true,
      website: 'https://enib.fr',
      siret: '19290011900012',
    });
    const renamed = (
      await h.ok(
        UPDATE,
        { input: { id: enib.id, name: 'ENIB – École nationale d’ingénieurs de Brest' } },
        animator.token,
      )
    ).updateOrganisation;
    expect(renamed.name).toBe('ENIB – École nationale d’ingénieurs de Brest');
    // assessment keeps the name with each representative: the renaming is announced again.
    expect((await events('community.representative-added')).at(-1)).toMatchObject({
      organisationId: enib.id,
      userId: enibMember.userId,
      organisationName: 'ENIB – École nationale d’ingénieurs de Brest',
    });
  });

  it('ENIB’s representative asks to join IFREMER; IFREMER’s representative approves', async () => {
    const request = (
      await h.ok(
        JOIN,
        { input: { organisationId: ifremer.id, message: 'Je coordonne nos projets communs.' } },
        enibMember.token,
      )
    ).requestToJoinOrganisation;
    expect(request).toMatchObject({ status: 'PENDING', organisation: { name: 'IFREMER' } });

    const again = await h.request(JOIN, { input: { organisationId: ifremer.id } }, enibMember.token);
    expect(again.errors?.[0]).toMatchObject({
      message: 'Votre demande pour représenter « IFREMER » attend déjà une réponse.',
      extensions: { code: 'CONFLICT', field: 'organisationId' },
    });
    // Acting for an organisation one does not represent.
    for (const query of [PENDING]) {
      const refused = await h.request(query, { o: ifremer.id }, newcomer.token);
      expect(refused.errors?.[0]).toMatchObject({
        message: expect.stringContaining('Vous ne représentez pas « IFREMER »'),
        extensions: { code: 'FORBIDDEN' },
      });
    }
    const selfApproval = await h.request(APPROVE, { id: request.id }, enibMember.token);
    expect(selfApproval.errors?.[0]).toMatchObject({
      message:
        'Vous ne représentez pas « IFREMER » : seuls ses représentants, un animateur ou un administrateur peuvent accepter cette demande.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await count('representatives')).toBe(2);

    expect((await h.ok(PENDING, { o: ifremer.id }, ifremerMember.token)).organisationJoinRequests).toEqual([
      {
        id: request.id,
        userId: enibMember.userId,
        message: 'Je coordonne nos projets communs.',
        status: 'PENDING',
      },
    ]);
    const approved = (await h.ok(APPROVE, { id: request.id }, ifremerMember.token)).approveJoinRequest;
    expect(approved.status).toBe('APPROVED');
    expect(approved.decidedAt).toBeTruthy();
    expect(
      (await h.ok(MINE, {}, enibMember.token)).myOrganisations.map((o: { name: string }) => o.name),
    ).toEqual(['ENIB – École nationale d’ingénieurs de Brest', 'IFREMER']);
    expect((await events('community.representative-added')).at(-1)).toEqual({
      organisationId: ifremer.id,
      userId: enibMember.userId,
      organisationName: 'IFREMER',
      organisationTypeCode: 'ETABLISSEMENT_PUBLIC',
      sectorCode: 'ENSEIGNEMENT_SUP',
    });
    const twice = await h.request(APPROVE, { id: request.id }, animator.token);
    expect(twice.errors?.[0]).toMatchObject({
      message: 'Cette demande pour « IFREMER » a déjà été acceptée.',
      extensions: { code: 'CONFLICT' },
    });
    const member = await h.request(JOIN, { input: { organisationId: ifremer.id } }, enibMember.token);
    expect(member.errors?.[0]).toMatchObject({
      message: 'Vous représentez déjà « IFREMER ».',
      extensions: { code: 'CONFLICT' },
    });
  });

  it('an animator refuses a request; the person does not represent the organisation', async () => {
    const request = (await h.ok(JOIN, { input: { organisationId: enib.id } }, newcomer.token))
      .requestToJoinOrganisation;
    // Animators see every pending request of the territory, whoever represents the organisation; members don't.
    const PENDING = `{ pendingJoinRequests { totalCount edges { node { id organisation { name } } } } }`;
    const pending = (await h.ok(PENDING, {}, animator.token)).pendingJoinRequests;
    expect(pending.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(request.id);
    expect(pending.totalCount).toBe(pending.edges.length);
    const notStaff = await h.request(PENDING, {}, newcomer.token);
    expect(notStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.ok(REFUSE, { id: request.id }, animator.token)).refuseJoinRequest.status).toBe('REFUSED');
    expect((await h.ok(MINE, {}, newcomer.token)).myOrganisations).toEqual([]);
    const after = (await h.ok(PENDING, {}, animator.token)).pendingJoinRequests;
    expect(after.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(request.id);
    expect(
      (await h.ok(`{ myJoinRequests { status organisation { id } } }`, {}, newcomer.token)).myJoinRequests,
    ).toEqual([{ status: 'REFUSED', organisation: { id: enib.id } }]);
  });

  it('a representative leaves an organisation; the removal is announced', async () => {
    const left = await h.ok(
      `mutation ($o: ID!, $u: ID!) { removeOrganisationRepresentative(organisationId: $o, userId: $u) { name representedByMe } }`,
      { o: ifremer.id, u: enibMember.userId },
      enibMember.token,
    );
    expect(left.removeOrganisationRepresentative).toEqual({ name: 'IFREMER', representedByMe: false });
    expect(await events('community.representative-removed')).toEqual([
      { organisationId: ifremer.id, userId: enibMember.userId },
    ]);
    const refused = await h.request(
      `mutation ($o: ID!, $u: ID!) { removeOrganisationRepresentative(organisationId: $o, userId: $u) { id } }`,
      { o: ifremer.id, u: ifremerMember.userId },
      newcomer.token,
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Vous ne représentez pas « IFREMER »'),
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await count('representatives')).toBe(2);
  });

  describe('an animator imports organisations from a CSV file', () => {
    const runImport = () => importOrganisationsJob(new UnitOfWork(h.dataSource));
    async function importFile(text: string): Promise<Record<string, any>> {
      const started = (
        await h.ok(START, { input: { fileName: 'acteurs.csv', contentBase64: b64(text) } }, animator.token)
      ).startOrganisationImport;
      expect(started).toMatchObject({ status: 'QUEUED', totalRows: 0 });
      const job = {
        id: `job-${started.id}`,
        type: ORGANISATION_IMPORT_JOB,
        tenantId: brest.id,
        payload: { importId: started.id },
      };
      // Delivered twice, at once: the second delivery writes nothing more.
      await Promise.all([runImport()(job), runImport()(job)]);
      return (await h.ok(REPORT, { id: started.id }, animator.token)).organisationImport;
    }
    const FILE =
      'nom;type;siret;secteurs;zones;code_postal;ville;site_web;description;public\n' +
      'Océanopolis;ETABLISSEMENT_PUBLIC;;TOURISME|CULTURE;PORT;29200;Brest;https://www.oceanopolis.com;Parc de découverte des océans;oui\n' +
      'Brest’aim Events;ENTREPRISE;732 829 320 00075;EVENEMENTIEL;;29200;Brest;;;non\n' +
      'Les Fabriques;ASSOCIATION;;ESS;CENTRE;29200;Brest;;Tiers-lieu;\n';

    it('keeps the valid rows and reports the faulty one with its line and field', async () => {
      const report = await importFile(FILE);
      expect(report).toMatchObject({
        status: 'DONE',
        totalRows: 3,
        processedRows: 3,
        createdRows: 2,
        skippedRows: 0,
        errors: [
          {
            line: 3,
            field: 'siret',
            message: 'Le SIRET 732 829 320 00075 n’est pas valide (clé de contrôle).',
          },
        ],
      });
      expect(report.finishedAt).toBeTruthy();
      const listed = await h.ok(DIRECTORY, { filter: { text: 'Océanopolis' } }, newcomer.token);
      expect(names(listed)).toEqual(['Océanopolis']);
    });

    it('skips on re-import what is already there: same SIRET, or same name (case and accents aside) and postcode', async () => {
      const report = await importFile(
        FILE.replace('732 829 320 00075', '732 829 320 00074') +
          'LES FABRIQUES;ASSOCIATION;;;;29200;Brest;;;oui\n' +
          'OCEANOPOLIS;ETABLISSEMENT_PUBLIC;;;;29200;Brest;;;\n' +
          'ENIB copie;ETABLISSEMENT_PUBLIC;19290011900012;;;;;;;\n',
      );
      expect(report).toMatchObject({
        status: 'DONE',
        totalRows: 6,
        createdRows: 1,
        skippedRows: 5,
        errors: [],
      });
      expect(await count('organisations')).toBe(5);
    });

    it('refuses a file in another encoding, or without its required columns, at once; nothing stored', async () => {
      const before = await count('organisation_imports');
      const latin1 = Buffer.concat([Buffer.from('nom;type\nCaf', 'latin1'), Buffer.from([0xe9, 0x0a])]);
      const encoding = await h.request(
        START,
        { input: { fileName: 'latin1.csv', contentBase64: latin1.toString('base64') } },
        animator.token,
      );
      expect(encoding.errors?.[0]).toMatchObject({
        message: expect.stringContaining('Le fichier n’est pas encodé en UTF-8 (octet invalide ligne 2'),
        extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64' },
      });
      const columns = await h.request(
        START,
        { input: { fileName: 'sans-type.csv', contentBase64: b64('organisation;siret\nOcéanopolis;\n') } },
        animator.token,
      );
      expect(columns.errors?.[0]).toMatchObject({
        message: expect.stringContaining('Colonnes obligatoires absentes de l’en-tête : « nom », « type ».'),
        extensions: { code: 'BAD_USER_INPUT', field: 'contentBase64' },
      });
      const member = await h.request(
        START,
        { input: { fileName: 'a.csv', contentBase64: b64('nom;type\nA;B\n') } },
        newcomer.token,
      );
      expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await count('organisation_imports')).toBe(before);
    });
  });

  describe('the directory', () => {
    beforeAll(async () => {
      // A coalition on night lighting (the theme ECLAIRAGE) whose member is IFREMER; Océanopolis only asked.
      const owner = await h.owner();
      const [coalition] = await owner.query(
        `insert into community.coalitions (tenant_id, name, objective, perimeter_kind, perimeter_code, proposed_by)
         values ($1, 'Éclairage nocturne', 'Éteindre la nuit', 'theme', 'ECLAIRAGE', $2) returning id`,
        [brest.id, animator.userId],
      );
      const [oceanopolis] = await owner.query(
        `select id from community.organisations where tenant_id = $1 and name = 'Océanopolis'`,
        [brest.id],
      );
      await owner.query(
        `insert into community.coalition_members (tenant_id, coalition_id, organisation_id, status)
         values ($1, $2, $3, 'member'), ($1, $2, $4, 'requested')`,
        [brest.id, coalition.id, ifremer.id, oceanopolis.id],
      );
    });

    it('filters by type, sector, zone, coalition theme and text, with the total', async () => {
      const search = (filter: Record<string, string>) => h.ok(DIRECTORY, { filter }, newcomer.token);
      expect(names(await search({ typeCode: 'ETABLISSEMENT_PUBLIC' }))).toEqual([
        'ENIB – École nationale d’ingénieurs de Brest',
        'IFREMER',
        'Océanopolis',
      ]);
      expect(names(await search({ sectorCode: 'ENSEIGNEMENT_SUP', zoneCode: 'TECHNOPOLE' }))).toEqual([
        'ENIB – École nationale d’ingénieurs de Brest',
        'IFREMER',
      ]);
      expect(names(await search({ coalitionThemeCode: 'ECLAIRAGE' }))).toEqual(['IFREMER']);
      expect(names(await search({ text: 'océans' }))).toEqual(['Océanopolis']);
      expect(names(await search({ text: 'recherche mer' }))).toEqual(['IFREMER']);
      expect(names(await search({ text: 'Les Fab' }))).toEqual(['Les Fabriques']);
      expect(names(await search({ text: '%' }))).toEqual([]);
      expect((await search({})).organisations.totalCount).toBe(5);
    });

    it('pages with a cursor', async () => {
      const first = (await h.ok(DIRECTORY, { first: 2 }, newcomer.token)).organisations;
      expect(first).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
      const rest = (await h.ok(DIRECTORY, { first: 10, after: first.pageInfo.endCursor }, newcomer.token))
        .organisations;
      expect(rest.pageInfo.hasNextPage).toBe(false);
      expect([...first.edges, ...rest.edges].map((e: any) => e.node.name)).toHaveLength(5);
      const bad = await h.request(DIRECTORY, { first: 500 }, newcomer.token);
      expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    });

    it('shows anyone only the organisations that opted in', async () => {
      const anonymous = await h.request(DIRECTORY, {});
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const shown = await h.ok(PUBLIC, { r: [{ __typename: 'Tenant', id: brest.id }], f: null });
      expect(shown._entities[0].publicOrganisations).toEqual({
        totalCount: 3,
        edges: [
          { node: { name: 'ENIB – École nationale d’ingénieurs de Brest', publicProfile: true } },
          { node: { name: 'IFREMER', publicProfile: true } },
          { node: { name: 'Océanopolis', publicProfile: true } },
        ],
      });
      // Brest’aim Events is in the directory, but did not opt in.
      const hidden = await h.ok(PUBLIC, {
        r: [{ __typename: 'Tenant', id: brest.id }],
        f: { text: 'Brest’aim' },
      });
      expect(hidden._entities[0].publicOrganisations).toEqual({ totalCount: 0, edges: [] });
      const members = await h.ok(DIRECTORY, { filter: { text: 'Brest’aim' } }, newcomer.token);
      expect(names(members)).toEqual(['Brest’aim Events']);
    });

    it('exports the filtered directory to CSV, which the import reads back, and to XLSX', async () => {
      const csvFile = (
        await h.ok(
          `query ($f: OrganisationFilterInput) { exportOrganisations(filter: $f) { fileName mediaType contentBase64 } }`,
          { f: { zoneCode: 'TECHNOPOLE' } },
          animator.token,
        )
      ).exportOrganisations;
      expect(csvFile).toMatchObject({
        fileName: 'annuaire-organisations.csv',
        mediaType: 'text/csv; charset=utf-8',
      });
      expect(Buffer.from(csvFile.contentBase64, 'base64').toString('utf8').split('\r\n')).toEqual([
        '\uFEFFnom;type;siret;secteurs;zones;taille;adresse;code_postal;ville;site_web;description;public',
        'ENIB – École nationale d’ingénieurs de Brest;ETABLISSEMENT_PUBLIC;19290011900012;ENSEIGNEMENT_SUP|NUMERIQUE;TECHNOPOLE;250-4999;Technopôle Brest-Iroise;29280;Plouzané;https://enib.fr;École nationale d’ingénieurs de Brest;oui',
        'IFREMER;ETABLISSEMENT_PUBLIC;330715368;ENSEIGNEMENT_SUP;TECHNOPOLE;;;29280;Plouzané;;Institut français de recherche pour l’exploitation de la mer;oui',
        '',
      ]);
      const xlsxFile = (
        await h.ok(`{ exportOrganisations(format: XLSX) { fileName contentBase64 } }`, {}, animator.token)
      ).exportOrganisations;
      expect(xlsxFile.fileName).toBe('annuaire-organisations.xlsx');
      const workbook = new Workbook();
      await workbook.xlsx.load(Uint8Array.from(Buffer.from(xlsxFile.contentBase64, 'base64')).buffer);
      const rows = workbook.getWorksheet('Annuaire')!.getSheetValues();
      expect(rows).toHaveLength(7);
      expect((rows[2] as unknown[])[1]).toBe('Brest’aim Events');
      const member = await h.request(`{ exportOrganisations { fileName } }`, {}, newcomer.token);
      expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
