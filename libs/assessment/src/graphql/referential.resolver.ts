import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { encodeCursor } from '@alliance/platform';
import { ReferentialService } from '../referential/referential.service';
import type { Referential, ReferentialNode, ReferentialVersion } from '../referential/referential.entity';
import { resolveWeights } from '../referential/weights';
import { ReferentialLoaders } from './referential.loaders';
import {
  MaturityLevelModel,
  ReferentialConnection,
  ReferentialModel,
  ReferentialNodeModel,
  ReferentialVersionModel,
} from './referential.models';
import {
  CopyReferentialInput,
  CreateReferentialInput,
  ImportReferentialCsvInput,
  SetMaturityScaleInput,
} from './referential.inputs';

function toNodes(nodes: ReferentialNode[]): ReferentialNodeModel[] {
  const weights = resolveWeights(nodes);
  const parents = new Set(nodes.map((n) => n.parentCode));
  return nodes.map((n) => ({
    id: n.id,
    code: n.code,
    parentCode: n.parentCode,
    depth: n.code.split('.').length,
    title: n.title,
    guidance: n.guidance,
    points: n.points,
    percentage: n.percentage,
    weight: weights.get(n.code) ?? 0,
    category: n.category,
    organisationTypes: n.organisationTypes,
    isCriterion: !parents.has(n.code),
    levels: Object.entries(n.levelDescriptions)
      .map(([level, description]) => ({ level: Number(level), description }))
      .sort((a, b) => a.level - b.level),
  }));
}

@Resolver(() => ReferentialModel)
export class ReferentialResolver {
  constructor(
    private readonly service: ReferentialService,
    private readonly loaders: ReferentialLoaders,
  ) {}

  @Query(() => ReferentialConnection, { description: 'The territory’s referentials, oldest first.' })
  async referentials(
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100.' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string,
  ): Promise<ReferentialConnection> {
    const page = await this.service.list({ first: first ?? 20, after });
    return {
      edges: page.items.map((r) => ({ cursor: encodeCursor(r.createdAt, r.id), node: r })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @ResolveField(() => [ReferentialVersionModel], { description: 'Its versions, newest first.' })
  versions(@Parent() referential: Referential) {
    return this.loaders.versionsOf(referential.id);
  }

  @Mutation(() => ReferentialModel, {
    description: 'Creates a referential with an empty draft (admins, animators).',
  })
  createReferential(@Args('input', { description: 'The referential.' }) input: CreateReferentialInput) {
    return this.service.create(input);
  }

  @Mutation(() => ReferentialModel, {
    description:
      'Creates a referential whose draft copies a published version of this territory or of another one the person administers, animates or serves (admins, animators, consultants).',
  })
  copyReferential(
    @Args('input', { description: 'The source and the new referential.' }) input: CopyReferentialInput,
  ) {
    return this.service.copy(input);
  }

  @Mutation(() => ReferentialVersionModel, {
    description: 'Starts the next version as a copy of the latest published one (admins, animators).',
  })
  createReferentialDraft(
    @Args('referentialId', { type: () => ID, description: 'The referential.' }) referentialId: string,
  ) {
    return this.service.createDraft(referentialId);
  }
}

@Resolver(() => ReferentialVersionModel)
export class ReferentialVersionResolver {
  constructor(
    private readonly service: ReferentialService,
    private readonly loaders: ReferentialLoaders,
  ) {}

  @Query(() => ReferentialVersionModel, { description: 'One version of a referential, with its tree.' })
  referentialVersion(@Args('id', { type: () => ID, description: 'The version.' }) id: string) {
    return this.service.version(id);
  }

  @Query(() => String, {
    description: 'A version as CSV, in the layout it was imported with (the ECI layout otherwise).',
  })
  referentialCsv(@Args('versionId', { type: () => ID, description: 'The version.' }) versionId: string) {
    return this.service.exportCsv(versionId);
  }

  @Mutation(() => ReferentialVersionModel, {
    description:
      'Replaces a draft’s tree with a CSV file; on any error, every offending line is reported in `extensions.problems` and nothing is imported.',
  })
  importReferentialCsv(@Args('input', { description: 'The file.' }) input: ImportReferentialCsvInput) {
    return this.service.importCsv(input);
  }

  @Mutation(() => ReferentialVersionModel, {
    description: 'Sets a draft’s maturity scale (admins, animators).',
  })
  setMaturityScale(@Args('input', { description: 'The scale.' }) input: SetMaturityScaleInput) {
    return this.service.setScale(input.versionId, input.levels);
  }

  @Mutation(() => ReferentialVersionModel, {
    description: 'Publishes a draft: it is frozen from then on (admins, animators).',
  })
  publishReferentialVersion(
    @Args('versionId', { type: () => ID, description: 'The draft.' }) versionId: string,
  ) {
    return this.service.publish(versionId);
  }

  @ResolveField(() => [ReferentialNodeModel], { description: 'The tree, parents before children.' })
  async nodes(@Parent() version: ReferentialVersion) {
    return toNodes(await this.loaders.nodesOf(version.id));
  }

  @ResolveField(() => Int, { description: 'How many nodes the tree holds.' })
  nodeCount(@Parent() version: ReferentialVersion) {
    return this.loaders.nodeCountOf(version.id);
  }

  @ResolveField(() => [MaturityLevelModel], { description: 'The maturity scale, lowest level first.' })
  scale(@Parent() version: ReferentialVersion) {
    return this.loaders.scaleOf(version.id);
  }
}
