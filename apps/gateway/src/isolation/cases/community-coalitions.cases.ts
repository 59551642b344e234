import type { IsolationCase } from './isolation-case';

/** Community's coalitions: what a Brest user gets of Grand Poitiers' through each operation. */
export const communityCoalitionsCases: Record<string, IsolationCase> = {};
