import type { ZoneKind } from '../catalogue/catalogue-item.entity';
import type { PlanLevel } from '../plan/plan-item.entity';

/**
 * A territory's configuration as one document: what templates hold and what seeds apply. Items refer to
 * each other by code, never by id, so that a document means the same in every tenant.
 */
export interface ConfigurationDocument {
  themes: CodedLabel[];
  sectors: CodedLabel[];
  zones: (CodedLabel & { zoneKind: `${ZoneKind}`; geojson?: Record<string, unknown> | null })[];
  organisationTypes: CodedLabel[];
  /** Parents before their children; `parent` is the code of the containing item. */
  plan: (CodedLabel & { level: `${PlanLevel}`; parent?: string | null })[];
  objectives: (CodedLabel & { horizonYear: number; target: string; theme?: string | null })[];
}

export interface CodedLabel {
  code: string;
  label: string;
}

/** Codes from labels for lists whose source documents give none: upper case, no accents, no spaces. */
export function codify(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

export const coded = (...labels: string[]): CodedLabel[] =>
  labels.map((label) => ({ code: codify(label), label }));
