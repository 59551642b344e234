import { diffConfigurations } from './configuration-diff';
import type { ConfigurationDocument } from './configuration-document';

const base: ConfigurationDocument = {
  themes: [
    { code: 'ENERGIE', label: 'Energie' },
    { code: 'SOLAIRE', label: 'Solaire' },
  ],
  sectors: [],
  zones: [],
  organisationTypes: [],
  plan: [{ code: 'AX', label: 'Axe', level: 'axis' }],
  objectives: [],
};

describe('configuration differences since a template', () => {
  it('names what was added, removed and changed, by code', () => {
    const current: ConfigurationDocument = {
      ...base,
      themes: [
        { code: 'ENERGIE', label: 'Énergie et climat' },
        { code: 'EAU', label: 'Eau' },
      ],
      plan: [{ code: 'AX', label: 'Axe', level: 'axis', parent: null }],
    };
    expect(diffConfigurations(base, current)).toEqual([
      { list: 'themes', code: 'ENERGIE', change: 'changed', label: 'Énergie et climat' },
      { list: 'themes', code: 'EAU', change: 'added', label: 'Eau' },
      { list: 'themes', code: 'SOLAIRE', change: 'removed', label: 'Solaire' },
    ]);
  });

  it('finds nothing between a document and itself', () => {
    expect(diffConfigurations(base, base)).toEqual([]);
  });
});
