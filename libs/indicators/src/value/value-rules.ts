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
  return faultOf(definition, value.value, value.unit ?? null, value.year);
}

/**
 * `valueFault` for a value given field by field: an import checks 100,000 of them. Short, so that it is inlined
 * and a value that fits costs neither an object nor a boxed number.
 */
export function faultOf(
  definition: ValueRules,
  value: number,
  unit: string | null,
  year: number,
): { field: string; message: string } | null {
  const fits =
    !unit &&
    year >= 1900 &&
    year <= 2200 &&
    Number.isInteger(year) &&
    (definition.minimum === null || value >= definition.minimum) &&
    (definition.maximum === null || value <= definition.maximum);
  return fits && Number.isFinite(value) ? null : faultOfValue(definition, value, unit, year);
}

function faultOfValue(
  definition: ValueRules,
  value: number,
  unit: string | null,
  year: number,
): { field: string; message: string } | null {
  if (!Number.isFinite(value)) return { field: 'value', message: 'La valeur n’est pas un nombre.' };
  if (!Number.isInteger(year) || year < 1900 || year > 2200) {
    return { field: 'year', message: `L’année ${year} n’est pas une année valide.` };
  }
  if (unit && !sameUnit(unit, definition.unit)) {
    return {
      field: 'unit',
      message: `L’unité « ${unit} » ne correspond pas à celle de ${definition.code} (« ${definition.unit} »).`,
    };
  }
  if (definition.minimum !== null && value < definition.minimum) {
    return {
      field: 'value',
      message: `${value} est inférieur au minimum de ${definition.code} (${definition.minimum}).`,
    };
  }
  if (definition.maximum !== null && value > definition.maximum) {
    return {
      field: 'value',
      message: `${value} dépasse le maximum de ${definition.code} (${definition.maximum}).`,
    };
  }
  return null;
}
