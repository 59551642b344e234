// The member space's navigation: one entry per capability. Each capability issue adds its entry here
// (and its routes in routes/app-routes.tsx), with the rule saying who sees it.
import type { ViewerFieldsFragment } from '../../graphql/graphql.generated';
import { canSeeMembers } from '../auth/access';
import { isAnimation } from '../community/access';

export interface Capability {
  /** Translation key prefix: `<key>.title` and `<key>.description` under `space.capabilities`. */
  key: string;
  /** Path under `/{slug}/espace`; '' is the space's home. */
  path: string;
  visible: (viewer: ViewerFieldsFragment) => boolean;
}

export const CAPABILITIES: readonly Capability[] = [
  { key: 'members', path: 'membres', visible: canSeeMembers },
  { key: 'configuration', path: 'configuration', visible: () => true },
  { key: 'indicators', path: 'indicateurs', visible: () => true },
  { key: 'assessment', path: 'auto-evaluation', visible: () => true },
  { key: 'directory', path: 'annuaire', visible: () => true },
  { key: 'coalitions', path: 'coalitions', visible: () => true },
  { key: 'commitments', path: 'engagements', visible: () => true },
  { key: 'overview', path: 'vue-d-ensemble', visible: isAnimation },
  { key: 'profile', path: 'profil', visible: () => true },
];

export function visibleCapabilities(viewer: ViewerFieldsFragment): Capability[] {
  return CAPABILITIES.filter((capability) => capability.visible(viewer));
}
