import type { IsolationCase } from './isolation-case';

/** Community's organisations: what a Brest user gets of Grand Poitiers' through each operation. */
export const communityOrganisationsCases: Record<string, IsolationCase> = {};
