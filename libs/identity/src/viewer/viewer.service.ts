import { Injectable } from '@nestjs/common';
import { requireViewer, type TenantRole, unauthenticated } from '@alliance/platform';
import { TenantRepository } from '../tenant/tenant.repository';
import { UserRepository } from '../user/user.repository';
import type { Viewer } from '../graphql/identity.models';
import type { Session } from '../session/session.service';
import type { User } from '../user/user.entity';
import type { Tenant } from '../tenant/tenant.entity';

@Injectable()
export class ViewerService {
  constructor(
    private readonly users: UserRepository,
    private readonly tenants: TenantRepository,
  ) {}

  async current(): Promise<Viewer> {
    const claims = requireViewer();
    const user = await this.users.findById(claims.userId);
    if (!user) throw unauthenticated();
    const tenant = claims.tenantId ? await this.tenants.findById(claims.tenantId) : null;
    return this.build(user, tenant, claims.roles);
  }

  fromSession(session: Session): Promise<Viewer> {
    return this.build(session.user, session.tenant, session.roles);
  }

  private async build(user: User, tenant: Tenant | null, roles: TenantRole[]): Promise<Viewer> {
    const access = await this.users.tenantAccess(user.id);
    const tenants = await this.tenants.findByIds([...new Set(access.map((a) => a.tenantId))]);
    const memberships = tenants
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
      .map((t) => {
        const here = access.filter((a) => a.tenantId === t.id);
        return {
          tenant: t,
          roles: here.flatMap((a) => (a.role ? [a.role as TenantRole] : [])),
          serves: here.some((a) => a.serves),
        };
      });
    return { user, currentTenant: tenant, currentRoles: roles, memberships };
  }
}
