import { useEffect, useState } from 'react';
import { ConfigurationOriginDocument, type ConfigurationOriginQuery } from '../../graphql/graphql.generated';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { EmptyState } from '../../ui/alerts';
import { Progress } from '../../ui/progress';
import { request } from '../auth/session';

type Origin = NonNullable<ConfigurationOriginQuery['configurationOrigin']>;

/** « Origine et écarts »: the template version the territory came from and what differs since. */
export function OriginSection() {
  const { t, formatDate } = useI18n();
  const [origin, setOrigin] = useState<Origin | null>();
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    request(ConfigurationOriginDocument, {}, controller.signal).then(
      (data) => setOrigin(data.configurationOrigin ?? null),
      (error: unknown) => {
        if (!controller.signal.aborted) setFailure(toFormErrors(error, [], (k) => t(`errors.${k}`)).form);
      },
    );
    return () => controller.abort();
  }, [t]);

  if (failure) {
    return (
      <div role="alert" className="alert alert--error">
        <p>{failure}</p>
      </div>
    );
  }
  if (origin === undefined) return <Progress label={t('common.loading')} />;
  if (origin === null) {
    return (
      <EmptyState title={t('configuration.origin.none')}>
        <p>{t('configuration.origin.noneNext')}</p>
      </EmptyState>
    );
  }
  return (
    <section aria-labelledby="origin-heading">
      <h2 id="origin-heading">{t('configuration.origin.title')}</h2>
      <p>
        {t('configuration.origin.from', {
          template: origin.templateName,
          version: origin.version,
          date: formatDate(origin.appliedAt),
        })}
      </p>
      {origin.latestVersion > origin.version ? (
        <p>{t('configuration.origin.newer', { version: origin.latestVersion })}</p>
      ) : null}
      {origin.differences.length === 0 ? (
        <p>{t('configuration.origin.same')}</p>
      ) : (
        <table>
          <caption>{t('configuration.origin.differences', { count: origin.differences.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('configuration.origin.list')}</th>
              <th scope="col">{t('configuration.code')}</th>
              <th scope="col">{t('configuration.label')}</th>
              <th scope="col">{t('configuration.origin.change')}</th>
            </tr>
          </thead>
          <tbody>
            {origin.differences.map((difference) => (
              <tr key={`${difference.list}-${difference.code}`}>
                <td>{t(`configuration.origin.lists.${difference.list}`)}</td>
                <td>{difference.code}</td>
                <td>{difference.label}</td>
                <td>{t(`configuration.origin.changes.${difference.change}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
