import { Injectable } from '@nestjs/common';
import { AuditLog, badInput, notFound, requireTenantRole } from '@alliance/platform';
import { EDITORS, IndicatorService } from '../indicator/indicator.service';
import { Direction, ObjectiveKind } from '../trajectory/trajectory';
import type { Objective } from './objective.entity';
import { ObjectiveRepository } from './objective.repository';

export interface ObjectiveData {
  indicatorCode: string;
  kind: ObjectiveKind;
  baseYear?: number | null;
  targetYear?: number | null;
  targetValue?: number | null;
  changePercent?: number | null;
  ratePercent?: number | null;
  direction?: Direction | null;
  source: string;
  validatedBy?: string | null;
  label?: string | null;
}

const YEAR = (y: number) => Number.isInteger(y) && y >= 1990 && y <= 2100;

function need<T>(value: T | null | undefined, field: string, message: string): T {
  if (value === null || value === undefined) throw badInput(message, field);
  return value;
}

/** Checks that an objective's terms are complete for its kind, and returns only the terms it uses. */
export function objectiveTerms(input: ObjectiveData) {
  const baseYear = input.baseYear ?? null;
  const targetYear = input.targetYear ?? null;
  for (const [field, year] of [
    ['baseYear', baseYear],
    ['targetYear', targetYear],
  ] as const) {
    if (year !== null && !YEAR(year)) throw badInput(`L’année ${year} n’est pas entre 1990 et 2100.`, field);
  }
  if (baseYear !== null && targetYear !== null && targetYear <= baseYear) {
    throw badInput(
      `L’année cible (${targetYear}) doit suivre l’année de référence (${baseYear}).`,
      'targetYear',
    );
  }
  const none = { targetValue: null, changePercent: null, ratePercent: null, direction: null };
  switch (input.kind) {
    case ObjectiveKind.ABSOLUTE:
      return {
        ...none,
        baseYear,
        targetYear: need(targetYear, 'targetYear', 'Indiquez l’année à laquelle atteindre la valeur cible.'),
        targetValue: need(input.targetValue, 'targetValue', 'Indiquez la valeur cible.'),
      };
    case ObjectiveKind.RELATIVE: {
      const changePercent = need(
        input.changePercent,
        'changePercent',
        'Indiquez l’évolution visée en % (ex. −69).',
      );
      if (changePercent < -100) throw badInput('Une baisse ne peut dépasser −100 %.', 'changePercent');
      return {
        ...none,
        baseYear: need(baseYear, 'baseYear', 'Indiquez l’année de référence (ex. 2005).'),
        targetYear: need(targetYear, 'targetYear', 'Indiquez l’année cible.'),
        changePercent,
      };
    }
    case ObjectiveKind.RATE:
      return {
        ...none,
        baseYear: need(baseYear, 'baseYear', 'Indiquez l’année de départ du rythme annuel.'),
        targetYear: need(targetYear, 'targetYear', 'Indiquez jusqu’à quelle année le rythme s’applique.'),
        ratePercent: need(input.ratePercent, 'ratePercent', 'Indiquez le rythme annuel en % (ex. −3).'),
      };
    case ObjectiveKind.DIRECTION:
      return {
        ...none,
        baseYear,
        targetYear,
        direction: need(input.direction, 'direction', 'Indiquez le sens visé (hausse, baisse, maintien).'),
      };
  }
}

@Injectable()
export class ObjectiveService {
  constructor(
    private readonly objectives: ObjectiveRepository,
    private readonly indicators: IndicatorService,
    private readonly audit: AuditLog,
  ) {}

  async add(input: ObjectiveData): Promise<Objective> {
    requireTenantRole(...EDITORS);
    await this.indicators.followedDefinition(input.indicatorCode);
    const source = input.source.trim();
    if (!source) throw badInput('Indiquez la source de l’objectif (SNBC, PREPA, PPA, ZAN, PLUi…).', 'source');
    const objective = await this.objectives.insert({
      indicatorCode: input.indicatorCode,
      kind: input.kind,
      ...objectiveTerms(input),
      source,
      validatedBy: input.validatedBy?.trim() || null,
      label: input.label?.trim() || null,
    });
    await this.audit.record({
      action: 'objective.add',
      objectType: 'objective',
      objectId: objective.id,
      data: { indicatorCode: input.indicatorCode, kind: input.kind },
    });
    return objective;
  }

  async remove(id: string): Promise<boolean> {
    requireTenantRole(...EDITORS);
    const objective = await this.objectives.findById(id);
    if (!objective) throw notFound('Cet objectif n’existe pas.');
    await this.objectives.remove(objective);
    await this.audit.record({
      action: 'objective.remove',
      objectType: 'objective',
      objectId: id,
      data: { indicatorCode: objective.indicatorCode },
    });
    return true;
  }
}
