import { Injectable } from '@nestjs/common';
import { AuditLog, badInput, notFound, Outbox, requireTenantRole, TenantRole } from '@alliance/platform';
import { IndicatorService } from '../indicator/indicator.service';
import { RECOMPUTE_JOB, type RecomputePayload } from '../recompute/recompute.service';
import { type IndicatorValue, ValueKind } from './indicator-value.entity';
import { IndicatorValueRepository } from './indicator-value.repository';
import { valueFault } from './value-rules';
import { valuesToCsv, valuesToXlsx } from './value-export';

export interface ValueData {
  indicatorCode: string;
  year: number;
  kind: ValueKind;
  value: number;
  unit?: string | null;
  sector?: string | null;
  organisationId?: string | null;
  source?: string | null;
}

/** Who enters values: the animation team, and experts who bring data. */
export const VALUE_EDITORS = [TenantRole.ADMIN, TenantRole.ANIMATOR, TenantRole.EXPERT];

@Injectable()
export class ValueService {
  constructor(
    private readonly values: IndicatorValueRepository,
    private readonly indicators: IndicatorService,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
  ) {}

  async record(input: ValueData): Promise<IndicatorValue> {
    const claims = requireTenantRole(...VALUE_EDITORS);
    const definition = await this.indicators.followedDefinition(input.indicatorCode);
    const fault = valueFault(definition, input);
    if (fault) throw badInput(fault.message, fault.field);
    const scope = {
      indicatorCode: definition.code,
      year: input.year,
      kind: input.kind,
      sector: input.sector?.trim() ?? '',
      organisationId: input.organisationId ?? null,
    };
    await this.values.upsertMany([
      {
        ...scope,
        value: input.value,
        computed: false,
        missingReason: null,
        source: input.source?.trim() || null,
        enteredBy: claims.userId,
      },
    ]);
    const saved = await this.values.findScope(scope);
    if (!saved) throw new Error(`The value of ${definition.code} for ${input.year} was not written.`);
    await this.changed(definition.code, input.year);
    await this.audit.record({
      action: 'indicator-value.record',
      objectType: 'indicator-value',
      objectId: saved.id,
      data: { code: definition.code, year: input.year, kind: input.kind, value: input.value },
    });
    return saved;
  }

  async remove(id: string): Promise<boolean> {
    requireTenantRole(...VALUE_EDITORS);
    const value = await this.values.findValue(id);
    if (!value || value.computed) throw notFound('Cette valeur n’existe pas ou est calculée.');
    await this.values.removeEntered(value);
    await this.changed(value.indicatorCode, value.year);
    await this.audit.record({
      action: 'indicator-value.remove',
      objectType: 'indicator-value',
      objectId: id,
      data: { code: value.indicatorCode, year: value.year },
    });
    return true;
  }

  /** The followed indicators' values (all of them, or the given codes) as a CSV or XLSX file. */
  async exportFile(codes: readonly string[] | null, format: 'csv' | 'xlsx'): Promise<Buffer> {
    requireTenantRole();
    const followed = await this.indicators.followedDefinitions(codes);
    const values = await this.values.byIndicators([...followed.keys()]);
    const unitOf = (code: string) => followed.get(code)?.unit ?? '';
    return format === 'xlsx'
      ? valuesToXlsx(values, unitOf)
      : Buffer.from(valuesToCsv(values, unitOf), 'utf8');
  }

  private async changed(code: string, year: number): Promise<void> {
    const payload: RecomputePayload = { codes: [code], years: [year] };
    await this.outbox.publish({ type: RECOMPUTE_JOB, payload });
  }
}
