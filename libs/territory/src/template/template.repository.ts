import { Injectable } from '@nestjs/common';
import { TenantRepository, UnitOfWork } from '@alliance/platform';
import type { ConfigurationDocument } from '../configuration/configuration-document';
import { ConfigurationOrigin, Template, TemplateVersion } from './template.entity';

/** The template library is platform-wide, so this is not a tenant-scoped repository. */
@Injectable()
export class TemplateRepository {
  constructor(private readonly uow: UnitOfWork) {}

  private async manager() {
    return this.uow.manager();
  }

  /** The library holds tens of templates, listed whole by name. */
  async list(): Promise<Template[]> {
    return (await this.manager()).getRepository(Template).find({ order: { name: 'ASC' } });
  }

  async findById(id: string): Promise<Template | null> {
    return (await this.manager()).getRepository(Template).findOne({ where: { id } });
  }

  async findByCode(code: string): Promise<Template | null> {
    return (await this.manager()).getRepository(Template).findOne({ where: { code } });
  }

  async insert(data: Pick<Template, 'code' | 'name' | 'description'>): Promise<Template> {
    const repository = (await this.manager()).getRepository(Template);
    return repository.save(repository.create(data));
  }

  async versions(templateIds: readonly string[]): Promise<TemplateVersion[]> {
    if (templateIds.length === 0) return [];
    return (await this.manager())
      .getRepository(TemplateVersion)
      .createQueryBuilder('v')
      .where('v.templateId in (:...ids)', { ids: [...templateIds] })
      .orderBy('v.version', 'DESC')
      .getMany();
  }

  async version(templateId: string, version?: number | null): Promise<TemplateVersion | null> {
    const qb = (await this.manager())
      .getRepository(TemplateVersion)
      .createQueryBuilder('v')
      .where('v.templateId = :templateId', { templateId });
    if (version) qb.andWhere('v.version = :version', { version });
    return qb.orderBy('v.version', 'DESC').getOne();
  }

  /** Versions are numbered in one statement, so two operators publishing at once cannot share a number. */
  async addVersion(
    templateId: string,
    document: ConfigurationDocument,
    note: string | null,
    createdBy: string | null,
  ): Promise<TemplateVersion> {
    const rows: { version: number }[] = await (
      await this.manager()
    ).query(
      `insert into territory.template_versions (template_id, version, document, note, created_by)
       select $1, coalesce(max(version), 0) + 1, $2, $3, $4 from territory.template_versions where template_id = $1
       returning version`,
      [templateId, JSON.stringify(document), note, createdBy],
    );
    const version = await this.version(templateId, rows[0]?.version);
    if (!version) throw new Error('The version just inserted cannot be read back.');
    return version;
  }
}

@Injectable()
export class ConfigurationOriginRepository extends TenantRepository<ConfigurationOrigin> {
  constructor(uow: UnitOfWork) {
    super(uow, ConfigurationOrigin);
  }

  async current(): Promise<ConfigurationOrigin | null> {
    return this.findOne({});
  }
}
