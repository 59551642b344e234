import { decodeUtf8, EncodingError, missingColumns, readOrganisationFile } from './organisation-file';

describe('organisation import file', () => {
  it('reads a semicolon file with French headers, lists of codes and the public opt-in', () => {
    const rows = readOrganisationFile(
      '\uFEFFnom;type;siret;secteurs;zones;code_postal;ville;site_web;description;public\n' +
        'IFREMER;ETABLISSEMENT_PUBLIC;330 715 368 00024;ENSEIGNEMENT_SUP|NAVAL;TECHNOPOLE;29280;Plouzané;https://www.ifremer.fr;Océans;oui\n',
    );
    expect(rows).toEqual([
      {
        line: 2,
        organisation: {
          line: 2,
          name: 'IFREMER',
          typeCode: 'ETABLISSEMENT_PUBLIC',
          siren: '330715368',
          siret: '33071536800024',
          sectorCodes: ['ENSEIGNEMENT_SUP', 'NAVAL'],
          zoneCodes: ['TECHNOPOLE'],
          sizeBand: null,
          address: null,
          postcode: '29280',
          city: 'Plouzané',
          website: 'https://www.ifremer.fr',
          description: 'Océans',
          publicProfile: true,
        },
      },
    ]);
  });

  it('reports every fault of a row with its line and field, and keeps reading the next rows', () => {
    const rows = readOrganisationFile(
      'nom,type,siret,code_postal,site_web,public\n' +
        ',ENTREPRISE,123 456 789 00012,2928,www.exemple.fr,peut-être\n' +
        'Brest’aim,ASSOCIATION,,29200,,non\n',
    );
    expect(rows[0]).toEqual({
      line: 2,
      errors: [
        { line: 2, field: 'nom', message: 'Nom de l’organisation manquant.' },
        {
          line: 2,
          field: 'siret',
          message: 'Le SIRET 123 456 789 00012 n’est pas valide (clé de contrôle).',
        },
        { line: 2, field: 'code_postal', message: 'Code postal « 2928 » : cinq chiffres attendus.' },
        {
          line: 2,
          field: 'site_web',
          message: 'Site « www.exemple.fr » : l’adresse doit commencer par http:// ou https://.',
        },
        { line: 2, field: 'public', message: '« peut-être » dans la colonne public : oui ou non attendu.' },
      ],
    });
    expect(rows[1]).toMatchObject({ line: 3, organisation: { name: 'Brest’aim', publicProfile: false } });
  });

  it('names the required columns a header lacks', () => {
    expect(missingColumns('raison;siret\nA;1\n')).toEqual(['nom', 'type']);
    expect(missingColumns('Nom;Type\n')).toEqual([]);
  });

  it('refuses bytes that are not UTF-8, naming the line', () => {
    const latin1 = Buffer.concat([Buffer.from('nom,type\nCaf', 'latin1'), Buffer.from([0xe9, 0x0a])]);
    expect(() => decodeUtf8(latin1)).toThrow(EncodingError);
    expect(() => decodeUtf8(latin1)).toThrow(/n’est pas encodé en UTF-8 \(octet invalide ligne 2/);
    expect(decodeUtf8(Buffer.from('\uFEFFnom,type\n', 'utf8'))).toBe('nom,type\n');
  });
});
