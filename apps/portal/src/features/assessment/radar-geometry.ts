// The geometry of a maturity radar: one axis per domain, 0 % at the centre and 100 % on the rim.

export interface RadarAxis {
  label: string;
  /** Percent, 0 to 100; null when nothing counted in the domain. */
  value: number | null;
}

export interface RadarPoint {
  x: number;
  y: number;
}

/** Where axis `index` of `count` points, at `ratio` of the radius (first axis straight up, clockwise). */
export function radarPoint(
  index: number,
  count: number,
  ratio: number,
  centre: number,
  radius: number,
): RadarPoint {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  return {
    x: round(centre + Math.cos(angle) * radius * ratio),
    y: round(centre + Math.sin(angle) * radius * ratio),
  };
}

/** The `points` of a polygon through the values (a domain without score sits at the centre). */
export function radarPolygon(values: readonly (number | null)[], centre: number, radius: number): string {
  return values
    .map((value, i) => {
      const ratio = Math.min(Math.max((value ?? 0) / 100, 0), 1);
      const p = radarPoint(i, values.length, ratio, centre, radius);
      return `${p.x},${p.y}`;
    })
    .join(' ');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
