import { type Formula, formulaInputs } from './formula';

/**
 * The computed indicators of a tenant and what they read: finds cycles and unknown codes before a
 * formula is accepted, and orders recomputation so that every input is computed before its readers.
 */
export class DependencyGraph {
  private readonly inputs = new Map<string, string[]>();

  constructor(formulas: ReadonlyMap<string, Formula>) {
    for (const [code, formula] of formulas) {
      this.inputs.set(
        code,
        formulaInputs(formula).map((i) => i.code),
      );
    }
  }

  /** A cycle through the graph as a path (`a → b → a`), or null. */
  findCycle(): string[] | null {
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (code: string): string[] | null => {
      const s = state.get(code);
      if (s === 'done') return null;
      if (s === 'visiting') return [...stack.slice(stack.indexOf(code)), code];
      state.set(code, 'visiting');
      stack.push(code);
      for (const input of this.inputs.get(code) ?? []) {
        const cycle = visit(input);
        if (cycle) return cycle;
      }
      stack.pop();
      state.set(code, 'done');
      return null;
    };
    for (const code of [...this.inputs.keys()].sort()) {
      const cycle = visit(code);
      if (cycle) return cycle;
    }
    return null;
  }

  /** Computed indicators reading, directly or not, any of `changed`, in an order safe to recompute. */
  dependentsOf(changed: Iterable<string>): string[] {
    const readers = new Map<string, string[]>();
    for (const [code, inputs] of this.inputs) {
      for (const input of inputs) readers.set(input, [...(readers.get(input) ?? []), code]);
    }
    const affected = new Set<string>();
    const queue = [...changed];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const reader of readers.get(next) ?? []) {
        if (!affected.has(reader)) {
          affected.add(reader);
          queue.push(reader);
        }
      }
    }
    return this.order().filter((code) => affected.has(code));
  }

  /** Every computed indicator, inputs first. Assumes no cycle (checked when formulas are defined). */
  order(): string[] {
    const done = new Set<string>();
    const ordered: string[] = [];
    const visit = (code: string, depth: number): void => {
      if (done.has(code) || depth > this.inputs.size) return;
      for (const input of this.inputs.get(code) ?? []) visit(input, depth + 1);
      if (this.inputs.has(code) && !done.has(code)) {
        done.add(code);
        ordered.push(code);
      }
    };
    for (const code of [...this.inputs.keys()].sort()) visit(code, 0);
    return ordered;
  }
}
