import { CopyText } from './copy-text';

describe('COPY text written as bytes', () => {
  it('writes numbers, bytes and UTF-8 text, and hands lines over in chunks without splitting one', () => {
    const chunks: Buffer[] = [];
    const out = new CopyText((chunk) => chunks.push(chunk));
    out.int(0).byte(0x09).int(2024).byte(0x09).int(123456789).byte(0x09);
    out.bytes(Buffer.from('x12.5y'), 1, 5).byte(0x09).text('résidentiel').endLine();
    expect(chunks).toEqual([]);
    out.flush();
    expect(Buffer.concat(chunks).toString('utf8')).toBe('0\t2024\t123456789\t12.5\trésidentiel\n');

    chunks.length = 0;
    const line = `${'a'.repeat(999)}\n`;
    for (let i = 0; i < 200; i += 1) out.text(line.slice(0, -1)).endLine();
    out.flush();
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk[chunk.length - 1] === 0x0a)).toBe(true);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(line.repeat(200));
  });

  it('grows a chunk for a line longer than one', () => {
    const chunks: Buffer[] = [];
    const out = new CopyText((chunk) => chunks.push(chunk));
    const long = 'é'.repeat(70_000);
    out.text(long).endLine();
    out.flush();
    expect(Buffer.concat(chunks).toString('utf8')).toBe(`${long}\n`);
  });
});
