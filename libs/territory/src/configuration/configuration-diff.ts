import type { ConfigurationDocument } from './configuration-document';

export type DifferenceKind = 'added' | 'removed' | 'changed';

export interface ConfigurationDifference {
  list: keyof ConfigurationDocument;
  code: string;
  change: DifferenceKind;
  /** The label now, or the template's label for a removed item. */
  label: string;
}

const LISTS: (keyof ConfigurationDocument)[] = [
  'themes',
  'sectors',
  'zones',
  'organisationTypes',
  'plan',
  'objectives',
];

/** What a territory's configuration changed since the template version it was made from, by code. */
export function diffConfigurations(
  template: ConfigurationDocument,
  current: ConfigurationDocument,
): ConfigurationDifference[] {
  const differences: ConfigurationDifference[] = [];
  for (const list of LISTS) {
    const before = new Map<string, { code: string; label: string }>(
      (template[list] ?? []).map((item) => [item.code, item]),
    );
    const now = new Map<string, { code: string; label: string }>(
      (current[list] ?? []).map((item) => [item.code, item]),
    );
    for (const [code, item] of now) {
      const original = before.get(code);
      if (!original) differences.push({ list, code, change: 'added', label: item.label });
      else if (JSON.stringify(normalise(original)) !== JSON.stringify(normalise(item))) {
        differences.push({ list, code, change: 'changed', label: item.label });
      }
    }
    for (const [code, item] of before) {
      if (!now.has(code)) differences.push({ list, code, change: 'removed', label: item.label });
    }
  }
  return differences;
}

/** Absent and null optional fields mean the same; key order does not matter. */
function normalise(item: object): [string, unknown][] {
  return Object.entries(item)
    .filter(([, value]) => value !== null && value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
}
