import { Injectable } from '@nestjs/common';
import {
  AuditLog,
  badInput,
  conflict,
  notFound,
  type Page,
  type PageArgs,
  requireTenantRole,
  requireViewer,
  TenantRole,
} from '@alliance/platform';
import type { CatalogueEntry } from '../catalogue/catalogue-entry.entity';
import { checkFormula } from '../formula/formula-check';
import type { Definition } from './definition';
import { DefinitionRepository } from './definition.repository';
import { SelectionRepository } from './selection.repository';
import type { Selection } from './selection.entity';

export interface CustomIndicatorData {
  code: string;
  title: string;
  unit: string;
  themeCodes?: string[] | null;
  precision?: number | null;
  minimum?: number | null;
  maximum?: number | null;
  formula?: string | null;
  description?: string | null;
}

const CODE = /^[a-z0-9_.-]+$/;
export const EDITORS = [TenantRole.ADMIN, TenantRole.ANIMATOR];

@Injectable()
export class IndicatorService {
  constructor(
    private readonly definitions: DefinitionRepository,
    private readonly selections: SelectionRepository,
    private readonly audit: AuditLog,
  ) {}

  /** The national catalogue: the same for every signed-in person. */
  catalogue(
    args: PageArgs & { search?: string | null; theme?: string | null },
  ): Promise<Page<CatalogueEntry>> {
    requireViewer();
    return this.definitions.cataloguePage(args);
  }

  followed(args: PageArgs): Promise<Page<Selection>> {
    requireTenantRole();
    return this.selections.followedPage(args);
  }

  /** A followed indicator's definition, or NOT_FOUND naming the code. */
  async followedDefinition(code: string): Promise<Definition> {
    requireTenantRole();
    const selection = await this.selections.findOne({ indicatorCode: code });
    const definition = selection ? (await this.definitions.byCodes([code])).get(code) : undefined;
    if (!definition) throw notFound(`Le territoire ne suit pas d’indicateur « ${code} ».`);
    return definition;
  }

  /** Followed definitions by code: all of them, or those of `codes` the territory follows. */
  async followedDefinitions(codes: readonly string[] | null): Promise<Map<string, Definition>> {
    requireTenantRole();
    const followed = await this.selections.followedCodes();
    const wanted = codes ? followed.filter((c) => codes.includes(c)) : followed;
    return this.definitions.byCodes(wanted);
  }

  async follow(codes: string[]): Promise<Definition[]> {
    requireTenantRole(...EDITORS);
    const unique = [...new Set(codes.map((c) => c.trim()))];
    if (unique.length === 0) throw badInput('Choisissez au moins un indicateur.', 'codes');
    const found = await this.definitions.byCodes(unique);
    const unknown = unique.filter((c) => !found.has(c));
    if (unknown.length > 0) {
      throw badInput(`Indicateur inconnu : ${unknown.join(', ')}.`, 'codes', { unknown });
    }
    await this.selections.follow(unique);
    await this.audit.record({ action: 'indicator.follow', objectType: 'indicator', data: { codes: unique } });
    return unique.flatMap((c) => found.get(c) ?? []);
  }

  async unfollow(code: string): Promise<boolean> {
    requireTenantRole(...EDITORS);
    const selection = await this.selections.findOne({ indicatorCode: code });
    if (!selection) throw notFound(`Le territoire ne suit pas d’indicateur « ${code} ».`);
    await this.selections.remove(selection);
    await this.audit.record({
      action: 'indicator.unfollow',
      objectType: 'indicator',
      objectId: null,
      data: { code },
    });
    return true;
  }

  async createCustom(input: CustomIndicatorData): Promise<Definition> {
    requireTenantRole(...EDITORS);
    const code = input.code.trim();
    if (!CODE.test(code) || code.length > 60) {
      throw badInput(
        'Le code ne peut contenir que des minuscules, des chiffres, des points, des tirets et des soulignés (ex. « clermont_velo.1 »).',
        'code',
      );
    }
    if ((await this.definitions.catalogueHas(code)) || (await this.definitions.findCustom(code))) {
      throw conflict(`Le code « ${code} » est déjà pris par un autre indicateur.`, 'code');
    }
    if (!input.title.trim()) throw badInput('Indiquez le nom de l’indicateur.', 'title');
    if (!input.unit.trim()) throw badInput('Indiquez l’unité de l’indicateur (ex. « kteq CO2 »).', 'unit');
    const minimum = input.minimum ?? null;
    const maximum = input.maximum ?? null;
    if (minimum !== null && maximum !== null && minimum > maximum) {
      throw badInput(`Le minimum (${minimum}) dépasse le maximum (${maximum}).`, 'minimum');
    }
    const formula = input.formula?.trim() || null;
    if (formula) {
      const existing = await this.definitions.allFormulas();
      const referenced = [...formula.matchAll(/val\(\s*([A-Za-z0-9_.-]+)\s*\)/g)].map((m) => m[1] ?? '');
      const known = await this.definitions.byCodes(referenced);
      checkFormula(code, formula, (c) => known.has(c), existing);
    }
    const created = await this.definitions.insert({
      code,
      title: input.title.trim(),
      unit: input.unit.trim(),
      themeCodes: input.themeCodes ?? [],
      precision: input.precision ?? null,
      minimum,
      maximum,
      formula,
      description: input.description?.trim() || null,
    });
    await this.selections.follow([code]);
    await this.audit.record({
      action: 'indicator.create-custom',
      objectType: 'indicator',
      objectId: created.id,
      data: { code, formula },
    });
    return this.followedDefinition(code);
  }
}
