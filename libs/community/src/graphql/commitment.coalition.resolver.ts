import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '@alliance/platform';
import { ActionModel, type ActionView, actionView } from './action.models';
import { CoalitionModel } from './coalition.model';
import { CommitmentLoaders } from './commitment.loaders';
import { CommitmentModel, type CommitmentView, commitmentView } from './commitment.models';

/** A coalition as its resolvers return it: the entity, whose tenant says where its commitments live. */
type CoalitionParent = CoalitionModel & { tenantId?: string };

/**
 * A coalition's commitments and actions, batched across coalitions and members so that a coalition page costs
 * the same number of statements whatever its size. Inside the territory every commitment shows; to the
 * public (a coalition read on the territory's public pages) only published ones and their actions.
 */
@Resolver(() => CoalitionModel)
export class CoalitionCommitmentsResolver {
  constructor(private readonly loaders: CommitmentLoaders) {}

  private tenantOf(coalition: CoalitionParent): string | undefined {
    return coalition.tenantId ?? RequestContext.current()?.tenantId;
  }

  @ResolveField(() => [CommitmentModel], {
    description: 'Its commitments, oldest first; read as the public, the published ones only.',
  })
  async commitments(@Parent() coalition: CoalitionParent): Promise<CommitmentView[]> {
    const tenantId = this.tenantOf(coalition);
    if (!tenantId) return [];
    const inside = CommitmentLoaders.insideTenant(tenantId);
    return (await this.loaders.commitmentsOfCoalition(tenantId, coalition.id, !inside)).map((c) =>
      commitmentView(c, !inside),
    );
  }

  @ResolveField(() => [ActionModel], {
    description:
      'Its actions and those of its commitments, oldest first; read as the public, those of published commitments and its own.',
  })
  async actions(@Parent() coalition: CoalitionParent): Promise<ActionView[]> {
    const tenantId = this.tenantOf(coalition);
    if (!tenantId) return [];
    const inside = CommitmentLoaders.insideTenant(tenantId);
    const actions = await this.loaders.actionsOf('coalitionId', tenantId, coalition.id);
    if (inside) return actions.map((a) => actionView(a, false));
    const published = new Set(
      (await this.loaders.commitmentsOfCoalition(tenantId, coalition.id, true)).map((c) => c.id),
    );
    return actions
      .filter((a) => a.commitmentId === null || published.has(a.commitmentId))
      .map((a) => actionView(a, true));
  }
}
