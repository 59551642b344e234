import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeCsv, CsvEncoding, parseCsv } from './csv';
import { ECI_COLUMNS, exportColumns, readReferentialCsv, writeReferentialCsv } from './referential-csv';

const ECI_PATH = resolve(__dirname, '../../data/referential-eci-structure.csv');
const header = 'identifiant,nom,description,points,pourcentage,categorie';

function read(text: string) {
  const result = readReferentialCsv(text);
  if ('problems' in result) throw new Error(JSON.stringify(result.problems));
  return result.import;
}

function problems(text: string) {
  const result = readReferentialCsv(text);
  return 'problems' in result ? result.problems : [];
}

describe('referential CSV (ECI layout)', () => {
  const eci = readFileSync(ECI_PATH, 'utf8');

  it('imports the Territoires en Transitions economy referential as it is', () => {
    const imported = read(eci);
    expect(imported.columns).toEqual([...ECI_COLUMNS]);
    expect(imported.rows).toHaveLength(367);
    const first = imported.rows.find((r) => r.code === '1.1.1')!;
    expect(first).toMatchObject({ parentCode: '1.1', percentage: 20, category: 'bases' });
    expect(imported.rows.find((r) => r.code === '1')!.points).toBe(90);
  });

  it('exports back to the same layout: every cell reads back identical', () => {
    const imported = read(eci);
    const exported = writeReferentialCsv(exportColumns(imported.columns, imported.rows), imported.rows);
    const original = parseCsv(eci).records.map((r) => r.fields);
    const again = parseCsv(exported).records.map((r) => r.fields);
    expect(again).toEqual(original);
  });

  it('reports every offending line and imports nothing', () => {
    const text = [
      header,
      '1,Énergie,,,,',
      '1.1,Suivre les consommations,,,60,',
      '1.2,Réduire,,,50,',
      '1.1,En double,,,,',
      '2.1,Orphelin,,,,',
      '3,Mobilité,,beaucoup,,',
      '4,Eau,,,,',
      '4.1,A,,,40,',
      '4.2,B,,,40,',
    ].join('\n');
    expect(problems(text)).toEqual([
      { line: 3, message: 'Les pourcentages des enfants de « 1 » totalisent 110 % : plus de 100 %.' },
      { line: 4, message: 'Les pourcentages des enfants de « 1 » totalisent 110 % : plus de 100 %.' },
      { line: 5, message: 'Identifiant « 1.1 » en double (déjà utilisé ligne 3).' },
      { line: 6, message: 'Parent « 2 » de « 2.1 » introuvable.' },
      { line: 7, message: 'Points « beaucoup » de « 3 » : un nombre positif est attendu.' },
      { line: 9, message: 'Les pourcentages des enfants de « 4 » totalisent 80 % au lieu de 100 %.' },
      { line: 10, message: 'Les pourcentages des enfants de « 4 » totalisent 80 % au lieu de 100 %.' },
    ]);
  });

  it('lets unweighted children share what weighted siblings leave', () => {
    expect(problems([header, '1,Eau,,,,', '1.1,A,,,40,', '1.2,B,,,,'].join('\n'))).toEqual([]);
  });

  it('numbers lines by where a record starts, multi-line fields included', () => {
    const text = [header, '1,Eau,"Première ligne', 'deuxième ligne",,,', '1.1,A,,x,,'].join('\n');
    expect(problems(text)).toEqual([
      { line: 4, message: 'Points « x » de « 1.1 » : un nombre positif est attendu.' },
    ]);
  });

  it('reads and writes applicability and level descriptions as optional columns', () => {
    const imported = read(
      `${header},typesOrganisation,niveau0,niveau4\n1,Eau,,,,,entreprise;association,Rien,Exemplaire\n`,
    );
    expect(imported.rows[0]).toMatchObject({
      organisationTypes: ['entreprise', 'association'],
      levelDescriptions: { '0': 'Rien', '4': 'Exemplaire' },
    });
    expect(writeReferentialCsv(imported.columns, imported.rows)).toContain(
      'entreprise;association,Rien,Exemplaire',
    );
  });

  it('refuses bytes that are not UTF-8 unless Windows-1252 is declared', () => {
    const latin = Buffer.from(`${header}\n1,Énergie,,,,\n`, 'latin1');
    expect(decodeCsv(latin)).toEqual({
      problem: { line: 2, message: expect.stringContaining('Encodage inconnu') },
    });
    expect(decodeCsv(latin, CsvEncoding.WINDOWS_1252)).toEqual({ text: `${header}\n1,Énergie,,,,\n` });
    expect(decodeCsv(Buffer.from(`\uFEFF${header}`, 'utf8'))).toEqual({ text: header });
  });

  it('reads a thousand-node referential in one go', () => {
    const lines = [header];
    for (let d = 1; d <= 10; d += 1) {
      lines.push(`${d},Domaine ${d},,10,,`);
      for (let s = 1; s <= 10; s += 1) {
        lines.push(`${d}.${s},Sous-domaine,,,10,`);
        for (let c = 1; c <= 9; c += 1) lines.push(`${d}.${s}.${c},Critère,,,,`);
      }
    }
    expect(read(lines.join('\n')).rows).toHaveLength(1010);
  });
});
