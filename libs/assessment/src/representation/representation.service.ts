import { Injectable } from '@nestjs/common';
import { requireTenantRole } from '@alliance/platform';
import type { OrganisationRepresentative } from './representative.entity';
import { RepresentativeRepository } from './representative.repository';

/** Which organisations the viewer answers for, as community announced it. */
@Injectable()
export class RepresentationService {
  constructor(private readonly representatives: RepresentativeRepository) {}

  mine(): Promise<OrganisationRepresentative[]> {
    const claims = requireTenantRole();
    return this.representatives.ofUser(claims.userId);
  }
}
