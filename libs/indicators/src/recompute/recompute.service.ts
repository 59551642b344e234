import { Injectable } from '@nestjs/common';
import { DependencyGraph } from '../formula/dependency-graph';
import { evaluateFormula, type Formula, formulaInputs, parseFormula } from '../formula/formula';
import { DefinitionRepository } from '../indicator/definition.repository';
import { SelectionRepository } from '../indicator/selection.repository';
import { ValueKind } from '../value/indicator-value.entity';
import { IndicatorValueRepository, type ValueWrite } from '../value/indicator-value.repository';

export const RECOMPUTE_JOB = 'indicators.recompute';

export interface RecomputePayload extends Record<string, unknown> {
  /** Indicators whose values changed. */
  codes: string[];
  /** Years that changed; null recomputes every year with a value. */
  years: number[] | null;
}

/** Never used: every target of the graph has a formula; keeps lookups total. */
const NOTHING: Formula = { kind: 'number', value: 0 };

/** Kinds a formula combines; targets are entered, never computed. */
const COMPUTED_KINDS = [ValueKind.OBSERVED, ValueKind.ESTIMATED];

/**
 * Recomputes the computed indicators a change reaches, per kind and year, in dependency order, and
 * writes them in one statement. Idempotent: the same inputs give the same rows.
 */
@Injectable()
export class RecomputeService {
  constructor(
    private readonly definitions: DefinitionRepository,
    private readonly selections: SelectionRepository,
    private readonly values: IndicatorValueRepository,
  ) {}

  /** Returns how many computed values were written. */
  async recompute(payload: RecomputePayload): Promise<number> {
    const formulas = new Map<string, Formula>();
    for (const [code, text] of await this.definitions.allFormulas()) formulas.set(code, parseFormula(text));
    const graph = new DependencyGraph(formulas);
    const targets = payload.codes.length > 0 ? graph.dependentsOf(payload.codes) : graph.order();
    const followed = new Set(await this.selections.followedCodes());
    if (!targets.some((code) => followed.has(code))) return 0;
    const needed = new Set<string>(targets);
    for (const code of targets)
      for (const input of formulaInputs(formulas.get(code) ?? NOTHING)) needed.add(input.code);

    const known = new Map<string, Map<string, number>>();
    // A value someone entered for a computed indicator (a sector total from ATMO) stands: it is used as an
    // input and never overwritten by the sum of a partial breakdown.
    const entered = new Set<string>();
    const stored = new Set<string>();
    const key = (kind: ValueKind, year: number) => `${kind}|${year}`;
    for (const row of await this.values.territoryWide([...needed], COMPUTED_KINDS, payload.years)) {
      const k = key(row.kind, row.year);
      if (row.computed) stored.add(`${k}|${row.code}`);
      else entered.add(`${k}|${row.code}`);
      const values = known.get(k) ?? new Map<string, number>();
      if (row.value !== null) values.set(row.code, row.value);
      known.set(k, values);
    }

    const writes: ValueWrite[] = [];
    const stale: { code: string; kind: ValueKind; year: number }[] = [];
    for (const [k, inputs] of known) {
      const [kind, year] = k.split('|') as [ValueKind, string];
      for (const code of targets) {
        if (entered.has(`${k}|${code}`)) continue;
        const formula = formulas.get(code) ?? NOTHING;
        const reads = formulaInputs(formula);
        // A year where none of the inputs has a value is not a year of this indicator.
        if (!reads.some((r) => inputs.has(r.code))) {
          // Its inputs are all gone (a value was removed): a computed row left from before goes too.
          inputs.delete(code);
          if (stored.has(`${k}|${code}`)) stale.push({ code, kind, year: Number(year) });
          continue;
        }
        const result = evaluateFormula(formula, inputs);
        if (result.value === null) inputs.delete(code);
        else inputs.set(code, result.value);
        if (!followed.has(code)) continue;
        writes.push({
          indicatorCode: code,
          year: Number(year),
          kind,
          sector: '',
          organisationId: null,
          value: result.value,
          computed: true,
          missingReason: result.value === null ? result.missing : null,
          source: 'calcul',
          enteredBy: null,
        });
      }
    }
    await this.values.upsertMany(writes);
    await this.values.removeComputed(stale);
    return writes.length;
  }
}
