import { Injectable } from '@nestjs/common';
import { AuditLog, badInput, conflict, notFound, requireTenantRole, TenantRole } from '@alliance/platform';
import { checkReorder, normalizeCode, normalizeLabel } from '../shared/configuration-rules';
import { CatalogueKind } from '../catalogue/catalogue-item.entity';
import { CatalogueItemRepository } from '../catalogue/catalogue-item.repository';
import type { Objective } from './objective.entity';
import { ObjectiveRepository } from './objective.repository';

export interface ObjectiveData {
  code: string;
  label: string;
  horizonYear: number;
  target: string;
  themeId?: string | null;
}

/** Territorial objectives (label, horizon, target, theme), e.g. Brest's 2030 and 2050 commitments. */
@Injectable()
export class ObjectiveService {
  constructor(
    private readonly objectives: ObjectiveRepository,
    private readonly catalogue: CatalogueItemRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(includeArchived = false): Promise<Objective[]> {
    requireTenantRole();
    return this.objectives.list(includeArchived);
  }

  async create(data: ObjectiveData): Promise<Objective> {
    requireTenantRole(TenantRole.ADMIN);
    const code = normalizeCode(data.code);
    await this.ensureCodeFree(code);
    const objective = await this.objectives.insert({
      code,
      label: normalizeLabel(data.label, 500),
      horizonYear: this.checkYear(data.horizonYear),
      target: normalizeLabel(data.target, 200, 'target'),
      themeId: await this.checkTheme(data.themeId ?? null),
      position: await this.objectives.nextPosition(),
      archivedAt: null,
    });
    await this.audit.record({
      action: 'territory.objective.create',
      objectType: 'objective',
      objectId: objective.id,
      data: { code },
    });
    return objective;
  }

  async update(id: string, data: Partial<ObjectiveData>): Promise<Objective> {
    requireTenantRole(TenantRole.ADMIN);
    const objective = await this.get(id);
    const before = { code: objective.code, label: objective.label, target: objective.target };
    if (data.code !== undefined && data.code !== objective.code) {
      const code = normalizeCode(data.code);
      await this.ensureCodeFree(code);
      objective.code = code;
    }
    if (data.label !== undefined) objective.label = normalizeLabel(data.label, 500);
    if (data.target !== undefined) objective.target = normalizeLabel(data.target, 200, 'target');
    if (data.horizonYear !== undefined) objective.horizonYear = this.checkYear(data.horizonYear);
    if (data.themeId !== undefined && data.themeId !== objective.themeId) {
      objective.themeId = await this.checkTheme(data.themeId);
    }
    const saved = await this.objectives.save(objective);
    await this.audit.record({
      action: 'territory.objective.update',
      objectType: 'objective',
      objectId: objective.id,
      data: { before, after: { code: saved.code, label: saved.label, target: saved.target } },
    });
    return saved;
  }

  async setArchived(id: string, archived: boolean): Promise<Objective> {
    requireTenantRole(TenantRole.ADMIN);
    const objective = await this.get(id);
    if (archived === (objective.archivedAt !== null)) return objective;
    objective.archivedAt = archived ? new Date() : null;
    if (!archived) objective.position = await this.objectives.nextPosition();
    const saved = await this.objectives.save(objective);
    await this.audit.record({
      action: `territory.objective.${archived ? 'archive' : 'restore'}`,
      objectType: 'objective',
      objectId: objective.id,
      data: { code: objective.code },
    });
    return saved;
  }

  async reorder(ids: readonly string[]): Promise<Objective[]> {
    requireTenantRole(TenantRole.ADMIN);
    checkReorder(ids, await this.objectives.active());
    await this.objectives.setPositions(ids);
    await this.audit.record({
      action: 'territory.objective.reorder',
      objectType: 'objective',
      data: { ids },
    });
    return this.objectives.list(false);
  }

  private async get(id: string): Promise<Objective> {
    const objective = await this.objectives.findById(id);
    if (!objective) throw notFound('Cet objectif n’existe pas dans ce territoire.');
    return objective;
  }

  private checkYear(year: number): number {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw badInput(`L’horizon ${year} n’est pas une année entre 2000 et 2100.`, 'horizonYear');
    }
    return year;
  }

  private async checkTheme(themeId: string | null): Promise<string | null> {
    if (!themeId) return null;
    const theme = await this.catalogue.findById(themeId);
    if (!theme || theme.kind !== CatalogueKind.THEME) {
      throw badInput('Le thème choisi n’existe pas dans ce territoire.', 'themeId');
    }
    if (theme.archivedAt) throw badInput(`Le thème « ${theme.label} » est archivé.`, 'themeId');
    return themeId;
  }

  private async ensureCodeFree(code: string): Promise<void> {
    const existing = await this.objectives.findByCode(code);
    if (existing) {
      throw conflict(`Le code « ${code} » est déjà utilisé par l’objectif « ${existing.label} ».`, 'code');
    }
  }
}
