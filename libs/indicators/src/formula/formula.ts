/**
 * Formulas of computed indicators, as the national catalogue writes them: `val(x)` for a required input,
 * `opt_val(x)` for an optional one (zero when missing), numbers, + - * / and parentheses.
 */
export type Formula =
  | { kind: 'number'; value: number }
  | { kind: 'ref'; code: string; optional: boolean }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: Formula; right: Formula }
  | { kind: 'negate'; operand: Formula };

export class FormulaError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
    this.name = 'FormulaError';
  }
}

type Token =
  | { type: 'number'; value: number; at: number }
  | { type: 'ref'; code: string; optional: boolean; at: number }
  | { type: 'op'; op: string; at: number };

// Catalogue codes: letters, digits, dots and underscores (cae_1.a, terr_1, petr_fols_65).
const REF = /^(opt_val|val)\(\s*([A-Za-z0-9_.-]+)\s*\)/;
const NUMBER = /^\d+(?:[.,]\d+)?/;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const ref = REF.exec(rest);
    if (ref) {
      tokens.push({ type: 'ref', code: ref[2] ?? '', optional: ref[1] === 'opt_val', at: i });
      i += ref[0].length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ type: 'number', value: Number(number[0].replace(',', '.')), at: i });
      i += number[0].length;
      continue;
    }
    const ch = rest.charAt(0);
    if ('+-*/()×÷−'.includes(ch)) {
      const op = ch === '×' ? '*' : ch === '÷' ? '/' : ch === '−' ? '-' : ch;
      tokens.push({ type: 'op', op, at: i });
      i += 1;
      continue;
    }
    throw new FormulaError(
      `Caractère inattendu « ${ch} » en position ${i + 1} : utilisez val(code), opt_val(code), des nombres, + − × ÷ et des parenthèses.`,
      i,
    );
  }
  return tokens;
}

/** Parses a formula; throws FormulaError with the position of the first fault. */
export function parseFormula(source: string): Formula {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = () => tokens[pos];
  const end = () => (tokens.at(-1)?.at ?? -1) + 1;

  function expression(): Formula {
    let left = term();
    for (let t = peek(); t?.type === 'op' && (t.op === '+' || t.op === '-'); t = peek()) {
      pos += 1;
      left = { kind: 'binary', op: t.op, left, right: term() };
    }
    return left;
  }
  function term(): Formula {
    let left = factor();
    for (let t = peek(); t?.type === 'op' && (t.op === '*' || t.op === '/'); t = peek()) {
      pos += 1;
      left = { kind: 'binary', op: t.op, left, right: factor() };
    }
    return left;
  }
  function factor(): Formula {
    const t = peek();
    if (!t) throw new FormulaError('La formule se termine trop tôt : il manque un terme.', end());
    pos += 1;
    if (t.type === 'number') return { kind: 'number', value: t.value };
    if (t.type === 'ref') return { kind: 'ref', code: t.code, optional: t.optional };
    if (t.op === '-') return { kind: 'negate', operand: factor() };
    if (t.op === '(') {
      const inner = expression();
      const close = peek();
      if (close?.type !== 'op' || close.op !== ')') {
        throw new FormulaError(
          `Parenthèse ouverte en position ${t.at + 1} jamais fermée.`,
          close?.at ?? end(),
        );
      }
      pos += 1;
      return inner;
    }
    throw new FormulaError(`« ${t.op} » inattendu en position ${t.at + 1}.`, t.at);
  }

  if (tokens.length === 0) throw new FormulaError('La formule est vide.', 0);
  const formula = expression();
  const extra = peek();
  if (extra) {
    throw new FormulaError(`Élément en trop en position ${extra.at + 1} de la formule.`, extra.at);
  }
  return formula;
}

/** The codes a formula reads, each once, in order of appearance. */
export function formulaInputs(formula: Formula): { code: string; optional: boolean }[] {
  const seen = new Map<string, boolean>();
  const walk = (f: Formula): void => {
    if (f.kind === 'ref') seen.set(f.code, (seen.get(f.code) ?? true) && f.optional);
    else if (f.kind === 'binary') {
      walk(f.left);
      walk(f.right);
    } else if (f.kind === 'negate') walk(f.operand);
  };
  walk(formula);
  return [...seen].map(([code, optional]) => ({ code, optional }));
}

export type Evaluation = { value: number; missing?: undefined } | { value: null; missing: string };

/**
 * Evaluates with the inputs at hand. A missing required input leaves the result empty and says which
 * inputs were missing; a division by zero says so too rather than producing Infinity.
 */
export function evaluateFormula(formula: Formula, inputs: ReadonlyMap<string, number>): Evaluation {
  const missing = formulaInputs(formula)
    .filter((input) => !input.optional && !inputs.has(input.code))
    .map((input) => input.code);
  if (missing.length > 0) {
    return { value: null, missing: `valeur manquante : ${missing.join(', ')}` };
  }
  let divisionByZero = false;
  const walk = (f: Formula): number => {
    switch (f.kind) {
      case 'number':
        return f.value;
      case 'ref':
        return inputs.get(f.code) ?? 0;
      case 'negate':
        return -walk(f.operand);
      case 'binary': {
        const left = walk(f.left);
        const right = walk(f.right);
        if (f.op === '+') return left + right;
        if (f.op === '-') return left - right;
        if (f.op === '*') return left * right;
        if (right === 0) divisionByZero = true;
        return right === 0 ? 0 : left / right;
      }
    }
  };
  const value = walk(formula);
  if (divisionByZero) return { value: null, missing: 'division par zéro' };
  return { value };
}
