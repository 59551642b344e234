import { DataSource } from 'typeorm';
import {
  type AllianceConfig,
  createDataSource,
  createJobQueue,
  createMailer,
  type JobHandler,
  type JobQueue,
  JsonLogger,
  OutboxRelay,
  SEND_MAIL_JOB,
  sendMailJob,
  UnitOfWork,
} from '@alliance/platform';
import {
  IMPACT_DECLARED_EVENT,
  IMPACT_WITHDRAWN_EVENT,
  impactDeclaredJob,
  impactWithdrawnJob,
  IMPORT_JOB,
  importValuesJob,
  indicatorsEntities,
  RECOMPUTE_JOB,
  recomputeIndicatorsJob,
} from '@alliance/indicators';
import { ONBOARD_TERRITORY_JOB, territoryEntities } from '@alliance/territory';
import {
  assessmentEntities,
  REPRESENTATIVE_ADDED_EVENT,
  REPRESENTATIVE_REMOVED_EVENT,
  representativeAddedJob,
  representativeRemovedJob,
} from '@alliance/assessment';
import { communityEntities, importOrganisationsJob, ORGANISATION_IMPORT_JOB } from '@alliance/community';
import { onboardTerritoryJob } from './onboarding/onboard-territory.job';

export interface RunningWorker {
  queue: JobQueue;
  stop(): Promise<void>;
}

/** Every context's background jobs, by type. A context adds its handlers here as it lands. */
function handlers(dataSource: DataSource, config: AllianceConfig): Map<string, JobHandler> {
  const mailer = createMailer(config);
  return new Map<string, JobHandler>([
    [SEND_MAIL_JOB, sendMailJob(dataSource, mailer) as JobHandler],
    [RECOMPUTE_JOB, recomputeIndicatorsJob(new UnitOfWork(dataSource)) as JobHandler],
    [IMPORT_JOB, importValuesJob(new UnitOfWork(dataSource)) as JobHandler],
    [IMPACT_DECLARED_EVENT, impactDeclaredJob(new UnitOfWork(dataSource)) as JobHandler],
    [IMPACT_WITHDRAWN_EVENT, impactWithdrawnJob(new UnitOfWork(dataSource)) as JobHandler],
    [REPRESENTATIVE_ADDED_EVENT, representativeAddedJob(new UnitOfWork(dataSource)) as JobHandler],
    [REPRESENTATIVE_REMOVED_EVENT, representativeRemovedJob(new UnitOfWork(dataSource)) as JobHandler],
    [ORGANISATION_IMPORT_JOB, importOrganisationsJob(new UnitOfWork(dataSource)) as JobHandler],
    [ONBOARD_TERRITORY_JOB, onboardTerritoryJob(new UnitOfWork(dataSource), config.publicUrl) as JobHandler],
  ]);
}

export async function startWorker(config: AllianceConfig): Promise<RunningWorker> {
  const logger = new JsonLogger('worker');
  // Jobs reach tables through their context's repositories, which need the entities.
  const dataSource = await createDataSource(config.runtimeDatabaseUrl, [
    ...indicatorsEntities,
    ...territoryEntities,
    ...assessmentEntities,
    ...communityEntities,
  ]).initialize();
  const queue = createJobQueue(config.redisUrl, config.runtimeDatabaseUrl, (job, error) =>
    logger.error(`job ${job.type} ${job.id} failed: ${(error as Error).message}`),
  );
  await queue.consume(handlers(dataSource, config));
  // Without Redis the outbox is the queue's durable side: this process relays every context's events.
  const relay = queue.driver === 'in-process' ? new OutboxRelay(dataSource, queue, undefined) : undefined;
  relay?.start();
  logger.log(`worker started (${queue.driver === 'bullmq' ? 'BullMQ on Redis' : 'in-process jobs'})`);
  return {
    queue,
    async stop() {
      await relay?.stop();
      await queue.close();
      await dataSource.destroy();
    },
  };
}
