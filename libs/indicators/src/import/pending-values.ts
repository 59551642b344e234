import { type Decimal, POINT } from './value-fields';

/** A series' values in `PendingValues`: the first and the last of them, and how many. */
export interface ValueChain {
  head: number;
  tail: number;
  size: number;
}

/**
 * The values read and not handed over yet, in typed arrays rather than an object or a string each: 100,000 of
 * them then cost the garbage collector nothing. The values of one series are chained through `next`; their
 * decimal texts sit end to end in `decimals`.
 */
export class PendingValues {
  count = 0;
  years = new Int32Array(1024);
  next = new Int32Array(1024);
  ends = new Int32Array(1024);
  decimals = new Uint8Array(16 * 1024);
  used = 0;
  /** One per value when the file has a source column. */
  sources: (string | null)[] = [];

  /** Adds a value at the end of `series`' chain. */
  add(series: ValueChain, year: number, decimal: Decimal, bytes: Buffer): void {
    if (this.count === this.years.length) this.growValues();
    const size = decimal.text === null ? decimal.to - decimal.from : decimal.text.length;
    if (this.used + size > this.decimals.length) this.growDecimals(size);
    const { decimals } = this;
    if (decimal.text === null) {
      // Byte by byte: a view of a few bytes (`subarray`) costs more than copying them.
      for (let k = 0; k < size; k += 1) decimals[this.used + k] = bytes[decimal.from + k] ?? 0;
      if (decimal.comma >= 0) decimals[this.used + decimal.comma - decimal.from] = POINT;
    } else {
      for (let k = 0; k < size; k += 1) decimals[this.used + k] = decimal.text.charCodeAt(k);
    }
    this.used += size;
    const at = this.count++;
    this.years[at] = year;
    this.ends[at] = this.used;
    this.next[at] = -1;
    if (series.size === 0) series.head = at;
    else this.next[series.tail] = at;
    series.tail = at;
    series.size += 1;
  }

  /** The sources of the values chained from `head`. */
  sourcesFrom(head: number): (string | null)[] {
    const sources: (string | null)[] = [];
    for (let at = head; at >= 0; at = this.next[at] ?? -1) sources.push(this.sources[at] ?? null);
    return sources;
  }

  /** The decimal text of value `at`: from the end of the previous one to its own end. */
  decimalStart(at: number): number {
    return at === 0 ? 0 : (this.ends[at - 1] ?? 0);
  }

  clear(): void {
    this.count = 0;
    this.used = 0;
    this.sources.length = 0;
  }

  private growValues(): void {
    const grown = (from: Int32Array) => {
      const to = new Int32Array(from.length * 2);
      to.set(from);
      return to;
    };
    this.years = grown(this.years);
    this.next = grown(this.next);
    this.ends = grown(this.ends);
  }

  private growDecimals(size: number): void {
    const to = new Uint8Array(Math.max(this.decimals.length * 2, this.used + size));
    to.set(this.decimals.subarray(0, this.used));
    this.decimals = to;
  }
}
