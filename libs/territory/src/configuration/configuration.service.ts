import { Injectable } from '@nestjs/common';
import { AuditLog, conflict, notFound, requireTenantRole, TenantRole } from '@alliance/platform';
import { ConfigurationOriginRepository, TemplateRepository } from '../template/template.repository';
import { diffConfigurations, type ConfigurationDifference } from './configuration-diff';
import type { ConfigurationDocument } from './configuration-document';
import { CONFIGURATION_FORMAT_VERSION, parseDocument, validateDocument } from './configuration-validation';
import { ConfigurationRepository } from './configuration.repository';

export interface OriginView {
  templateId: string;
  templateName: string;
  version: number;
  latestVersion: number;
  appliedAt: Date;
  differences: ConfigurationDifference[];
}

/** A territory's configuration as a whole: export, import, made from a template, and what changed since. */
@Injectable()
export class ConfigurationService {
  constructor(
    private readonly configuration: ConfigurationRepository,
    private readonly templates: TemplateRepository,
    private readonly origins: ConfigurationOriginRepository,
    private readonly audit: AuditLog,
  ) {}

  /** The active configuration as one JSON document: items refer to each other by code, never by id. */
  async export(): Promise<string> {
    requireTenantRole(TenantRole.ADMIN);
    const document = await this.configuration.read();
    return JSON.stringify({ formatVersion: CONFIGURATION_FORMAT_VERSION, ...document }, null, 2);
  }

  /**
   * Imports into a territory with no configuration yet. Everything is checked before the first write and
   * the request is one transaction, so a refused document leaves nothing behind.
   */
  async import(text: string): Promise<ConfigurationDocument> {
    requireTenantRole(TenantRole.ADMIN);
    const document = parseDocument(text);
    await this.ensureEmpty();
    await this.configuration.applyMissing(document);
    await this.audit.record({
      action: 'territory.configuration.import',
      objectType: 'configuration',
      data: counts(document),
    });
    return this.configuration.read();
  }

  async applyTemplate(templateId: string, version?: number | null): Promise<ConfigurationDocument> {
    requireTenantRole(TenantRole.ADMIN);
    const found = await this.templates.version(templateId, version);
    if (!found) {
      throw notFound(
        version ? `La version ${version} de ce modèle n’existe pas.` : 'Ce modèle n’existe pas.',
      );
    }
    validateDocument(found.document);
    await this.ensureEmpty();
    await this.configuration.applyMissing(found.document);
    await this.origins.insert({ templateId, templateVersion: found.version });
    await this.audit.record({
      action: 'territory.configuration.apply-template',
      objectType: 'template',
      objectId: templateId,
      data: { version: found.version, ...counts(found.document) },
    });
    return this.configuration.read();
  }

  async origin(): Promise<OriginView | null> {
    requireTenantRole();
    const origin = await this.origins.current();
    if (!origin) return null;
    const template = await this.templates.findById(origin.templateId);
    const applied = await this.templates.version(origin.templateId, origin.templateVersion);
    const latest = await this.templates.version(origin.templateId);
    if (!template || !applied || !latest) return null;
    return {
      templateId: template.id,
      templateName: template.name,
      version: applied.version,
      latestVersion: latest.version,
      appliedAt: origin.createdAt,
      differences: diffConfigurations(applied.document, await this.configuration.read()),
    };
  }

  private async ensureEmpty(): Promise<void> {
    if (!(await this.configuration.isEmpty())) {
      throw conflict(
        'Ce territoire a déjà une configuration : l’import et les modèles ne s’appliquent qu’à un territoire encore vide.',
        'document',
      );
    }
  }
}

function counts(document: ConfigurationDocument): Record<string, number> {
  return Object.fromEntries(
    Object.entries(document).map(([list, items]) => [list, (items as unknown[]).length]),
  );
}
