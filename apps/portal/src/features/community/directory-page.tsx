import { useCallback, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import {
  ExportOrganisationsDocument,
  OrganisationsDocument,
  RequestToJoinOrganisationDocument,
  type ExportFormat,
  type OrganisationFieldsFragment,
  type OrganisationFilterInput,
} from '../../graphql/graphql.generated';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../routes/paths';
import { EmptyState, StatusMessage } from '../../ui/alerts';
import { SelectField, TextField } from '../../ui/fields';
import { downloadBase64 } from '../../ui/files';
import { Page } from '../../ui/page';
import { usePagedList } from '../../ui/use-paged-list';
import { request } from '../auth/session';
import { useSession } from '../auth/use-session';
import { useTenant } from '../tenants/tenant-context';
import { isAnimation } from './access';
import { LoadMore, PagedListStatus, useErrorText } from './community-ui';
import { labelOf, useVocabulary, type Term } from './vocabulary';

const NO_FILTER = { text: '', typeCode: '', sectorCode: '', zoneCode: '', coalitionThemeCode: '' };
type Filter = typeof NO_FILTER;

function toInput(filter: Filter): OrganisationFilterInput {
  const input: OrganisationFilterInput = {};
  if (filter.text.trim()) input.text = filter.text.trim();
  if (filter.typeCode) input.typeCode = filter.typeCode;
  if (filter.sectorCode) input.sectorCode = filter.sectorCode;
  if (filter.zoneCode) input.zoneCode = filter.zoneCode;
  if (filter.coalitionThemeCode) input.coalitionThemeCode = filter.coalitionThemeCode;
  return input;
}

/** `/{slug}/espace/annuaire`: the territory's actors, searched and filtered, exported; ask to represent one. */
export default function DirectoryPage() {
  const tenant = useTenant();
  const { t } = useI18n();
  const { viewer } = useSession();
  const vocabulary = useVocabulary();
  const errorText = useErrorText();
  const [draft, setDraft] = useState<Filter>(NO_FILTER);
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [news, setNews] = useState<string>();
  const fetchPage = useCallback(
    async (after: string | null, signal: AbortSignal) => {
      const data = await request(
        OrganisationsDocument,
        { filter: toInput(filter), first: 25, after },
        signal,
      );
      return {
        items: data.organisations.edges.map((edge) => edge.node),
        totalCount: data.organisations.totalCount,
        hasNextPage: data.organisations.pageInfo.hasNextPage,
        endCursor: data.organisations.pageInfo.endCursor ?? null,
      };
    },
    [filter],
  );
  const { state, loadMore, reload } = usePagedList(`${tenant.slug}:${JSON.stringify(filter)}`, fetchPage);
  if (!viewer) return null;

  function search(event: FormEvent) {
    event.preventDefault();
    setFilter(draft);
  }

  async function download(format: ExportFormat) {
    setNews(undefined);
    try {
      const { exportOrganisations: file } = await request(ExportOrganisationsDocument, {
        format,
        filter: toInput(filter),
      });
      downloadBase64(file.fileName, file.mediaType, file.contentBase64);
      setNews(t('community.directory.exported', { file: file.fileName }));
    } catch (error) {
      setNews(errorText(error));
    }
  }

  async function askToRepresent(organisation: OrganisationFieldsFragment) {
    setNews(undefined);
    try {
      await request(RequestToJoinOrganisationDocument, { input: { organisationId: organisation.id } });
      setNews(t('community.directory.joinRequested', { name: organisation.name }));
    } catch (error) {
      setNews(errorText(error));
    }
  }

  const options = (terms: Term[], all: string) => [
    { value: '', label: all },
    ...terms.map((term) => ({ value: term.code, label: term.label })),
  ];
  const count = 'totalCount' in state ? state.totalCount : state.items.length;

  return (
    <Page
      title={t('community.directory.title')}
      lead={t('community.directory.lead', { tenant: tenant.name })}
    >
      <div className="actions">
        <Link className="button" to={paths.myOrganisations(tenant.slug)}>
          {t('community.mine.link')}
        </Link>
        {isAnimation(viewer) ? (
          <Link className="button button--secondary" to={paths.organisationImport(tenant.slug)}>
            {t('community.import.link')}
          </Link>
        ) : null}
        <button type="button" className="button button--secondary" onClick={() => void download('CSV')}>
          {t('community.exportCsv')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void download('XLSX')}>
          {t('community.exportXlsx')}
        </button>
      </div>
      <StatusMessage>{news}</StatusMessage>
      <form
        className="form form--filters"
        role="search"
        aria-label={t('community.directory.search')}
        onSubmit={search}
      >
        <TextField
          name="text"
          label={t('community.directory.text')}
          hint={t('community.directory.textHint')}
          value={draft.text}
          onChange={(e) => setDraft({ ...draft, text: e.target.value })}
        />
        <SelectField
          name="typeCode"
          label={t('community.organisation.type')}
          options={options(vocabulary.types, t('community.all'))}
          value={draft.typeCode}
          onChange={(e) => setDraft({ ...draft, typeCode: e.target.value })}
        />
        <SelectField
          name="sectorCode"
          label={t('community.organisation.sector')}
          options={options(vocabulary.sectors, t('community.all'))}
          value={draft.sectorCode}
          onChange={(e) => setDraft({ ...draft, sectorCode: e.target.value })}
        />
        <SelectField
          name="zoneCode"
          label={t('community.organisation.zone')}
          options={options(vocabulary.zones, t('community.all'))}
          value={draft.zoneCode}
          onChange={(e) => setDraft({ ...draft, zoneCode: e.target.value })}
        />
        <SelectField
          name="coalitionThemeCode"
          label={t('community.directory.coalitionTheme')}
          options={options(vocabulary.themes, t('community.all'))}
          value={draft.coalitionThemeCode}
          onChange={(e) => setDraft({ ...draft, coalitionThemeCode: e.target.value })}
        />
        <div className="form__actions">
          <button type="submit" className="button">
            {t('community.directory.submit')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setDraft(NO_FILTER);
              setFilter(NO_FILTER);
            }}
          >
            {t('community.directory.reset')}
          </button>
        </div>
      </form>
      <section aria-labelledby="directory-heading">
        <h2 id="directory-heading">
          {state.status === 'loading'
            ? t('community.directory.results')
            : t('community.directory.count', { count })}
        </h2>
        <PagedListStatus
          state={state}
          onRetry={reload}
          empty={
            <EmptyState title={t('community.directory.empty')}>
              <p>{t('community.directory.emptyNext')}</p>
            </EmptyState>
          }
        />
        {state.items.length ? (
          <div className="table-scroll">
            <table className="table" aria-labelledby="directory-heading">
              <thead>
                <tr>
                  <th scope="col">{t('community.organisation.name')}</th>
                  <th scope="col">{t('community.organisation.type')}</th>
                  <th scope="col">{t('community.organisation.sectors')}</th>
                  <th scope="col">{t('community.organisation.zones')}</th>
                  <th scope="col">{t('community.organisation.city')}</th>
                  <th scope="col">{t('community.directory.representation')}</th>
                </tr>
              </thead>
              <tbody>
                {state.items.map((organisation) => (
                  <tr key={organisation.id}>
                    <th scope="row">
                      {organisation.website ? (
                        <a href={organisation.website} rel="noreferrer noopener" target="_blank">
                          {organisation.name}
                        </a>
                      ) : (
                        organisation.name
                      )}
                    </th>
                    <td>{labelOf(vocabulary.types, organisation.typeCode)}</td>
                    <td>{organisation.sectorCodes.map((c) => labelOf(vocabulary.sectors, c)).join(', ')}</td>
                    <td>{organisation.zoneCodes.map((c) => labelOf(vocabulary.zones, c)).join(', ')}</td>
                    <td>{organisation.city}</td>
                    <td>
                      {organisation.representedByMe ? (
                        t('community.directory.youRepresent')
                      ) : (
                        <button
                          type="button"
                          className="button button--small button--secondary"
                          onClick={() => void askToRepresent(organisation)}
                        >
                          {t('community.directory.askToRepresent')}
                          <span className="visually-hidden"> {organisation.name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <LoadMore state={state} onLoadMore={() => void loadMore()} />
      </section>
    </Page>
  );
}
