import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import {
  type AccessClaims,
  AuditLog,
  badInput,
  notFound,
  Outbox,
  requireTenantRole,
} from '@alliance/platform';
import { CommitmentService } from '../commitment/commitment.service';
import { type Action, type ActionImpact, type ActionProgress, type ActionStatus } from './action.entity';
import { ActionImpactRepository, ActionProgressRepository, ActionRepository } from './action.repository';
import { impactDeclared, impactWithdrawn } from './impact-events';

export interface ImpactData {
  id?: string | null;
  quantity: number;
  unit: string;
  year: number;
  method?: string | null;
  indicatorCode?: string | null;
}

export interface ActionContent {
  title?: string | null;
  description?: string | null;
  categoryCode?: string | null;
  status?: ActionStatus | null;
  startsOn?: string | null;
  dueOn?: string | null;
  budgetEuros?: number | null;
  people?: number | null;
  barriers?: string[] | null;
  levers?: string[] | null;
  partnerOrganisationIds?: string[] | null;
  planStakeCodes?: string[] | null;
  impacts?: ImpactData[] | null;
}

export interface AddActionData extends ActionContent {
  commitmentId?: string | null;
  coalitionId?: string | null;
  organisationId?: string | null;
  title: string;
}

const text = (value: string | null | undefined): string | null => value?.trim() || null;
const items = (values: readonly string[]): string[] => [
  ...new Set(values.map((v) => v.trim()).filter((v) => v.length > 0)),
];

@Injectable()
export class ActionService {
  constructor(
    private readonly actions: ActionRepository,
    private readonly impacts: ActionImpactRepository,
    private readonly progress: ActionProgressRepository,
    private readonly commitments: CommitmentService,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
  ) {}

  async byId(id: string): Promise<Action> {
    requireTenantRole();
    return this.existing(id);
  }

  async add(input: AddActionData): Promise<Action> {
    const claims = requireTenantRole();
    const owners = [input.commitmentId, input.coalitionId, input.organisationId].filter(Boolean);
    if (owners.length !== 1) {
      throw badInput(
        'Rattachez l’action à un seul engagement, une seule coalition ou une seule organisation.',
        'commitmentId',
      );
    }
    let commitmentId: string | null = null;
    let coalitionId = input.coalitionId ?? null;
    let organisationId = input.organisationId ?? null;
    if (input.commitmentId) {
      const commitment = await this.commitments.existing(input.commitmentId);
      await this.commitments.assertAuthor(claims, commitment);
      // Denormalised so that a coalition's or an organisation's page lists its commitments' actions too.
      commitmentId = commitment.id;
      coalitionId = commitment.coalitionId;
      organisationId = commitment.organisationId;
    } else if (coalitionId) {
      await this.commitments.assertActsForCoalition(claims, coalitionId);
    } else if (organisationId) {
      await this.commitments.assertRepresents(claims, organisationId);
    }
    this.checkDates(input.startsOn ?? null, input.dueOn ?? null);
    const partners = await this.commitments.checkedOrganisations(
      [...new Set(input.partnerOrganisationIds ?? [])],
      'partnerOrganisationIds',
    );
    const action = await this.actions.insert({
      commitmentId,
      coalitionId,
      organisationId,
      title: input.title.trim(),
      description: text(input.description),
      categoryCode: text(input.categoryCode),
      status: input.status ?? 'planned',
      startsOn: input.startsOn ?? null,
      dueOn: input.dueOn ?? null,
      budgetEuros: input.budgetEuros == null ? null : String(input.budgetEuros),
      people: input.people == null ? null : String(input.people),
      barriers: items(input.barriers ?? []),
      levers: items(input.levers ?? []),
      partnerOrganisationIds: partners,
      planStakeCodes: [...new Set(input.planStakeCodes ?? [])],
      createdBy: claims.userId,
    });
    await this.replaceImpacts(action, [], input.impacts ?? [], false);
    await this.audit.record({
      action: 'action.add',
      objectType: 'action',
      objectId: action.id,
      data: { title: action.title, commitmentId, coalitionId, organisationId },
    });
    return action;
  }

  /** Changes what is given; `impacts`, when given, is the whole new list (items keep their `id`). */
  async update(id: string, input: ActionContent): Promise<Action> {
    const claims = requireTenantRole();
    const action = await this.existing(id);
    await this.assertMayWrite(claims, action);
    const startsOn = input.startsOn === undefined ? action.startsOn : input.startsOn;
    const dueOn = input.dueOn === undefined ? action.dueOn : input.dueOn;
    this.checkDates(startsOn, dueOn);
    if (input.partnerOrganisationIds != null) {
      action.partnerOrganisationIds = await this.commitments.checkedOrganisations(
        [...new Set(input.partnerOrganisationIds)],
        'partnerOrganisationIds',
      );
    }
    const retitled = input.title != null && input.title.trim() !== action.title;
    if (input.title != null) action.title = input.title.trim();
    if (input.description !== undefined) action.description = text(input.description);
    if (input.categoryCode !== undefined) action.categoryCode = text(input.categoryCode);
    if (input.status != null) action.status = input.status;
    action.startsOn = startsOn;
    action.dueOn = dueOn;
    if (input.budgetEuros !== undefined)
      action.budgetEuros = input.budgetEuros == null ? null : String(input.budgetEuros);
    if (input.people !== undefined) action.people = input.people == null ? null : String(input.people);
    if (input.barriers != null) action.barriers = items(input.barriers);
    if (input.levers != null) action.levers = items(input.levers);
    if (input.planStakeCodes != null) action.planStakeCodes = [...new Set(input.planStakeCodes)];
    await this.actions.save(action);
    const before = await this.impacts.ofActions([action.id]);
    if (input.impacts != null) await this.replaceImpacts(action, before, input.impacts, retitled);
    else if (retitled) {
      // indicators shows the action's title beside each impact: tell it the new one.
      for (const impact of before.filter((i) => i.indicatorCode))
        await this.outbox.publish(impactDeclared(action, impact));
    }
    await this.audit.record({
      action: 'action.update',
      objectType: 'action',
      objectId: action.id,
      data: { title: action.title, status: action.status },
    });
    return action;
  }

