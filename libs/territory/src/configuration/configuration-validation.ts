import { badInput } from '@alliance/platform';
import type { ConfigurationDocument } from './configuration-document';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const LEVELS = ['axis', 'stake', 'action'];
const ZONE_KINDS = ['zae', 'neighbourhood', 'commune'];

/**
 * Checks a whole document before anything is written, and names the first offending item: a malformed
 * or duplicate code, an unknown reference, a misplaced level or a cycle in the plan.
 */
export function validateDocument(doc: ConfigurationDocument): void {
  const lists = [
    ['themes', doc.themes],
    ['sectors', doc.sectors],
    ['zones', doc.zones],
    ['organisationTypes', doc.organisationTypes],
    ['plan', doc.plan],
    ['objectives', doc.objectives],
  ] as const;
  for (const [name, items] of lists) {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const where = `${name}[${index}]`;
      if (typeof item.code !== 'string' || !CODE.test(item.code)) {
        throw badInput(`${where} : le code « ${String(item.code)} » n’est pas valide.`, where);
      }
      if (seen.has(item.code)) throw badInput(`${where} : le code « ${item.code} » est en double.`, where);
      seen.add(item.code);
      if (typeof item.label !== 'string' || !item.label.trim()) {
        throw badInput(`${where} (« ${item.code} ») : le libellé manque.`, where);
      }
    });
  }
  doc.zones.forEach((zone, index) => {
    if (!ZONE_KINDS.includes(zone.zoneKind)) {
      throw badInput(
        `zones[${index}] (« ${zone.code} ») : type de zone « ${String(zone.zoneKind)} » inconnu.`,
        `zones[${index}]`,
      );
    }
  });
  const plan = new Map(doc.plan.map((item) => [item.code, item]));
  doc.plan.forEach((item, index) => {
    const where = `plan[${index}]`;
    if (!LEVELS.includes(item.level)) {
      throw badInput(`${where} (« ${item.code} ») : niveau « ${String(item.level)} » inconnu.`, where);
    }
    const parent = item.parent ? plan.get(item.parent) : undefined;
    if (item.parent && !parent) {
      throw badInput(
        `${where} (« ${item.code} ») : le parent « ${item.parent} » n’existe pas dans le plan.`,
        where,
      );
    }
    if ((item.level === 'axis') !== !item.parent) {
      throw badInput(`${where} (« ${item.code} ») : seuls les axes sont à la racine du plan.`, where);
    }
    if (parent?.level === 'action') {
      throw badInput(
        `${where} (« ${item.code} ») : l’action « ${parent.code} » ne peut rien contenir.`,
        where,
      );
    }
  });
  planDepths(doc.plan);
  const themes = new Set(doc.themes.map((t) => t.code));
  doc.objectives.forEach((objective, index) => {
    const where = `objectives[${index}]`;
    if (objective.theme && !themes.has(objective.theme)) {
      throw badInput(
        `${where} (« ${objective.code} ») : le thème « ${objective.theme} » n’existe pas.`,
        where,
      );
    }
    if (
      !Number.isInteger(objective.horizonYear) ||
      objective.horizonYear < 2000 ||
      objective.horizonYear > 2100
    ) {
      throw badInput(
        `${where} (« ${objective.code} ») : l’horizon doit être une année entre 2000 et 2100.`,
        where,
      );
    }
    if (typeof objective.target !== 'string' || !objective.target.trim()) {
      throw badInput(`${where} (« ${objective.code} ») : la cible manque.`, where);
    }
  });
}

/** Depth of each plan item (axes at 0); refuses a cycle, naming its codes. */
export function planDepths(plan: ConfigurationDocument['plan']): Map<string, number> {
  const parents = new Map(plan.map((item) => [item.code, item.parent ?? null]));
  const depths = new Map<string, number>();
  for (const item of plan) {
    const path: string[] = [];
    let cursor: string | null = item.code;
    while (cursor !== null && !depths.has(cursor)) {
      if (path.includes(cursor)) {
        const cycle = [...path.slice(path.indexOf(cursor)), cursor];
        throw badInput(`Le plan contient un cycle : ${cycle.join(' → ')}.`, 'plan');
      }
      path.push(cursor);
      cursor = parents.get(cursor) ?? null;
    }
    let depth = cursor === null ? -1 : (depths.get(cursor) ?? -1);
    for (const code of path.reverse()) depths.set(code, ++depth);
  }
  return depths;
}

export const CONFIGURATION_FORMAT_VERSION = 1;

const LISTS = ['themes', 'sectors', 'zones', 'organisationTypes', 'plan', 'objectives'] as const;

/**
 * Reads an exported configuration: the format version first (a document of another version is refused,
 * not guessed at), then the shape of every list, then the rules of `validateDocument`.
 */
export function parseDocument(text: string): ConfigurationDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw badInput('Le document n’est pas un JSON valide.', 'document');
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw badInput('Le document doit être un objet JSON exporté par Alliance.', 'document');
  }
  const record = raw as Record<string, unknown>;
  if (record.formatVersion !== CONFIGURATION_FORMAT_VERSION) {
    throw badInput(
      `Ce document est au format « ${String(record.formatVersion)} » ; Alliance lit le format ${CONFIGURATION_FORMAT_VERSION}. Exportez-le à nouveau depuis une version à jour.`,
      'formatVersion',
    );
  }
  for (const list of LISTS) {
    const items = record[list];
    if (!Array.isArray(items)) throw badInput(`La liste « ${list} » manque dans le document.`, list);
    items.forEach((item, index) => {
      if (!item || typeof item !== 'object' || Array.isArray(item)) {
        throw badInput(`${list}[${index}] n’est pas un élément.`, `${list}[${index}]`);
      }
    });
  }
  const doc = record as unknown as ConfigurationDocument;
  validateDocument(doc);
  return doc;
}
