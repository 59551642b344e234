import type { Action, ActionImpact } from './action.entity';

/** The event names and payloads libs/indicators consumes (its impact-events.job); see ADR 0005. */
export const IMPACT_DECLARED_EVENT = 'community.impact-declared';
export const IMPACT_WITHDRAWN_EVENT = 'community.impact-withdrawn';

export function impactDeclared(action: Action, impact: ActionImpact) {
  return {
    type: IMPACT_DECLARED_EVENT,
    payload: {
      impactId: impact.id,
      actionId: action.id,
      actionTitle: action.title,
      indicatorCode: impact.indicatorCode ?? '',
      quantity: Number(impact.quantity),
      unit: impact.unit,
      year: impact.year,
    },
  };
}

export function impactWithdrawn(impact: ActionImpact) {
  return { type: IMPACT_WITHDRAWN_EVENT, payload: { impactId: impact.id } };
}
