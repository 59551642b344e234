import { registerEnumType } from '@nestjs/graphql';
import { PlatformRole, TenantRole } from '@alliance/platform';
import { TenantKind, TenantStatus } from '../tenant/tenant.entity';
import { InvitationStatus } from '../invitation/invitation.entity';

registerEnumType(TenantRole, {
  name: 'TenantRole',
  description: 'What a membership allows within one territory.',
  valuesMap: {
    ADMIN: { description: 'Configures the territory and manages its members.' },
    ANIMATOR: { description: 'Runs the programme: validates, facilitates, follows up.' },
    MEMBER: { description: 'Represents one or more organisations of the territory.' },
    EXPERT: { description: 'Speaks at workshops (intervenant).' },
    OBSERVER: { description: 'Reads without contributing.' },
  },
});
registerEnumType(PlatformRole, {
  name: 'PlatformRole',
  description: 'Roles held across territories.',
  valuesMap: {
    OPERATOR: { description: 'Runs the platform: creates territories, assigns consultants.' },
    CONSULTANT: { description: 'Onboards and supports the territories assigned to them.' },
  },
});
registerEnumType(TenantKind, {
  name: 'TenantKind',
  description: 'The kind of local authority a territory is.',
  valuesMap: {
    METROPOLE: { description: 'Métropole.' },
    COMMUNAUTE_URBAINE: { description: 'Communauté urbaine.' },
    COMMUNAUTE_AGGLOMERATION: { description: 'Communauté d’agglomération.' },
    COMMUNAUTE_COMMUNES: { description: 'Communauté de communes.' },
    COMMUNE: { description: 'Commune.' },
    PAYS_PETR: { description: 'Pays or PETR (pôle d’équilibre territorial et rural).' },
  },
});
registerEnumType(TenantStatus, {
  name: 'TenantStatus',
  description: 'Where a territory stands on the platform.',
  valuesMap: {
    ONBOARDING: { description: 'Being set up by its consultant; not yet open to members.' },
    ACTIVE: { description: 'Open to its members.' },
    SUSPENDED: { description: 'Closed for now; its data is kept.' },
  },
});
registerEnumType(InvitationStatus, {
  name: 'InvitationStatus',
  description: 'Where an invitation stands.',
  valuesMap: {
    PENDING: { description: 'Sent, not yet accepted; the link works until it expires.' },
    ACCEPTED: { description: 'Accepted: the person is a member.' },
    REVOKED: { description: 'Withdrawn by an admin, or replaced by a newer invitation.' },
    EXPIRED: { description: 'Not accepted in time.' },
  },
});
