import { isPlausibleSlug, loginPathFor, paths, safeNext, slugFromInput, tenantSlugOf } from './paths';

describe('safeNext', () => {
  it('accepts same-origin paths only', () => {
    expect(safeNext('/brest/espace/profil?x=1')).toBe('/brest/espace/profil?x=1');
    expect(safeNext('//evil.example/x')).toBeUndefined();
    expect(safeNext('/\\evil.example')).toBeUndefined();
    expect(safeNext('https://evil.example')).toBeUndefined();
    expect(safeNext('javascript:alert(1)')).toBeUndefined();
    expect(safeNext('/x\n')).toBeUndefined();
    expect(safeNext(null)).toBeUndefined();
  });
});

describe('tenantSlugOf', () => {
  it('reads the tenant from a tenant path, not from portal pages', () => {
    expect(tenantSlugOf('/grand-poitiers/espace/membres')).toBe('grand-poitiers');
    expect(tenantSlugOf('/plateforme/territoires')).toBeUndefined();
    expect(tenantSlugOf('/reset-password/abc')).toBeUndefined();
    expect(tenantSlugOf('/')).toBeUndefined();
  });
});

describe('loginPathFor', () => {
  it('sends to the tenant login with the way back', () => {
    expect(loginPathFor('/brest/espace/profil')).toBe('/brest/login?next=%2Fbrest%2Fespace%2Fprofil');
    expect(loginPathFor('/plateforme/territoires', '?page=2')).toBe(
      '/login?next=%2Fplateforme%2Fterritoires%3Fpage%3D2',
    );
  });

  it('never builds a way back to another site', () => {
    expect(paths.tenantLogin('brest', '//evil.example')).toBe('/brest/login');
  });
});

describe('slugs', () => {
  it('turns what people type into a slug', () => {
    expect(slugFromInput('  Grand Poitiers ')).toBe('grand-poitiers');
    expect(slugFromInput('Métropole Rouen Normandie')).toBe('metropole-rouen-normandie');
    expect(slugFromInput("Communauté d'agglo")).toBe('communaute-d-agglo');
    expect(slugFromInput('!!!')).toBe('');
  });

  it('recognises plausible slugs', () => {
    expect(isPlausibleSlug('clermont')).toBe(true);
    expect(isPlausibleSlug('grand-poitiers')).toBe(true);
    expect(isPlausibleSlug('Brest')).toBe(false);
    expect(isPlausibleSlug('-brest')).toBe(false);
  });
});
