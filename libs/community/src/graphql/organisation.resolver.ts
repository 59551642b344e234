import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { encodeCursor, exportFile, ExportFile, ExportFormat, notFound, type Page } from '@alliance/platform';
import type { Organisation } from '../organisation/organisation.entity';
import { JoinRequestService } from '../organisation/join-request.service';
import { OrganisationImportService } from '../organisation/organisation-import.service';
import { OrganisationService } from '../organisation/organisation.service';
import {
  JoinRequestConnection,
  JoinRequestModel,
  OrganisationConnection,
  OrganisationImportModel,
} from './directory.models';
import {
  OrganisationFilterInput,
  RegisterOrganisationInput,
  RequestToJoinOrganisationInput,
  StartOrganisationImportInput,
  UpdateOrganisationInput,
} from './organisation.inputs';
import { OrganisationLoaders } from './organisation.loaders';
import { OrganisationModel } from './organisation.model';
import { TenantModel } from './tenant.model';

export function organisationConnection(page: Page<Organisation>): OrganisationConnection {
  return {
    edges: page.items.map((o) => ({ cursor: encodeCursor(o.createdAt, o.id), node: o })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}

@Resolver(() => OrganisationModel)
export class OrganisationResolver {
  constructor(
    private readonly service: OrganisationService,
    private readonly loaders: OrganisationLoaders,
  ) {}

  @Query(() => OrganisationConnection, {
    description:
      'The directory of the territory’s organisations (its members see all of them), oldest first.',
  })
  async organisations(
    @Args('filter', { type: () => OrganisationFilterInput, nullable: true, description: 'Filters.' })
    filter?: OrganisationFilterInput,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100.' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string,
  ): Promise<OrganisationConnection> {
    return organisationConnection(await this.service.directory(filter ?? {}, { first: first ?? 20, after }));
  }

  @Query(() => OrganisationModel, { description: 'One organisation of the territory.' })
  organisation(@Args('id', { type: () => ID, description: 'The organisation.' }) id: string) {
    return this.service.byId(id);
  }

  @Query(() => [OrganisationModel], { description: 'The organisations the viewer represents, by name.' })
  myOrganisations() {
    return this.service.mine();
  }

  @Query(() => ExportFile, {
    description:
      'The directory, filtered, as a CSV file the import reads back or an XLSX workbook (animators, admins).',
  })
  async exportOrganisations(
    @Args('format', {
      type: () => ExportFormat,
      nullable: true,
      description: 'CSV (default) or XLSX.',
    })
    format?: ExportFormat,
    @Args('filter', { type: () => OrganisationFilterInput, nullable: true, description: 'Filters.' })
    filter?: OrganisationFilterInput,
  ): Promise<ExportFile> {
    const chosen = format ?? ExportFormat.CSV;
    return exportFile('annuaire-organisations', chosen, await this.service.export(filter ?? {}, chosen));
  }

  @Mutation(() => OrganisationModel, {
    description:
      'Registers the viewer’s organisation in the directory; the viewer becomes its representative.',
  })
  registerOrganisation(
    @Args('input', { description: 'The organisation.' }) input: RegisterOrganisationInput,
  ) {
    return this.service.register(input);
  }

  @Mutation(() => OrganisationModel, {
    description: 'Changes an organisation (its representatives, animators, admins).',
  })
  updateOrganisation(@Args('input', { description: 'The changes.' }) input: UpdateOrganisationInput) {
    const { id, ...fields } = input;
    return this.service.update(id, fields);
  }

  @Mutation(() => OrganisationModel, {
    description:
      'Removes a representative of an organisation: oneself, or another by a fellow representative, animator or admin.',
  })
  removeOrganisationRepresentative(
    @Args('organisationId', { type: () => ID, description: 'The organisation.' }) organisationId: string,
    @Args('userId', { type: () => ID, description: 'The representative to remove.' }) userId: string,
  ) {
    return this.service.removeRepresentative(organisationId, userId);
  }

  @ResolveField(() => Boolean, { description: 'True when the viewer represents this organisation.' })
  representedByMe(@Parent() organisation: OrganisationModel): Promise<boolean> {
    return this.loaders.representedByViewer(organisation.id);
  }

  // Also what puts the Tenant entity, which the public directory extends, into this subgraph's schema.
  @ResolveField(() => TenantModel, { description: 'The territory whose directory lists this organisation.' })
  territory(@Parent() organisation: Organisation): TenantModel {
    return { id: organisation.tenantId };
  }

  @ResolveField(() => Int, { description: 'How many people represent this organisation.' })
  representativeCount(@Parent() organisation: OrganisationModel): Promise<number> {
    return this.loaders.representativeCount(organisation.id);
  }
}

@Resolver(() => JoinRequestModel)
export class JoinRequestResolver {
  constructor(
    private readonly service: JoinRequestService,
    private readonly loaders: OrganisationLoaders,
  ) {}

  @Mutation(() => JoinRequestModel, {
    description:
      'Asks to represent an organisation of the directory; its representatives or an animator decide.',
  })
  requestToJoinOrganisation(
    @Args('input', { description: 'The request.' }) input: RequestToJoinOrganisationInput,
  ) {
    return this.service.request(input.organisationId, input.message);
  }

  @Query(() => [JoinRequestModel], {
    description:
      'Pending requests to represent an organisation (its representatives, animators, admins), oldest first.',
  })
  organisationJoinRequests(
    @Args('organisationId', { type: () => ID, description: 'The organisation.' }) organisationId: string,
  ) {
    return this.service.pending(organisationId);
  }

  @Query(() => JoinRequestConnection, {
    description:
      'Every pending request to represent an organisation of the territory, oldest first (animators, admins).',
  })
  async pendingJoinRequests(
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, 1 to 100.' }) first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string,
  ) {
    const page = await this.service.pendingInTerritory({ first: first ?? 20, after });
    return {
      edges: page.items.map((r) => ({ cursor: encodeCursor(r.createdAt, r.id), node: r })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  @Query(() => [JoinRequestModel], {
    description: 'The viewer’s own requests to represent organisations, newest first.',
  })
  myJoinRequests() {
    return this.service.mine();
  }

  @Mutation(() => JoinRequestModel, {
    description:
      'Accepts a request: the person becomes a representative (the organisation’s representatives, animators, admins).',
  })
  approveJoinRequest(@Args('id', { type: () => ID, description: 'The request.' }) id: string) {
    return this.service.decide(id, true);
  }

  @Mutation(() => JoinRequestModel, {
    description: 'Refuses a request (the organisation’s representatives, animators, admins).',
  })
  refuseJoinRequest(@Args('id', { type: () => ID, description: 'The request.' }) id: string) {
    return this.service.decide(id, false);
  }

  @ResolveField(() => OrganisationModel, { description: 'The organisation asked for.' })
  async organisation(@Parent() request: JoinRequestModel): Promise<Organisation> {
    const organisation = await this.loaders.organisation(request.organisationId);
    // The foreign key cascades: a request outlives its organisation only within a transaction.
    if (!organisation) throw notFound('L’organisation de cette demande n’existe plus.');
    return organisation;
  }
}

@Resolver(() => OrganisationImportModel)
export class OrganisationImportResolver {
  constructor(private readonly service: OrganisationImportService) {}

  @Mutation(() => OrganisationImportModel, {
    description:
      'Starts importing a UTF-8 CSV file of organisations (animators, admins); poll `organisationImport` for its progress and report.',
  })
  startOrganisationImport(@Args('input', { description: 'The file.' }) input: StartOrganisationImportInput) {
    return this.service.start(input.fileName, input.contentBase64);
  }

  @Query(() => OrganisationImportModel, {
    description: 'An import of organisations: progress, counts and per-row error report (animators, admins).',
  })
  organisationImport(@Args('id', { type: () => ID, description: 'The import.' }) id: string) {
    return this.service.byId(id);
  }
}
