import { badInput } from '@alliance/platform';
import { COALITION_STAGES, type CoalitionStage, type PerimeterKind } from './coalition.entity';

/** The territory's configuration codes (themes, zones, sectors): short, stable, readable. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

const PERIMETER_LABELS: Record<PerimeterKind, string> = {
  theme: 'thématique',
  zone: 'zone',
  sector: 'secteur',
};

/** How the portal names each stage, in the words of Brest's « mode d'emploi ». */
export const STAGE_LABELS: Record<CoalitionStage, string> = {
  forming: 'Constitution',
  explore: 'Découvrir et explorer',
  inspire: 'S’inspirer',
  plan: 'Se positionner et planifier',
  committed: 'Engagée',
  active: 'En action',
  closed: 'Close',
};

/** The perimeter code, trimmed, or BAD_USER_INPUT naming the code and the kind of perimeter. */
export function normalizePerimeterCode(raw: string, kind: PerimeterKind, field = 'perimeterCode'): string {
  const code = raw.trim();
  if (!CODE.test(code)) {
    throw badInput(
      `Le code de ${PERIMETER_LABELS[kind]} « ${raw} » n’est pas valide : 1 à 40 caractères, lettres, chiffres, points, tirets ou soulignés (ex. « ECLAIRAGE »).`,
      field,
    );
  }
  return code;
}

/**
 * A coalition moves forward one stage at a time, or closes from any stage; it never goes back and a closed
 * coalition stays closed. Throws BAD_USER_INPUT naming both stages otherwise.
 */
export function checkStageMove(from: CoalitionStage, to: CoalitionStage, field = 'stage'): void {
  const fromLabel = STAGE_LABELS[from];
  const toLabel = STAGE_LABELS[to];
  if (from === 'closed') {
    throw badInput(`La coalition est close : elle ne peut plus passer à l’étape « ${toLabel} ».`, field);
  }
  if (from === to) throw badInput(`La coalition est déjà à l’étape « ${fromLabel} ».`, field);
  if (to === 'closed') return;
  const fromIndex = COALITION_STAGES.indexOf(from);
  const toIndex = COALITION_STAGES.indexOf(to);
  if (toIndex < fromIndex) {
    throw badInput(
      `La coalition est à l’étape « ${fromLabel} » : elle ne peut pas revenir à l’étape « ${toLabel} ».`,
      field,
    );
  }
  if (toIndex > fromIndex + 1) {
    const next = STAGE_LABELS[COALITION_STAGES[fromIndex + 1] ?? to];
    throw badInput(
      `La coalition est à l’étape « ${fromLabel} » : elle passe d’abord à l’étape « ${next} » avant « ${toLabel} ».`,
      field,
    );
  }
}
