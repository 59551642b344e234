import type { Action, ActionImpact } from '../action/action.entity';
import { frenchList, missingElements } from './commitment-rules';
import { buildOverview } from './overview';

describe('what a commitment must state before review', () => {
  const empty = { objective: ' ', planStakeCodes: [], firstActions: null, memberOrganisationIds: [] };

  it('names every missing element, members only for a coalition', () => {
    expect(missingElements(empty, true, 0).map((m) => m.field)).toEqual([
      'objective',
      'memberOrganisationIds',
      'firstActions',
      'planStakeCodes',
    ]);
    expect(missingElements(empty, false, 0).map((m) => m.field)).toEqual([
      'objective',
      'firstActions',
      'planStakeCodes',
    ]);
  });

  it('takes one recorded action for the first actions', () => {
    const complete = {
      objective: 'Réduire',
      planStakeCodes: ['A1'],
      firstActions: null,
      memberOrganisationIds: ['o'],
    };
    expect(missingElements(complete, true, 1)).toEqual([]);
    expect(missingElements(complete, true, 0).map((m) => m.field)).toEqual(['firstActions']);
  });

  it('lists in French', () => {
    expect(frenchList(['a'])).toBe('a');
    expect(frenchList(['a', 'b', 'c'])).toBe('a, b et c');
  });
});

describe('the animators’ overview', () => {
  const action = (id: string, extra: Partial<Action>): Action =>
    ({
      id,
      title: id,
      status: 'planned',
      planStakeCodes: [],
      categoryCode: null,
      commitmentId: null,
      coalitionId: null,
      ...extra,
    }) as Action;
  const impact = (actionId: string, quantity: string, unit: string) =>
    ({ actionId, quantity, unit }) as ActionImpact;

  it('sums impacts per unit, leaves abandoned actions out and credits coalitions', () => {
    const rows = buildOverview('plan_stake', {
      commitments: [{ id: 'c1', title: 'Engagement', coalitionId: 'k1', planStakeCodes: ['S1'] }],
      actions: [
        action('a1', { planStakeCodes: ['S1'], commitmentId: 'c1', coalitionId: 'k1' }),
        action('a2', { planStakeCodes: ['S1', 'S2'] }),
        action('a3', { planStakeCodes: ['S1'], status: 'abandoned' }),
      ],
      impacts: [impact('a1', '0.1', 'MWh'), impact('a2', '0.2', 'MWh'), impact('a3', '99', 'MWh')],
      coalitions: new Map([['k1', 'Coalition']]),
      themeCoalitions: [],
    });
    expect(rows.map((r) => r.code)).toEqual(['S1', 'S2']);
    expect(rows[0]).toMatchObject({
      coalitions: [{ id: 'k1', title: 'Coalition' }],
      commitments: [{ id: 'c1', title: 'Engagement' }],
      impacts: [{ unit: 'MWh', quantity: 0.3 }],
    });
    expect(rows[0]!.actions.map((a) => a.id)).toEqual(['a1', 'a2']);
  });

  it('by theme, counts a coalition gathered around the theme even before it acts', () => {
    const rows = buildOverview('theme', {
      commitments: [],
      actions: [],
      impacts: [],
      coalitions: new Map(),
      themeCoalitions: [{ id: 'k2', name: 'Éclairage nocturne', perimeterCode: 'ECLAIRAGE' }],
    });
    expect(rows).toEqual([
      {
        code: 'ECLAIRAGE',
        coalitions: [{ id: 'k2', title: 'Éclairage nocturne' }],
        commitments: [],
        actions: [],
        impacts: [],
      },
    ]);
  });
});
