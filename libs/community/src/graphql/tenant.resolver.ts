import { Resolver, ResolveReference } from '@nestjs/graphql';
import { TenantModel } from './tenant.model';

@Resolver(() => TenantModel)
export class TenantReferenceResolver {
  @ResolveReference()
  resolveReference(reference: { id: string }): TenantModel {
    return { id: reference.id };
  }
}
