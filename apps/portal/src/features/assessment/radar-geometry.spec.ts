import { radarPoint, radarPolygon } from './radar-geometry';

describe('the geometry of a maturity radar', () => {
  it('puts the first domain straight up and goes clockwise', () => {
    expect(radarPoint(0, 4, 1, 100, 80)).toEqual({ x: 100, y: 20 });
    expect(radarPoint(1, 4, 1, 100, 80)).toEqual({ x: 180, y: 100 });
    expect(radarPoint(2, 4, 0.5, 100, 80)).toEqual({ x: 100, y: 140 });
  });

  it('draws each score at its share of the radius, an unscored domain at the centre, and caps at 100 %', () => {
    expect(radarPolygon([100, 50, null, 150], 100, 80)).toBe('100,20 140,100 100,100 20,100');
  });
});
