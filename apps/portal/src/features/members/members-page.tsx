import { Navigate } from 'react-router-dom';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { Page } from '../../ui/page';
import { canManageMembers, canSeeMembers } from '../auth/access';
import { useSession } from '../auth/use-session';
import { useTenant } from '../tenants/tenant-context';
import { InvitationsPanel } from './invitations-panel';
import { MembersList } from './members-list';

/** `/{slug}/espace/membres`: admins (and serving consultants) manage members and invitations; animators read. */
export default function MembersPage() {
  const tenant = useTenant();
  const { t } = useI18n();
  const { viewer } = useSession();
  if (!viewer) return null;
  if (!canSeeMembers(viewer)) return <Navigate to={paths.space(tenant.slug)} replace />;
  const manage = canManageMembers(viewer);
  return (
    <Page title={t('members.title')} lead={t(manage ? 'members.leadAdmin' : 'members.leadReader')}>
      {manage ? <InvitationsPanel /> : null}
      <MembersList manage={manage} selfId={viewer.user.id} />
    </Page>
  );
}
