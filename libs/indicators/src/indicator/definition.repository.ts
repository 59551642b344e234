import { Injectable } from '@nestjs/common';
import { paginate, type Page, type PageArgs, TenantRepository, UnitOfWork } from '@alliance/platform';
import { CatalogueEntry } from '../catalogue/catalogue-entry.entity';
import { CustomDefinition } from './custom-definition.entity';
import type { Definition } from './definition';
import type { ValueRules } from '../value/value-rules';

const fromCatalogue = (e: CatalogueEntry): Definition => ({
  code: e.code,
  title: e.title,
  unit: e.unit,
  parents: e.parents,
  themes: e.themes,
  precision: e.precision,
  minimum: e.minimum,
  maximum: e.maximum,
  formula: e.formula,
  description: e.description,
  custom: false,
});

const fromCustom = (e: CustomDefinition): Definition => ({
  code: e.code,
  title: e.title,
  unit: e.unit,
  parents: [],
  themes: e.themeCodes,
  precision: e.precision,
  minimum: e.minimum,
  maximum: e.maximum,
  formula: e.formula,
  description: e.description,
  custom: true,
});

/** The tenant's custom definitions, and the platform catalogue beside them (one lookup for both). */
@Injectable()
export class DefinitionRepository extends TenantRepository<CustomDefinition> {
  constructor(uow: UnitOfWork) {
    super(uow, CustomDefinition);
  }

  async cataloguePage(
    args: PageArgs & { search?: string | null; theme?: string | null },
  ): Promise<Page<CatalogueEntry>> {
    const qb = (await this.manager()).getRepository(CatalogueEntry).createQueryBuilder('c');
    if (args.search) {
      qb.andWhere(`(c.code ilike :q or c.title ilike :q)`, {
        q: `%${args.search.replace(/[%_\\]/g, '\\$&')}%`,
      });
    }
    if (args.theme) qb.andWhere(':theme = any(c.themes)', { theme: args.theme });
    return paginate(qb, 'c', args, 50);
  }

  /** Definitions by code, custom ones taking precedence; unknown codes are simply absent from the map. */
  async byCodes(codes: readonly string[]): Promise<Map<string, Definition>> {
    const found = new Map<string, Definition>();
    if (codes.length === 0) return found;
    const manager = await this.manager();
    const catalogue = await manager
      .getRepository(CatalogueEntry)
      .createQueryBuilder('c')
      .where('c.code in (:...codes)', { codes: [...codes] })
      .getMany();
    for (const entry of catalogue) found.set(entry.code, fromCatalogue(entry));
    const custom = await (
      await this.query('d')
    )
      .andWhere('d.code in (:...codes)', { codes: [...codes] })
      .getMany();
    for (const entry of custom) found.set(entry.code, fromCustom(entry));
    return found;
  }

  /**
   * The unit and bounds of every indicator the tenant follows, in one statement: what an import checks its
   * rows against, without loading titles and descriptions. A custom definition wins over a catalogue code.
   */
  async followedRules(): Promise<Map<string, ValueRules>> {
    const rows: { code: string; unit: string; minimum: string | null; maximum: string | null }[] = await (
      await this.manager()
    ).query(
      `select c.code, c.unit, c.minimum, c.maximum, 0 as rank
         from indicators.selections s join indicators.catalogue c on c.code = s.indicator_code
       union all
       select d.code, d.unit, d.minimum, d.maximum, 1
         from indicators.selections s join indicators.custom_definitions d on d.code = s.indicator_code
       order by rank`,
    );
    const bound = (n: string | null) => (n === null ? null : Number(n));
    return new Map(
      rows.map((r) => [
        r.code,
        { code: r.code, unit: r.unit, minimum: bound(r.minimum), maximum: bound(r.maximum) },
      ]),
    );
  }

  /** Every definition with a formula that the tenant can see: catalogue and custom. */
  async allFormulas(): Promise<Map<string, string>> {
    const manager = await this.manager();
    const rows: { code: string; formula: string }[] = await manager.query(
      `select code, formula from indicators.catalogue where formula is not null`,
    );
    const formulas = new Map(rows.map((r) => [r.code, r.formula]));
    for (const custom of await (await this.query('d')).andWhere('d.formula is not null').getMany()) {
      if (custom.formula) formulas.set(custom.code, custom.formula);
    }
    return formulas;
  }

  async catalogueHas(code: string): Promise<boolean> {
    const rows: unknown[] = await (
      await this.manager()
    ).query(`select 1 from indicators.catalogue where code = $1`, [code]);
    return rows.length > 0;
  }

  async findCustom(code: string): Promise<CustomDefinition | null> {
    return this.findOne({ code });
  }
}
