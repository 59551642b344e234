import { IndicatorsSchema1763800300000 } from './1763800300000-indicators-schema';
import { DirectionNotUp1763800301000 } from './1763800301000-direction-not-up';
import { IndicatorImports1763800302000 } from './1763800302000-indicator-imports';
import { ValueSeries1763800500000 } from './1763800500000-value-series';
import { ImportFilesGzip1763800501000 } from './1763800501000-import-files-gzip';

export const indicatorsMigrations = [
  IndicatorsSchema1763800300000,
  DirectionNotUp1763800301000,
  IndicatorImports1763800302000,
  ValueSeries1763800500000,
  ImportFilesGzip1763800501000,
];
