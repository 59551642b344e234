import { useEffect, useState } from 'react';
import { execute } from '../../graphql/client';
import {
  CatalogueItemsDocument,
  ClimatePlanDocument,
  PublicVocabularyDocument,
  type CatalogueKind,
  type PlanItemFieldsFragment,
  type PlanLevel,
} from '../../graphql/graphql.generated';
import { request } from '../auth/session';

export interface Term {
  code: string;
  label: string;
}

export interface Stake extends Term {
  level: PlanLevel;
  depth: number;
}

/** The territory's words for the select lists: themes, sectors, zones, organisation types, plan stakes. */
export interface Vocabulary {
  themes: Term[];
  sectors: Term[];
  zones: Term[];
  types: Term[];
  stakes: Stake[];
}

export const EMPTY_VOCABULARY: Vocabulary = { themes: [], sectors: [], zones: [], types: [], stakes: [] };

async function catalogue(kind: CatalogueKind, signal: AbortSignal): Promise<Term[]> {
  const data = await request(CatalogueItemsDocument, { kind }, signal);
  return data.catalogueItems.map((item) => ({ code: item.code, label: item.label }));
}

async function stakes(signal: AbortSignal): Promise<Stake[]> {
  return planStakes((await request(ClimatePlanDocument, {}, signal)).climatePlan);
}

/** The climate plan as one list, each item after its parent, with its depth for indentation. */
function planStakes(plan: readonly PlanItemFieldsFragment[]): Stake[] {
  const items = [...plan].sort((a, b) => a.position - b.position);
  const out: Stake[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const item of items.filter((i) => (i.parentId ?? null) === parentId)) {
      out.push({ code: item.code, label: item.label, level: item.level, depth });
      visit(item.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** Loads the vocabulary once per page; while it loads (or if it fails) lists are empty and codes show. */
export function useVocabulary(): Vocabulary {
  const [vocabulary, setVocabulary] = useState<Vocabulary>(EMPTY_VOCABULARY);
  useEffect(() => {
    const controller = new AbortController();
    const safe = <T>(promise: Promise<T[]>) => promise.catch((): T[] => []);
    void Promise.all([
      safe(catalogue('THEME', controller.signal)),
      safe(catalogue('SECTOR', controller.signal)),
      safe(catalogue('ZONE', controller.signal)),
      safe(catalogue('ORGANISATION_TYPE', controller.signal)),
      safe(stakes(controller.signal)),
    ]).then(([themes, sectors, zones, types, plan]) => {
      if (!controller.signal.aborted) setVocabulary({ themes, sectors, zones, types, stakes: plan });
    });
    return () => controller.abort();
  }, []);
  return vocabulary;
}

/**
 * The vocabulary public pages use, readable without logging in; codes show until it arrives or if it fails,
 * as with `useVocabulary`.
 */
export function usePublicVocabulary(tenantId: string): Vocabulary {
  const [vocabulary, setVocabulary] = useState<Vocabulary>(EMPTY_VOCABULARY);
  useEffect(() => {
    const controller = new AbortController();
    execute(PublicVocabularyDocument, { tenantId }, { signal: controller.signal })
      .then(({ publicVocabulary: words }) => {
        if (controller.signal.aborted) return;
        setVocabulary({
          themes: words.themes,
          sectors: words.sectors,
          zones: words.zones,
          types: words.organisationTypes,
          stakes: planStakes(words.climatePlan),
        });
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [tenantId]);
  return vocabulary;
}

/** The label of a code in a list, or the code itself when the list does not know it. */
export function labelOf(terms: readonly Term[], code: string | null | undefined): string {
  if (!code) return '';
  return terms.find((term) => term.code === code)?.label ?? code;
}

export function stakeLabel(stake: Term): string {
  return `${stake.code} — ${stake.label}`;
}

/** Items of a text area, one per line, blanks dropped. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
