import { canManageMembers, canSeeMembers, homeAfterLogin } from './access';
import type { PlatformRole, TenantRole } from '../../graphql/graphql.generated';

function viewer(options: {
  roles?: TenantRole[];
  platformRoles?: PlatformRole[];
  current?: string;
  memberships?: string[];
}) {
  const tenant = (slug: string) => ({
    id: slug,
    slug,
    name: slug,
    kind: 'METROPOLE' as const,
    programmeName: slug,
    description: null,
    status: 'ACTIVE' as const,
  });
  return {
    user: { platformRoles: options.platformRoles ?? [] },
    currentTenant: options.current ? tenant(options.current) : null,
    currentRoles: options.roles ?? [],
    memberships: (options.memberships ?? []).map((slug) => ({
      tenant: tenant(slug),
      roles: [] as TenantRole[],
    })),
  };
}

describe('access', () => {
  it('lets admins manage members, animators read them, members neither', () => {
    const admin = viewer({ roles: ['ADMIN'], current: 'brest' });
    const animator = viewer({ roles: ['ANIMATOR'], current: 'brest' });
    const member = viewer({ roles: ['MEMBER'], current: 'brest' });
    expect([canSeeMembers(admin), canManageMembers(admin)]).toEqual([true, true]);
    expect([canSeeMembers(animator), canManageMembers(animator)]).toEqual([true, false]);
    expect([canSeeMembers(member), canManageMembers(member)]).toEqual([false, false]);
  });

  it('lets a consultant manage the tenant they are scoped to', () => {
    const consultant = viewer({
      platformRoles: ['CONSULTANT'],
      current: 'rouen',
      memberships: ['rouen', 'grand-poitiers'],
    });
    expect(canManageMembers(consultant)).toBe(true);
    expect(canManageMembers({ ...consultant, currentTenant: null })).toBe(false);
  });
});

describe('homeAfterLogin', () => {
  it('returns where the person was, when it is safe', () => {
    expect(homeAfterLogin(viewer({ current: 'brest' }), '/brest/espace/profil')).toBe('/brest/espace/profil');
    expect(homeAfterLogin(viewer({ current: 'brest' }), '//evil.example')).toBe('/brest/espace');
  });

  it('otherwise opens the most useful home', () => {
    expect(homeAfterLogin(viewer({ platformRoles: ['OPERATOR'] }))).toBe('/plateforme/territoires');
    expect(homeAfterLogin(viewer({ memberships: ['clermont'] }))).toBe('/clermont/espace');
    expect(homeAfterLogin(viewer({}))).toBe('/');
  });

  it('takes a consultant logging in at platform level to the platform, and in a territory to its space', () => {
    const consultant = viewer({
      platformRoles: ['CONSULTANT'],
      current: 'grand-poitiers',
      memberships: ['grand-poitiers', 'rouen'],
    });
    expect(homeAfterLogin(consultant, null, true)).toBe('/plateforme/territoires');
    expect(homeAfterLogin(consultant, null, false)).toBe('/grand-poitiers/espace');
  });
});
