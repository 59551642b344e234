// Paths of the portal, and the rules about them, in one place.

/** First path segments that are portal pages, never tenant slugs. */
export const RESERVED_SEGMENTS: readonly string[] = [
  'login',
  'forgot-password',
  'reset-password',
  'plateforme',
  'assets',
  'graphql',
];

export const paths = {
  landing: () => '/',
  platformLogin: (next?: string) => withNext('/login', next),
  forgotPassword: () => '/forgot-password',
  platformTenants: () => '/plateforme/territoires',
  tenantHome: (slug: string) => `/${slug}`,
  tenantLogin: (slug: string, next?: string) => withNext(`/${slug}/login`, next),
  space: (slug: string) => `/${slug}/espace`,
  members: (slug: string) => `/${slug}/espace/membres`,
  profile: (slug: string) => `/${slug}/espace/profil`,
  indicators: (slug: string) => `/${slug}/espace/indicateurs`,
  indicator: (slug: string, code: string) => `/${slug}/espace/indicateurs/${encodeURIComponent(code)}`,
  indicatorImport: (slug: string) => `/${slug}/espace/indicateurs/import`,
  assessment: (slug: string) => `/${slug}/espace/auto-evaluation`,
  referentials: (slug: string) => `/${slug}/espace/auto-evaluation/referentiels`,
  selfAssessment: (slug: string, id: string) => `/${slug}/espace/auto-evaluation/${id}`,
  directory: (slug: string) => `/${slug}/espace/annuaire`,
  myOrganisations: (slug: string) => `/${slug}/espace/annuaire/mes-organisations`,
  organisationImport: (slug: string) => `/${slug}/espace/annuaire/import`,
  coalitions: (slug: string) => `/${slug}/espace/coalitions`,
  coalition: (slug: string, id: string) => `/${slug}/espace/coalitions/${id}`,
  commitments: (slug: string) => `/${slug}/espace/engagements`,
  commitment: (slug: string, id: string) => `/${slug}/espace/engagements/${id}`,
  action: (slug: string, id: string) => `/${slug}/espace/actions/${id}`,
  overview: (slug: string) => `/${slug}/espace/vue-d-ensemble`,
  publicCoalition: (slug: string, id: string) => `/${slug}/coalitions/${id}`,
  publicCommitment: (slug: string, id: string) => `/${slug}/engagements/${id}`,
  platformTemplates: () => '/plateforme/modeles',
  platformOnboarding: () => '/plateforme/mise-en-service',
  platformOnboardingProgress: (id: string) => `/plateforme/mise-en-service/${id}`,
};

function withNext(path: string, next?: string): string {
  const safe = next === undefined ? undefined : safeNext(next);
  return safe ? `${path}?next=${encodeURIComponent(safe)}` : path;
}

/**
 * Accepts only a same-origin absolute path as a place to return to after login: `/brest/espace`, not
 * `//evil.example`, `https://evil.example` or `/\evil.example`. Anything else gives undefined.
 */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  // Control characters in a path are a smuggling attempt (header splitting, hidden schemes): refuse them.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(next)) return undefined;
  return next;
}

/** The tenant slug a path belongs to, if any: `/brest/espace` → `brest`, `/plateforme/x` → undefined. */
export function tenantSlugOf(pathname: string): string | undefined {
  const first = pathname.split('/').filter(Boolean)[0];
  if (!first || RESERVED_SEGMENTS.includes(first)) return undefined;
  return isPlausibleSlug(first) ? first : undefined;
}

/** Slugs are lowercase words joined by hyphens: `grand-poitiers`. */
export function isPlausibleSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 63;
}

/** Where to send someone whose session ended while on `pathname`. */
export function loginPathFor(pathname: string, search = ''): string {
  const slug = tenantSlugOf(pathname);
  const here = `${pathname}${search}`;
  return slug ? paths.tenantLogin(slug, here) : paths.platformLogin(here);
}

/** Normalises what someone types in the territory picker into a slug: « Grand Poitiers » → `grand-poitiers`. */
export function slugFromInput(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
