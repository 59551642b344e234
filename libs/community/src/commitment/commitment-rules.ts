import type { CommitmentStatus } from './commitment.entity';

/** French names of the statuses, for messages. */
export const STATUS_LABEL: Record<CommitmentStatus, string> = {
  draft: 'brouillon',
  submitted: 'soumis',
  returned: 'renvoyé avec un commentaire',
  validated: 'validé',
  published: 'publié',
};

export interface CommitmentContent {
  objective: string | null;
  planStakeCodes: string[];
  firstActions: string | null;
  memberOrganisationIds: string[];
}

export interface MissingElement {
  field: string;
  label: string;
}

/**
 * Brest's elements a commitment must state before review: its objective, the plan stakes it targets, its
 * first actions (a text or at least one recorded action) and, for a coalition, its member organisations.
 */
export function missingElements(
  content: CommitmentContent,
  byCoalition: boolean,
  actionCount: number,
): MissingElement[] {
  const missing: MissingElement[] = [];
  if (!content.objective?.trim()) missing.push({ field: 'objective', label: 'l’objectif' });
  if (byCoalition && content.memberOrganisationIds.length === 0)
    missing.push({ field: 'memberOrganisationIds', label: 'les organisations membres' });
  if (!content.firstActions?.trim() && actionCount === 0)
    missing.push({
      field: 'firstActions',
      label: 'les premières actions mises en œuvre ou planifiées (un texte ou au moins une action)',
    });
  if (content.planStakeCodes.length === 0)
    missing.push({ field: 'planStakeCodes', label: 'au moins un enjeu du Plan Climat ciblé' });
  return missing;
}

/** `a, b et c` */
export function frenchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}
