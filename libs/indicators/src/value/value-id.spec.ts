import { CopyText } from '@alliance/platform';
import { seriesOfValueId, valueId, writeNewSeriesId } from './value-id';

describe('series and value ids', () => {
  it('makes random series ids ending in 0000, from which value ids lead back to their series and year', () => {
    const chunks: Buffer[] = [];
    const out = new CopyText((chunk) => chunks.push(chunk));
    for (let i = 0; i < 1_000; i += 1) writeNewSeriesId(out.endLine());
    out.flush();
    const ids = Buffer.concat(chunks).toString('latin1').split('\n').filter(Boolean);
    expect(new Set(ids).size).toBe(1_000);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{8}0000$/);
    const [series = ''] = ids;
    expect(seriesOfValueId(valueId(series, 2030))).toEqual({ seriesId: series, year: 2030 });
  });
});
