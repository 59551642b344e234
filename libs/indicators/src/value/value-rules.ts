import type { Definition } from '../indicator/definition';

/** Units compared without case, spaces or the CO₂ subscript, so « kteq CO2 » and « kteqCO₂ » agree. */
export function sameUnit(a: string, b: string): boolean {
  const norm = (u: string) => u.toLowerCase().replace(/\s+/g, '').replace(/₂/g, '2');
  return norm(a) === norm(b);
}

/** What a value is checked against: its indicator's unit and bounds. */
export type ValueRules = Pick<Definition, 'code' | 'unit' | 'minimum' | 'maximum'>;

/** The French reason a value does not fit its indicator, or null when it fits. */
export function valueFault(
  definition: ValueRules,
  value: { value: number; unit?: string | null; year: number },
): { field: string; message: string } | null {
  if (!Number.isFinite(value.value)) return { field: 'value', message: 'La valeur n’est pas un nombre.' };
  if (!Number.isInteger(value.year) || value.year < 1900 || value.year > 2200) {
    return { field: 'year', message: `L’année ${value.year} n’est pas une année valide.` };
  }
  if (value.unit && !sameUnit(value.unit, definition.unit)) {
    return {
      field: 'unit',
      message: `L’unité « ${value.unit} » ne correspond pas à celle de ${definition.code} (« ${definition.unit} »).`,
    };
  }
  if (definition.minimum !== null && value.value < definition.minimum) {
    return {
      field: 'value',
      message: `${value.value} est inférieur au minimum de ${definition.code} (${definition.minimum}).`,
    };
  }
  if (definition.maximum !== null && value.value > definition.maximum) {
    return {
      field: 'value',
      message: `${value.value} dépasse le maximum de ${definition.code} (${definition.maximum}).`,
    };
  }
  return null;
}
