import { Injectable } from '@nestjs/common';
import {
  AuditLog,
  badInput,
  conflict,
  forbidden,
  notFound,
  PlatformRole,
  requirePlatformRole,
  requireViewer,
} from '@alliance/platform';
import { parseDocument } from '../configuration/configuration-validation';
import type { Template, TemplateVersion } from './template.entity';
import { TemplateRepository } from './template.repository';

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface TemplateData {
  code: string;
  name: string;
  description?: string | null;
  document: string;
  note?: string | null;
}

/** The platform's template library: read by consultants and operators, written by operators. */
@Injectable()
export class TemplateService {
  constructor(
    private readonly templates: TemplateRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<Template[]> {
    requireLibraryReader();
    return this.templates.list();
  }

  async get(id: string): Promise<Template> {
    requireLibraryReader();
    const template = await this.templates.findById(id);
    if (!template) throw notFound('Ce modèle n’existe pas dans la bibliothèque.');
    return template;
  }

  async create(data: TemplateData): Promise<Template> {
    const claims = requirePlatformRole(PlatformRole.OPERATOR);
    const code = data.code.trim();
    if (!CODE.test(code) || code.length > 60) {
      throw badInput(
        'L’identifiant du modèle ne contient que des minuscules, des chiffres et des tirets (ex. « assett-poitiers »).',
        'code',
      );
    }
    if (await this.templates.findByCode(code)) {
      throw conflict(`Le modèle « ${code} » existe déjà : publiez-en une nouvelle version.`, 'code');
    }
    const name = data.name.trim();
    if (!name) throw badInput('Indiquez le nom du modèle.', 'name');
    const document = parseDocument(data.document);
    const template = await this.templates.insert({
      code,
      name,
      description: data.description?.trim() || null,
    });
    await this.templates.addVersion(template.id, document, data.note?.trim() || null, claims.userId);
    await this.audit.record({
      action: 'territory.template.create',
      objectType: 'template',
      objectId: template.id,
      data: { code },
    });
    return template;
  }

  /** A new version never changes the territories made from an earlier one: versions are immutable. */
  async publishVersion(
    templateId: string,
    documentText: string,
    note?: string | null,
  ): Promise<TemplateVersion> {
    const claims = requirePlatformRole(PlatformRole.OPERATOR);
    const template = await this.templates.findById(templateId);
    if (!template) throw notFound('Ce modèle n’existe pas dans la bibliothèque.');
    const document = parseDocument(documentText);
    const version = await this.templates.addVersion(
      template.id,
      document,
      note?.trim() || null,
      claims.userId,
    );
    await this.audit.record({
      action: 'territory.template.publish',
      objectType: 'template',
      objectId: template.id,
      data: { version: version.version },
    });
    return version;
  }
}

export function requireLibraryReader(): void {
  const claims = requireViewer();
  if (
    !claims.platformRoles.includes(PlatformRole.OPERATOR) &&
    !claims.platformRoles.includes(PlatformRole.CONSULTANT)
  ) {
    throw forbidden('La bibliothèque de modèles est réservée aux consultants et aux opérateurs.');
  }
}
