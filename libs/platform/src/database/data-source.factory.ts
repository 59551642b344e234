import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from 'typeorm';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityList = MixedList<Function | string | EntitySchema>;

/**
 * Every data source of the platform is built here so that the safety settings cannot be forgotten:
 * a `where` holding null or undefined throws instead of silently matching every row.
 */
export function createDataSource(
  url: string,
  entities: EntityList,
  extra: Partial<DataSourceOptions> = {},
): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    synchronize: false,
    migrationsRun: false,
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    extra: { max: Number(process.env.DATABASE_POOL_SIZE || 10) },
    logging:
      process.env.LOG_SQL === '1'
        ? ['query', 'error']
        : process.env.ALLIANCE_LOG_LEVEL === 'silent'
          ? false
          : ['error'],
    ...extra,
  } as DataSourceOptions);
}
