/** An indicator as a territory sees it: from the national catalogue or its own. */
export interface Definition {
  code: string;
  title: string;
  unit: string;
  parents: string[];
  themes: string[];
  precision: number | null;
  minimum: number | null;
  maximum: number | null;
  formula: string | null;
  description: string | null;
  custom: boolean;
}
