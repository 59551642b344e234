import { codify } from './configuration-document';

describe('configuration document codes', () => {
  it('derives readable codes from French labels', () => {
    expect(codify('Économie sociale et solidaire')).toBe('ECONOMIE-SOCIALE-ET-SOLIDAIRE');
    expect(codify('Transports - Logistique')).toBe('TRANSPORTS-LOGISTIQUE');
    expect(codify('Clubs, réseaux')).toBe('CLUBS-RESEAUX');
  });
});
