import { chartGeometry, niceTicks } from './chart-geometry';

const box = { width: 600, height: 300, left: 50, right: 10, top: 10, bottom: 30 };

describe('the geometry of an indicator chart', () => {
  it('covers the values with round ticks starting at zero', () => {
    expect(niceTicks(0, 1180)).toEqual([0, 200, 400, 600, 800, 1000, 1200]);
    expect(niceTicks(0, 4.3)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(-30, 20)).toEqual([-30, -20, -10, 0, 10, 20]);
  });

  it('puts the first year on the left edge, the last on the right, zero on the floor', () => {
    const geometry = chartGeometry(
      [
        [
          { year: 2015, value: 1000 },
          { year: 2030, value: 787 },
        ],
      ],
      box,
    )!;
    expect(geometry.x(2015)).toBe(50);
    expect(geometry.x(2030)).toBe(590);
    expect(geometry.y(0)).toBe(270);
    expect(geometry.y(1000)).toBe(10);
    expect(
      geometry.line([
        { year: 2030, value: 787 },
        { year: 2015, value: 1000 },
      ]),
    ).toBe('50,10 590,65.38');
  });

  it('labels every year of a short span and about eight of a long one, always the last', () => {
    expect(
      chartGeometry(
        [
          [
            { year: 2020, value: 1 },
            { year: 2023, value: 2 },
          ],
        ],
        box,
      )!.yearTicks,
    ).toEqual([2020, 2021, 2022, 2023]);
    expect(
      chartGeometry(
        [
          [
            { year: 2005, value: 1 },
            { year: 2050, value: 2 },
          ],
        ],
        box,
      )!.yearTicks,
    ).toEqual([2005, 2011, 2017, 2023, 2029, 2035, 2041, 2047, 2050]);
  });

  it('has nothing to draw without a point', () => {
    expect(chartGeometry([[], []], box)).toBeNull();
  });
});
