import type { ViewerFieldsFragment } from '../../graphql/graphql.generated';
import { isConsultant } from '../auth/access';

/**
 * The animation team (admins, animators, the serving consultant): validates coalitions and commitments,
 * imports organisations, reads the overview. The API enforces the same rule.
 */
export function isAnimation(viewer: ViewerFieldsFragment): boolean {
  return (
    viewer.currentRoles.includes('ADMIN') ||
    viewer.currentRoles.includes('ANIMATOR') ||
    (isConsultant(viewer) && viewer.currentTenant !== null)
  );
}
