/** Large enough that sending costs little per line, small enough that the server starts while lines are made. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Lines of COPY's text format written straight into bytes, handed to `emit` in chunks of about 64 kB: an import
 * of 100,000 values makes no string per value, only bytes, which the garbage collector never has to look at.
 * Each chunk is a new buffer: the connection may still be sending the previous one.
 */
export class CopyText {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private at = 0;

  constructor(private readonly emit: (chunk: Buffer) => void) {}

  /** An ASCII byte (a tab, a brace…). */
  byte(c: number): this {
    this.room(1);
    this.chunk[this.at++] = c;
    return this;
  }

  /** A non-negative integer, as digits. */
  int(n: number): this {
    if (n >= 1000 && n < 10_000) {
      // A year, nearly always.
      this.room(4);
      const { chunk, at } = this;
      chunk[at] = 48 + Math.floor(n / 1000);
      chunk[at + 1] = 48 + (Math.floor(n / 100) % 10);
      chunk[at + 2] = 48 + (Math.floor(n / 10) % 10);
      chunk[at + 3] = 48 + (n % 10);
      this.at = at + 4;
      return this;
    }
    let digits = 1;
    for (let power = 10; power <= n; power *= 10) digits += 1;
    this.room(digits);
    let rest = n;
    for (let k = this.at + digits - 1; k >= this.at; k -= 1) {
      this.chunk[k] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.at += digits;
    return this;
  }

  /** Bytes copied as they are: they must need no escape (digits, a decimal point…). */
  bytes(from: Uint8Array, start: number, end: number): this {
    this.room(end - start);
    // Byte by byte: these are a few bytes, for which a view (`subarray`) costs more than the copy.
    const { chunk } = this;
    let at = this.at;
    for (let k = start; k < end; k += 1) chunk[at++] = from[k] ?? 0;
    this.at = at;
    return this;
  }

  /** A text already in COPY's format (escaped with `copyField` or `copyArray`), in UTF-8. */
  text(text: string): this {
    this.room(text.length * 3);
    for (let k = 0; k < text.length; k += 1) {
      const c = text.charCodeAt(k);
      if (c >= 0x80) {
        this.at += this.chunk.write(text.slice(k), this.at, 'utf8');
        return this;
      }
      this.chunk[this.at++] = c;
    }
    return this;
  }

  /** Ends a line, and hands the chunk over once it is full. */
  endLine(): this {
    this.byte(0x0a);
    if (this.at >= CHUNK_BYTES) this.flush();
    return this;
  }

  /** Hands over what is written so far. */
  flush(): void {
    if (this.at === 0) return;
    const full = this.chunk.subarray(0, this.at);
    this.chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    this.at = 0;
    this.emit(full);
  }

  /** Makes room for `size` more bytes: a line may run past a chunk, which then grows rather than splits it. */
  private room(size: number): void {
    if (this.at + size <= this.chunk.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.chunk.length * 2, this.at + size));
    this.chunk.copy(larger, 0, 0, this.at);
    this.chunk = larger;
  }
}
