// Who may see what, from the viewer the API returned. The API enforces the same rules; these only
// decide what the portal offers.
import type { ViewerFieldsFragment } from '../../graphql/graphql.generated';
import { paths, safeNext } from '../../routes/paths';

type Viewer = Pick<ViewerFieldsFragment, 'currentRoles' | 'currentTenant' | 'memberships'> & {
  user: Pick<ViewerFieldsFragment['user'], 'platformRoles'>;
};

export function isOperator(viewer: Viewer): boolean {
  return viewer.user.platformRoles.includes('OPERATOR');
}

export function isConsultant(viewer: Viewer): boolean {
  return viewer.user.platformRoles.includes('CONSULTANT');
}

/** A consultant acting in the current tenant serves it (the API only scopes a token to served tenants). */
function servesCurrentTenant(viewer: Viewer): boolean {
  return isConsultant(viewer) && viewer.currentTenant !== null;
}

export function canSeeMembers(viewer: Viewer): boolean {
  return (
    viewer.currentRoles.includes('ADMIN') ||
    viewer.currentRoles.includes('ANIMATOR') ||
    servesCurrentTenant(viewer)
  );
}

export function canManageMembers(viewer: Viewer): boolean {
  return viewer.currentRoles.includes('ADMIN') || servesCurrentTenant(viewer);
}

/** The territory's configuration is edited by its admins and its serving consultant; everyone reads it. */
export function canManageConfiguration(viewer: Viewer): boolean {
  return viewer.currentRoles.includes('ADMIN') || servesCurrentTenant(viewer);
}

export function canSeePlatform(viewer: Viewer): boolean {
  return isOperator(viewer) || isConsultant(viewer);
}

export function canActIn(viewer: Viewer, slug: string): boolean {
  return viewer.memberships.some((membership) => membership.tenant.slug === slug);
}

/**
 * Where to go once logged in: back where the person was, else the most useful home for them. Logging in
 * at platform level (`/login`) takes operators and consultants to the platform's territories.
 */
export function homeAfterLogin(viewer: Viewer, next?: string | null, platformLogin = false): string {
  const back = safeNext(next);
  if (back) return back;
  if (platformLogin && canSeePlatform(viewer)) return paths.platformTenants();
  if (viewer.currentTenant) return paths.space(viewer.currentTenant.slug);
  if (canSeePlatform(viewer)) return paths.platformTenants();
  const first = viewer.memberships[0];
  return first ? paths.space(first.tenant.slug) : paths.landing();
}
