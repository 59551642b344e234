import { badInput } from '@alliance/platform';
import { DependencyGraph } from './dependency-graph';
import { type Formula, FormulaError, formulaInputs, parseFormula } from './formula';

/**
 * Checks a formula where it is defined: it parses, it reads only known codes, and adding it to the
 * formulas already defined makes no cycle. Each refusal names the faulty code or the cycle.
 */
export function checkFormula(
  code: string,
  source: string,
  known: (code: string) => boolean,
  existing: ReadonlyMap<string, string>,
): Formula {
  let formula: Formula;
  try {
    formula = parseFormula(source);
  } catch (error) {
    if (error instanceof FormulaError) throw badInput(`Formule de ${code} : ${error.message}`, 'formula');
    throw error;
  }
  const unknown = formulaInputs(formula)
    .map((i) => i.code)
    .filter((input) => input !== code && !known(input));
  if (unknown.length > 0) {
    throw badInput(
      `Formule de ${code} : code${unknown.length > 1 ? 's' : ''} inconnu${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}.`,
      'formula',
    );
  }
  const formulas = new Map<string, Formula>();
  for (const [other, text] of existing) {
    if (other === code) continue;
    try {
      formulas.set(other, parseFormula(text));
    } catch {
      // A stored formula always parsed when it was accepted; a catalogue one is checked by its test.
    }
  }
  formulas.set(code, formula);
  const cycle = new DependencyGraph(formulas).findCycle();
  if (cycle) {
    throw badInput(`Formule de ${code} : elle dépend d’elle-même (${cycle.join(' → ')}).`, 'formula');
  }
  return formula;
}
