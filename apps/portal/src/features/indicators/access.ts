import type { ViewerFieldsFragment } from '../../graphql/graphql.generated';
import { isConsultant } from '../auth/access';

/** Admins, animators and the serving consultant choose indicators, enter values and set objectives. */
export function canEditIndicators(viewer: ViewerFieldsFragment): boolean {
  return (
    viewer.currentRoles.includes('ADMIN') ||
    viewer.currentRoles.includes('ANIMATOR') ||
    (isConsultant(viewer) && viewer.currentTenant !== null)
  );
}
