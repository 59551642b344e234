import type { ConfigurationDocument } from './configuration-document';
import { parseDocument, planDepths, validateDocument } from './configuration-validation';

const empty: ConfigurationDocument = {
  themes: [],
  sectors: [],
  zones: [],
  organisationTypes: [],
  plan: [],
  objectives: [],
};

describe('configuration document validation', () => {
  it('computes plan depths whatever the order of the items', () => {
    const depths = planDepths([
      { code: 'A.1', label: 'Action', level: 'action', parent: 'E9' },
      { code: 'E9', label: 'Enjeu 9', level: 'stake', parent: 'AX' },
      { code: 'AX', label: 'Axe', level: 'axis' },
    ]);
    expect(Object.fromEntries(depths)).toEqual({ AX: 0, E9: 1, 'A.1': 2 });
  });

  it('names the codes of a cycle', () => {
    expect(() =>
      planDepths([
        { code: 'E1', label: 'Un', level: 'stake', parent: 'E2' },
        { code: 'E2', label: 'Deux', level: 'stake', parent: 'E1' },
      ]),
    ).toThrow('E1 → E2 → E1');
  });

  it('names a duplicate code, an unknown parent and an unknown theme', () => {
    expect(() =>
      validateDocument({
        ...empty,
        themes: [
          { code: 'ENERGIE', label: 'Énergie' },
          { code: 'ENERGIE', label: 'Énergie bis' },
        ],
      }),
    ).toThrow('themes[1] : le code « ENERGIE » est en double');
    expect(() =>
      validateDocument({ ...empty, plan: [{ code: 'E9', label: 'Enjeu', level: 'stake', parent: 'AX' }] }),
    ).toThrow('le parent « AX » n’existe pas');
    expect(() =>
      validateDocument({
        ...empty,
        objectives: [{ code: 'GES', label: 'GES', horizonYear: 2050, target: '-75 %', theme: 'CLIMAT' }],
      }),
    ).toThrow('objectives[0] (« GES ») : le thème « CLIMAT » n’existe pas');
  });
});

describe('configuration document parsing', () => {
  const valid = { formatVersion: 1, ...empty };

  it('refuses another format version, naming both', () => {
    expect(() => parseDocument(JSON.stringify({ ...valid, formatVersion: 2 }))).toThrow(
      'Ce document est au format « 2 » ; Alliance lit le format 1',
    );
  });

  it('refuses text that is not JSON and a missing list', () => {
    expect(() => parseDocument('{')).toThrow('JSON valide');
    const { plan: _plan, ...withoutPlan } = valid;
    expect(() => parseDocument(JSON.stringify(withoutPlan))).toThrow('« plan » manque');
  });

  it('reads a valid document', () => {
    expect(parseDocument(JSON.stringify(valid)).themes).toEqual([]);
  });
});
