import { Injectable } from '@nestjs/common';
import {
  AuditLog,
  badInput,
  conflict,
  notFound,
  type Page,
  type PageArgs,
  requireTenantRole,
  TenantRole,
} from '@alliance/platform';
import { ReferentialRepository } from '../referential/referential.repository';
import { type ResourceKind, type ResourceLink, type ToolboxResource } from './toolbox.entity';
import { ResourceLinkRepository, ToolboxResourceRepository } from './toolbox.repository';

const EDITORS = [TenantRole.ADMIN, TenantRole.ANIMATOR];

@Injectable()
export class ToolboxService {
  constructor(
    private readonly resources: ToolboxResourceRepository,
    private readonly links: ResourceLinkRepository,
    private readonly referentials: ReferentialRepository,
    private readonly audit: AuditLog,
  ) {}

  list(
    filter: { theme?: string | null; kind?: ResourceKind | null },
    args: PageArgs,
  ): Promise<Page<ToolboxResource>> {
    requireTenantRole();
    return this.resources.pageFiltered(filter, args);
  }

  async create(input: {
    kind: ResourceKind;
    title: string;
    description?: string | null;
    url?: string | null;
    themes?: string[] | null;
  }): Promise<ToolboxResource> {
    requireTenantRole(...EDITORS);
    const resource = await this.resources.insert({
      kind: input.kind,
      title: input.title.trim(),
      description: input.description?.trim() || null,
      url: input.url?.trim() || null,
      themes: [...new Set(input.themes ?? [])],
    });
    await this.audit.record({
      action: 'toolbox.create-resource',
      objectType: 'toolbox-resource',
      objectId: resource.id,
      data: { kind: input.kind, title: resource.title },
    });
    return resource;
  }

  async link(input: {
    resourceId: string;
    referentialId: string;
    criterionCode: string;
    maxLevel: number;
  }): Promise<ResourceLink> {
    requireTenantRole(...EDITORS);
    const resource = await this.resources.findById(input.resourceId);
    if (!resource) throw notFound('Cette ressource n’existe pas dans la boîte à outils du territoire.');
    const referential = await this.referentials.findById(input.referentialId);
    if (!referential) throw notFound('Ce référentiel n’existe pas dans ce territoire.');
    if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(input.criterionCode)) {
      throw badInput(`Code de critère « ${input.criterionCode} » invalide.`, 'criterionCode');
    }
    const existing = await this.links.findOne({
      resourceId: resource.id,
      referentialId: referential.id,
      criterionCode: input.criterionCode,
    });
    if (existing) {
      throw conflict(
        `« ${resource.title} » est déjà recommandée pour le critère ${input.criterionCode}.`,
        'resourceId',
      );
    }
    const link = await this.links.insert({
      resourceId: resource.id,
      referentialId: referential.id,
      criterionCode: input.criterionCode,
      maxLevel: input.maxLevel,
    });
    await this.audit.record({
      action: 'toolbox.link-resource',
      objectType: 'resource-link',
      objectId: link.id,
      data: { resourceId: resource.id, referentialId: referential.id, criterionCode: input.criterionCode },
    });
    return link;
  }
}
