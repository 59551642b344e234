import fc from 'fast-check';
import { readNationalCatalogue } from '../catalogue/national-catalogue';
import { DependencyGraph } from './dependency-graph';
import { evaluateFormula, type Formula, FormulaError, formulaInputs, parseFormula } from './formula';
import { checkFormula } from './formula-check';

const inputs = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('formulas', () => {
  it('adds the sectors of the GHG total, optional sectors counting as zero when missing', () => {
    const ghg = parseFormula(
      'val(cae_1.c)+val(cae_1.d)+val(cae_1.g)+opt_val(cae_1.h)+opt_val(cae_1.i)+opt_val(cae_1.j)+val(cae_1.k)',
    );
    expect(
      evaluateFormula(
        ghg,
        inputs({ 'cae_1.c': 300, 'cae_1.d': 120, 'cae_1.g': 80, 'cae_1.k': 40, 'cae_1.i': 10 }),
      ),
    ).toEqual({ value: 550 });
  });

  it('leaves the value empty and names the missing required inputs', () => {
    const f = parseFormula('val(a) + val(b) + opt_val(c)');
    expect(evaluateFormula(f, inputs({ a: 1 }))).toEqual({ value: null, missing: 'valeur manquante : b' });
  });

  it('respects precedence, parentheses, unary minus, decimals and the ×, ÷, − signs', () => {
    expect(evaluateFormula(parseFormula('val(a)/val(b)*1000'), inputs({ a: 3, b: 4 })).value).toBe(750);
    expect(evaluateFormula(parseFormula('(val(a) + 2) × 3 − -1'), inputs({ a: 1 })).value).toBe(10);
    expect(evaluateFormula(parseFormula('val(a) ÷ 0,5'), inputs({ a: 2 })).value).toBe(4);
  });

  it('reports a division by zero instead of Infinity', () => {
    expect(evaluateFormula(parseFormula('val(a)/val(b)'), inputs({ a: 1, b: 0 }))).toEqual({
      value: null,
      missing: 'division par zéro',
    });
  });

  it('refuses malformed formulas with the position', () => {
    expect(() => parseFormula('val(a) +')).toThrow(FormulaError);
    expect(() => parseFormula('(val(a)')).toThrow(/jamais fermée/);
    expect(() => parseFormula('val(a) $ 2')).toThrow(/position 8/);
    expect(() => parseFormula('')).toThrow(/vide/);
  });

  it('parses every formula of the national catalogue, which reads only catalogue codes and has no cycle', () => {
    const catalogue = readNationalCatalogue();
    expect(catalogue).toHaveLength(730);
    const codes = new Set(catalogue.map((d) => d.code));
    const formulas = new Map<string, Formula>();
    for (const d of catalogue.filter((d) => d.formula)) formulas.set(d.code, parseFormula(d.formula!));
    expect(formulas.size).toBeGreaterThan(70);
    for (const f of formulas.values()) for (const i of formulaInputs(f)) expect(codes.has(i.code)).toBe(true);
    expect(new DependencyGraph(formulas).findCycle()).toBeNull();
  });

  it('a sum of required inputs equals the sum of its values (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 12 }),
        (values) => {
          const source = values.map((_, i) => `val(x${i})`).join(' + ');
          const map = new Map(values.map((v, i) => [`x${i}`, v]));
          expect(evaluateFormula(parseFormula(source), map).value).toBe(values.reduce((a, b) => a + b, 0));
        },
      ),
    );
  });
});

describe('checking a formula where it is defined', () => {
  const known = (code: string) => ['a', 'b', 'total'].includes(code);

  it('names unknown codes', () => {
    expect(() => checkFormula('x', 'val(a) + val(zz) + opt_val(yy)', known, new Map())).toThrow(
      'Formule de x : codes inconnus zz, yy.',
    );
  });

  it('names the cycle, including a formula that refers to itself', () => {
    expect(() => checkFormula('x', 'val(x) + 1', known, new Map())).toThrow('(x → x)');
    const existing = new Map([['total', 'val(a) + val(x)']]);
    expect(() => checkFormula('x', 'val(total)', known, existing)).toThrow('(total → x → total)');
  });

  it('accepts a formula over known codes', () => {
    expect(checkFormula('x', 'val(a) - val(b)', known, new Map())).toBeDefined();
  });
});

describe('dependency order', () => {
  it('recomputes the readers of a changed input, inputs first', () => {
    const graph = new DependencyGraph(
      new Map([
        ['total', parseFormula('val(transport) + val(residential)')],
        ['per_capita', parseFormula('val(total) / val(population) * 1000')],
        ['other', parseFormula('val(waste)')],
      ]),
    );
    expect(graph.dependentsOf(['transport'])).toEqual(['total', 'per_capita']);
    expect(graph.dependentsOf(['waste'])).toEqual(['other']);
    expect(graph.order().indexOf('total')).toBeLessThan(graph.order().indexOf('per_capita'));
  });
});
