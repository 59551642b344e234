import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { RequestContext } from '@alliance/platform';
import { ConfigurationService } from '../configuration/configuration.service';
import type { TemplateVersion } from '../template/template.entity';
import { TemplateRepository } from '../template/template.repository';
import { TemplateService } from '../template/template.service';
import {
  ConfigurationChange,
  CreateTemplateInput,
  OriginModel,
  TemplateModel,
  TemplateVersionModel,
} from './template.models';

const toVersion = (v: TemplateVersion): TemplateVersionModel => ({
  version: v.version,
  note: v.note,
  createdAt: v.createdAt,
  document: JSON.stringify({ formatVersion: 1, ...v.document }, null, 2),
});

const documentArg = {
  description: 'An export document (JSON text, `formatVersion` 1).',
} as const;

@Resolver(() => TemplateModel)
export class TemplateResolver {
  constructor(
    private readonly service: TemplateService,
    private readonly repository: TemplateRepository,
  ) {}

  @Query(() => [TemplateModel], {
    description: 'The template library (consultants, operators). Tens of templates, so not paged.',
  })
  configurationTemplates() {
    return this.service.list();
  }

  @Query(() => TemplateModel, { description: 'One template of the library (consultants, operators).' })
  configurationTemplate(@Args('id', { type: () => ID, description: 'The template.' }) id: string) {
    return this.service.get(id);
  }

  @ResolveField(() => [TemplateVersionModel], { description: 'Its versions, newest first.' })
  async versions(@Parent() template: TemplateModel) {
    // One query for the versions of every template in the answer.
    const loader = RequestContext.perRequest(
      'territory.template-versions',
      () =>
        new DataLoader<string, TemplateVersion[]>(async (ids) => {
          const all = await this.repository.versions(ids);
          return ids.map((id) => all.filter((v) => v.templateId === id));
        }),
    );
    return (await loader.load(template.id)).map(toVersion);
  }

  @Mutation(() => TemplateModel, { description: 'Adds a template with its first version (operators).' })
  createConfigurationTemplate(@Args('input', { description: 'The template.' }) input: CreateTemplateInput) {
    return this.service.create(input);
  }

  @Mutation(() => TemplateVersionModel, {
    description:
      'Publishes a new version of a template (operators). Territories made from earlier versions do not change.',
  })
  async publishConfigurationTemplateVersion(
    @Args('templateId', { type: () => ID, description: 'The template.' }) templateId: string,
    @Args('document', documentArg) document: string,
    @Args('note', { type: () => String, nullable: true, description: 'What this version changes.' })
    note?: string | null,
  ) {
    return toVersion(await this.service.publishVersion(templateId, document, note));
  }
}

@Resolver()
export class ConfigurationResolver {
  constructor(private readonly service: ConfigurationService) {}

  @Query(() => String, {
    description: 'The current territory’s active configuration as one JSON document (admins).',
  })
  exportConfiguration() {
    return this.service.export();
  }

  @Query(() => OriginModel, {
    nullable: true,
    description: 'The template version the territory was made from and what differs since; null if none.',
  })
  async configurationOrigin() {
    const origin = await this.service.origin();
    if (!origin) return null;
    return {
      ...origin,
      differences: origin.differences.map((d) => ({
        ...d,
        change: d.change as ConfigurationChange,
      })),
    };
  }

  @Mutation(() => String, {
    description:
      'Imports an exported document into the current territory, which must have no configuration yet (admins). All or nothing; returns the resulting export.',
  })
  async importConfiguration(@Args('document', documentArg) document: string) {
    await this.service.import(document);
    return this.service.export();
  }

  @Mutation(() => String, {
    description:
      'Configures the current territory, still empty, from a template version, latest by default (admins, serving consultants). Returns the resulting export.',
  })
  async applyConfigurationTemplate(
    @Args('templateId', { type: () => ID, description: 'The template.' }) templateId: string,
    @Args('version', { type: () => Int, nullable: true, description: 'The version; the latest by default.' })
    version?: number | null,
  ) {
    await this.service.applyTemplate(templateId, version);
    return this.service.export();
  }
}
