import type { IsolationCase } from './isolation-case';

/** Community's commitments: what a Brest user gets of Grand Poitiers' through each operation. */
export const communityCommitmentsCases: Record<string, IsolationCase> = {};
