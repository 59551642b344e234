import { Injectable } from '@nestjs/common';
import { AuditLog, badInput, conflict, notFound, requireTenantRole, TenantRole } from '@alliance/platform';
import { checkReorder, findCycle, normalizeCode, normalizeLabel } from '../shared/configuration-rules';
import { type PlanItem, PlanLevel } from './plan-item.entity';
import { PlanItemRepository } from './plan-item.repository';

export interface PlanItemData {
  parentId?: string | null;
  level: PlanLevel;
  code: string;
  label: string;
}

const LEVEL_LABELS: Record<PlanLevel, string> = {
  [PlanLevel.AXIS]: 'un axe',
  [PlanLevel.STAKE]: 'un enjeu',
  [PlanLevel.ACTION]: 'une action',
};

/**
 * The climate plan as a tree: axes at the root, stakes (possibly nested) below them, actions as leaves.
 * Codes are unique across the whole plan because people cite them alone (« enjeu n°9 »).
 */
@Injectable()
export class PlanItemService {
  constructor(
    private readonly items: PlanItemRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(includeArchived = false): Promise<PlanItem[]> {
    requireTenantRole();
    return this.items.list(includeArchived);
  }

  async create(data: PlanItemData): Promise<PlanItem> {
    requireTenantRole(TenantRole.ADMIN);
    const code = normalizeCode(data.code);
    await this.ensureCodeFree(code);
    const parentId = data.parentId ?? null;
    await this.checkPlacement(data.level, parentId, code);
    const item = await this.items.insert({
      parentId,
      level: data.level,
      code,
      label: normalizeLabel(data.label, 500),
      position: await this.items.nextPosition(parentId),
      archivedAt: null,
    });
    await this.audit.record({
      action: 'territory.plan-item.create',
      objectType: 'plan_item',
      objectId: item.id,
      data: { code, parentId },
    });
    return item;
  }

  /** Renames keep the id; a new parent moves the item (and its subtree) to the end of that parent. */
  async update(
    id: string,
    data: { code?: string; label?: string; parentId?: string | null },
  ): Promise<PlanItem> {
    requireTenantRole(TenantRole.ADMIN);
    const item = await this.get(id);
    const before = { code: item.code, label: item.label, parentId: item.parentId };
    if (data.code !== undefined && data.code !== item.code) {
      const code = normalizeCode(data.code);
      await this.ensureCodeFree(code);
      item.code = code;
    }
    if (data.label !== undefined) item.label = normalizeLabel(data.label, 500);
    if (data.parentId !== undefined && data.parentId !== item.parentId) {
      await this.checkPlacement(item.level, data.parentId, item.code);
      if (data.parentId) {
        const cycle = findCycle(await this.items.list(true), item.id, data.parentId);
        if (cycle) {
          throw badInput(
            `« ${item.code} » ne peut pas être placé sous l’un de ses propres descendants (${cycle.join(' → ')}).`,
            'parentId',
          );
        }
      }
      item.parentId = data.parentId;
      item.position = await this.items.nextPosition(data.parentId);
    }
    const saved = await this.items.save(item);
    await this.audit.record({
      action: 'territory.plan-item.update',
      objectType: 'plan_item',
      objectId: item.id,
      data: { before, after: { code: saved.code, label: saved.label, parentId: saved.parentId } },
    });
    return saved;
  }

  async setArchived(id: string, archived: boolean): Promise<PlanItem> {
    requireTenantRole(TenantRole.ADMIN);
    const item = await this.get(id);
    if (archived === (item.archivedAt !== null)) return item;
    if (archived) {
      const [child] = await this.items.activeChildren(item.id);
      if (child) {
        throw badInput(
          `« ${item.code} » contient encore « ${child.code} — ${child.label} » : archivez d’abord ses éléments.`,
          'id',
        );
      }
    } else if (item.parentId) {
      const parent = await this.items.findById(item.parentId);
      if (parent?.archivedAt) {
        throw badInput(`Restaurez d’abord « ${parent.code} », qui contient cet élément.`, 'id');
      }
      item.position = await this.items.nextPosition(item.parentId);
    } else {
      item.position = await this.items.nextPosition(null);
    }
    item.archivedAt = archived ? new Date() : null;
    const saved = await this.items.save(item);
    await this.audit.record({
      action: `territory.plan-item.${archived ? 'archive' : 'restore'}`,
      objectType: 'plan_item',
      objectId: item.id,
      data: { code: item.code },
    });
    return saved;
  }

  /** Orders the active children of one parent (the axes when `parentId` is null). */
  async reorder(parentId: string | null, ids: readonly string[]): Promise<PlanItem[]> {
    requireTenantRole(TenantRole.ADMIN);
    if (parentId) await this.get(parentId);
    const siblings = await this.items.activeChildren(parentId);
    checkReorder(
      ids,
      siblings.map((s) => ({ id: s.id, label: `${s.code} — ${s.label}` })),
    );
    await this.items.setPositions(ids);
    await this.audit.record({
      action: 'territory.plan-item.reorder',
      objectType: 'plan_item',
      objectId: parentId,
      data: { ids },
    });
    return this.items.activeChildren(parentId);
  }

  private async get(id: string): Promise<PlanItem> {
    const item = await this.items.findById(id);
    if (!item) throw notFound('Cet élément du plan climat n’existe pas dans ce territoire.');
    return item;
  }

  private async ensureCodeFree(code: string): Promise<void> {
    const existing = await this.items.findByCode(code);
    if (existing) {
      throw conflict(
        `Le code « ${code} » est déjà utilisé dans le plan climat par « ${existing.label} »${existing.archivedAt ? ' (archivé)' : ''}.`,
        'code',
      );
    }
  }

  private async checkPlacement(level: PlanLevel, parentId: string | null, code: string): Promise<void> {
    if (level === PlanLevel.AXIS) {
      if (parentId) throw badInput(`« ${code} » est un axe : un axe est à la racine du plan.`, 'parentId');
      return;
    }
    if (!parentId) {
      throw badInput(
        `« ${code} » est ${LEVEL_LABELS[level]} : choisissez l’axe ou l’enjeu qui le contient.`,
        'parentId',
      );
    }
    const parent = await this.items.findById(parentId);
    if (!parent) throw badInput('L’élément parent n’existe pas dans ce plan.', 'parentId');
    if (parent.archivedAt)
      throw badInput(`« ${parent.code} » est archivé : restaurez-le d’abord.`, 'parentId');
    if (parent.level === PlanLevel.ACTION) {
      throw badInput(
        `« ${parent.code} » est une action : une action ne contient pas d’autres éléments.`,
        'parentId',
      );
    }
  }
}
