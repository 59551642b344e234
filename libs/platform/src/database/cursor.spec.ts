import { decodeCursor, encodeCursor, pageSize } from './cursor';

describe('cursors', () => {
  it('round-trips the creation time and id', () => {
    const createdAt = new Date('2026-11-22T10:00:00.123Z');
    expect(decodeCursor(encodeCursor(createdAt, 'abc'))).toEqual({ createdAt, id: 'abc' });
  });

  it('refuses a tampered cursor with a message naming `after`', () => {
    expect(() => decodeCursor('n-importe-quoi')).toThrow(
      expect.objectContaining({ field: 'after', code: 'BAD_USER_INPUT' }),
    );
  });

  it('bounds page sizes', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(() => pageSize(0)).toThrow();
    expect(() => pageSize(101)).toThrow(/entre 1 et 100/);
  });
});
