import type { Action, ActionImpact } from '../action/action.entity';

export type OverviewDimension = 'plan_stake' | 'theme';

export interface OverviewItem {
  id: string;
  title: string;
}

export interface ImpactTotal {
  unit: string;
  quantity: number;
}

export interface OverviewRow {
  code: string;
  coalitions: OverviewItem[];
  commitments: OverviewItem[];
  actions: OverviewItem[];
  impacts: ImpactTotal[];
}

export interface OverviewSources {
  commitments: { id: string; title: string; coalitionId: string | null; planStakeCodes: string[] }[];
  actions: Action[];
  impacts: ActionImpact[];
  coalitions: Map<string, string>;
  /** Validated coalitions gathered around a theme, for the view by theme. */
  themeCoalitions: { id: string; name: string; perimeterCode: string }[];
}

class RowBuilder {
  readonly coalitions = new Map<string, string>();
  readonly commitments = new Map<string, string>();
  readonly actions = new Map<string, string>();
  readonly impacts = new Map<string, number>();
}

/**
 * Per plan stake (or theme): the coalitions, commitments and actions that serve it, and the expected
 * impacts of its actions summed per unit. Abandoned actions serve nothing. By plan stake, a commitment
 * serves the stakes of its current revision and an action its own; by theme, an action serves its category,
 * a commitment the themes of its actions, a coalition its own theme and those of its commitments and actions.
 */
export function buildOverview(dimension: OverviewDimension, s: OverviewSources): OverviewRow[] {
  const rows = new Map<string, RowBuilder>();
  const row = (code: string) => {
    let found = rows.get(code);
    if (!found) rows.set(code, (found = new RowBuilder()));
    return found;
  };
  const commitmentById = new Map(s.commitments.map((c) => [c.id, c]));
  const addCoalition = (r: RowBuilder, id: string | null) => {
    const name = id ? s.coalitions.get(id) : undefined;
    if (id && name !== undefined) r.coalitions.set(id, name);
  };
  const impactsOf = new Map<string, ActionImpact[]>();
  for (const impact of s.impacts)
    impactsOf.set(impact.actionId, [...(impactsOf.get(impact.actionId) ?? []), impact]);

  if (dimension === 'plan_stake') {
    for (const c of s.commitments) {
      for (const code of c.planStakeCodes) {
        const r = row(code);
        r.commitments.set(c.id, c.title);
        addCoalition(r, c.coalitionId);
      }
    }
  } else {
    for (const coalition of s.themeCoalitions)
      row(coalition.perimeterCode).coalitions.set(coalition.id, coalition.name);
  }
  for (const action of s.actions) {
    if (action.status === 'abandoned') continue;
    const codes =
      dimension === 'plan_stake' ? action.planStakeCodes : action.categoryCode ? [action.categoryCode] : [];
    for (const code of codes) {
      const r = row(code);
      r.actions.set(action.id, action.title);
      addCoalition(r, action.coalitionId);
      const commitment = action.commitmentId ? commitmentById.get(action.commitmentId) : undefined;
      if (commitment && dimension === 'theme') r.commitments.set(commitment.id, commitment.title);
      for (const impact of impactsOf.get(action.id) ?? [])
        r.impacts.set(impact.unit, (r.impacts.get(impact.unit) ?? 0) + Number(impact.quantity));
    }
  }
  const items = (m: Map<string, string>) =>
    [...m].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title, 'fr'));
  return [...rows]
    .sort(([a], [b]) => a.localeCompare(b, 'fr'))
    .map(([code, r]) => ({
      code,
      coalitions: items(r.coalitions),
      commitments: items(r.commitments),
      actions: items(r.actions),
      impacts: [...r.impacts]
        .map(([unit, quantity]) => ({ unit, quantity: Math.round(quantity * 1e6) / 1e6 }))
        .sort((a, b) => a.unit.localeCompare(b.unit, 'fr')),
    }));
}
