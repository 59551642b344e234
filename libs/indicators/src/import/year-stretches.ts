/**
 * Where a series' years were read, as stretches of five numbers: first year, year step, first line, line step,
 * count. A year one step after the previous one, on a line one step further, extends the stretch: a series of
 * 30 years takes one stretch whether the file is sorted by indicator (step 1) or by year (a step of as many lines
 * as there are series), and a repeated year is found by looking at a few stretches rather than in a table of
 * every row.
 */
export function addYearLine(stretches: number[], year: number, line: number): void {
  const k = stretches.length - 5;
  if (k >= 0) {
    const count = stretches[k + 4] ?? 0;
    if (count === 1) {
      stretches[k + 1] = year - (stretches[k] ?? 0);
      stretches[k + 3] = line - (stretches[k + 2] ?? 0);
      stretches[k + 4] = 2;
      return;
    }
    if (
      year === (stretches[k] ?? 0) + (stretches[k + 1] ?? 0) * count &&
      line === (stretches[k + 2] ?? 0) + (stretches[k + 3] ?? 0) * count
    ) {
      stretches[k + 4] = count + 1;
      return;
    }
  }
  stretches.push(year, 0, line, 0, 1);
}

/** The line `year` was read on in the series `stretches` describe, or 0. */
export function yearLine(stretches: number[], year: number): number {
  for (let k = 0; k < stretches.length; k += 5) {
    const offset = year - (stretches[k] ?? 0);
    const step = stretches[k + 1] ?? 0;
    const count = stretches[k + 4] ?? 0;
    if (offset === 0) return stretches[k + 2] ?? 0;
    if (step !== 0 && offset % step === 0 && offset / step > 0 && offset / step < count) {
      return (stretches[k + 2] ?? 0) + (offset / step) * (stretches[k + 3] ?? 0);
    }
  }
  return 0;
}
