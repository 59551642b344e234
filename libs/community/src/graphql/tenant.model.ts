import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * identity's territory, extended here with what the territory publishes (coalitions, commitments, opted-in
 * organisations). Published content is read anonymously through `tenantBySlug(slug) { … }`: each public
 * field enters that territory for its own read and returns published rows only.
 */
@ObjectType('Tenant', { description: 'A territory running its programme on Alliance.' })
@Directive('@key(fields: "id")')
export class TenantModel {
  @Field(() => ID, { description: 'Identifier of the territory.' })
  id: string;
}