  async remove(id: string): Promise<boolean> {
    const claims = requireTenantRole();
    const action = await this.existing(id);
    await this.assertMayWrite(claims, action);
    const impacts = await this.impacts.ofActions([action.id]);
    for (const impact of impacts.filter((i) => i.indicatorCode))
      await this.outbox.publish(impactWithdrawn(impact));
    await this.actions.remove(action);
    await this.audit.record({
      action: 'action.remove',
      objectType: 'action',
      objectId: action.id,
      data: { title: action.title },
    });
    return true;
  }

  async addProgress(input: {
    actionId: string;
    reportedOn: string;
    note: string;
    percent?: number | null;
  }): Promise<ActionProgress> {
    const claims = requireTenantRole();
    const action = await this.existing(input.actionId);
    await this.assertMayWrite(claims, action);
    if (!input.note.trim()) throw badInput('Décrivez où en est l’action.', 'note');
    const progress = await this.progress.insert({
      actionId: action.id,
      reportedOn: input.reportedOn,
      note: input.note.trim(),
      percent: input.percent ?? null,
      reportedBy: claims.userId,
    });
    await this.audit.record({
      action: 'action.progress',
      objectType: 'action',
      objectId: action.id,
      data: { reportedOn: input.reportedOn, percent: progress.percent },
    });
    return progress;
  }

  private async assertMayWrite(claims: AccessClaims, action: Action): Promise<void> {
    if (action.commitmentId) {
      await this.commitments.assertAuthor(claims, await this.commitments.existing(action.commitmentId));
    } else if (action.coalitionId) {
      await this.commitments.assertActsForCoalition(claims, action.coalitionId);
    } else if (action.organisationId) {
      await this.commitments.assertRepresents(claims, action.organisationId);
    }
  }

  private checkDates(startsOn: string | null, dueOn: string | null): void {
    if (startsOn && dueOn && startsOn > dueOn) {
      throw badInput(`L’échéance (${dueOn}) précède le début de l’action (${startsOn}).`, 'dueOn');
    }
  }

  /**
   * Writes the new list of impacts over the old one: kept items (by id) are updated, others inserted or
   * removed. Each impact tied to an indicator is declared to indicators when it appears or changes (or the
   * action is retitled), and withdrawn when it goes or loses its indicator.
   */
  private async replaceImpacts(
    action: Action,
    before: ActionImpact[],
    after: ImpactData[],
    retitled: boolean,
  ): Promise<void> {
    const byId = new Map(before.map((i) => [i.id, i]));
    for (const [index, data] of after.entries()) {
      if (data.id && !byId.has(data.id)) {
        throw badInput(`L’impact ${data.id} n’appartient pas à cette action.`, `impacts.${index}.id`);
      }
    }
    const kept = new Set(after.flatMap((d) => (d.id ? [d.id] : [])));
    for (const old of before.filter((i) => !kept.has(i.id))) {
      if (old.indicatorCode) await this.outbox.publish(impactWithdrawn(old));
      await this.impacts.remove(old);
    }
    for (const data of after) {
      const fields = {
        quantity: String(data.quantity),
        unit: data.unit.trim(),
        year: data.year,
        method: text(data.method),
        indicatorCode: text(data.indicatorCode),
      };
      const old = data.id ? byId.get(data.id) : undefined;
      if (!old) {
        const impact = await this.impacts.insert({ actionId: action.id, ...fields });
        if (impact.indicatorCode) await this.outbox.publish(impactDeclared(action, impact));
        continue;
      }
      const changed =
        Number(old.quantity) !== data.quantity ||
        old.unit !== fields.unit ||
        old.year !== fields.year ||
        old.method !== fields.method ||
        old.indicatorCode !== fields.indicatorCode;
      const hadCode = old.indicatorCode;
      Object.assign(old, fields);
      if (changed) await this.impacts.save(old);
      if (old.indicatorCode && (changed || retitled)) await this.outbox.publish(impactDeclared(action, old));
      else if (hadCode && !old.indicatorCode) await this.outbox.publish(impactWithdrawn(old));
    }
  }

  private async existing(id: string): Promise<Action> {
    const action = isUUID(id) ? await this.actions.findById(id) : null;
    if (!action) throw notFound('Cette action n’existe pas dans ce territoire.');
    return action;
  }
}
