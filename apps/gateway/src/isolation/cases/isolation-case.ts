import type { IsolationWorld } from '../isolation-world';

/** What a Brest user gets of Grand Poitiers through one operation: nothing but what is public. */
export type IsolationCase = (w: IsolationWorld) => Promise<void>;
