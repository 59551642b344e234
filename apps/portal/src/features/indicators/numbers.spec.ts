import { optionalDecimal, parseDecimal } from './numbers';

describe('numbers typed in the indicator forms', () => {
  it('reads decimal commas, points and spaces between thousands', () => {
    expect(parseDecimal('1 234,5')).toBe(1234.5);
    expect(parseDecimal('787')).toBe(787);
    expect(parseDecimal('-69')).toBe(-69);
    expect(parseDecimal('0.25')).toBe(0.25);
  });

  it('refuses what is not a number, and leaves an empty optional field empty', () => {
    expect(parseDecimal('12 kt')).toBeNull();
    expect(parseDecimal('')).toBeNull();
    expect(optionalDecimal('  ')).toBeNull();
    expect(optionalDecimal('x')).toBe('invalid');
    expect(optionalDecimal('2030')).toBe(2030);
  });
});
