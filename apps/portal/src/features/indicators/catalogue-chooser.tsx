import { useCallback, useState, type FormEvent } from 'react';
import {
  CreateCustomIndicatorDocument,
  FollowIndicatorsDocument,
  IndicatorCatalogueDocument,
} from '../../graphql/graphql.generated';
import { toFormErrors } from '../../graphql/errors';
import { useI18n } from '../../i18n/i18n';
import { FormAlert, StatusMessage } from '../../ui/alerts';
import { TextField } from '../../ui/fields';
import { Progress } from '../../ui/progress';
import { useFormSubmit } from '../../ui/use-form-submit';
import { usePagedList } from '../../ui/use-paged-list';
import { request } from '../auth/session';

/** Search the national catalogue and follow indicators; or define one of the territory's own. */
export function CatalogueChooser(props: { onFollowed: () => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const [news, setNews] = useState<string>();
  const fetchPage = useCallback(
    async (after: string | null, signal: AbortSignal) => {
      const data = await request(
        IndicatorCatalogueDocument,
        { first: 20, after, search: search || null },
        signal,
      );
      return {
        items: data.indicatorCatalogue.edges.map((edge) => edge.node),
        totalCount: data.indicatorCatalogue.totalCount,
        hasNextPage: data.indicatorCatalogue.pageInfo.hasNextPage,
        endCursor: data.indicatorCatalogue.pageInfo.endCursor ?? null,
      };
    },
    [search],
  );
  const { state, loadMore } = usePagedList(search, fetchPage);

  async function follow(code: string, title: string) {
    setNews(undefined);
    try {
      await request(FollowIndicatorsDocument, { codes: [code] });
      setNews(t('indicators.catalogue.followed', { title }));
      props.onFollowed();
    } catch (error) {
      setNews(toFormErrors(error, [], (k) => t(`errors.${k}`)).form);
    }
  }

  return (
    <>
      <section aria-labelledby="catalogue-heading">
        <h2 id="catalogue-heading">{t('indicators.catalogue.title')}</h2>
        <form
          className="form form--inline"
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            setSearch(typed.trim());
          }}
        >
          <TextField
            name="search"
            label={t('indicators.catalogue.search')}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
          <button type="submit" className="button">
            {t('indicators.catalogue.searchButton')}
          </button>
        </form>
        <StatusMessage>{news}</StatusMessage>
        {state.status === 'loading' ? <Progress label={t('common.loading')} /> : null}
        {'totalCount' in state ? <p>{t('indicators.catalogue.count', { count: state.totalCount })}</p> : null}
        <ul className="card-list" aria-label={t('indicators.catalogue.results')}>
          {state.items.map((item) => (
            <li key={item.id} className="card">
              <p className="card__title">{item.title}</p>
              <p>
                <code>{item.code}</code> · {item.unit}
              </p>
              <button
                type="button"
                className="button button--secondary"
                aria-label={t('indicators.catalogue.followLabel', { title: item.title })}
                onClick={() => void follow(item.code, item.title)}
              >
                {t('indicators.catalogue.follow')}
              </button>
            </li>
          ))}
        </ul>
        {state.status === 'ready' && state.hasNextPage ? (
          <button type="button" className="button button--secondary" onClick={() => void loadMore()}>
            {t('common.loadMore')}
          </button>
        ) : null}
      </section>
      <CustomIndicatorForm onCreated={props.onFollowed} />
    </>
  );
}

const CUSTOM_FIELDS = ['code', 'title', 'unit', 'formula'] as const;

function CustomIndicatorForm(props: { onCreated: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState({ code: '', title: '', unit: '', formula: '' });
  const [news, setNews] = useState<string>();
  const { run, pending, errors } = useFormSubmit(CUSTOM_FIELDS);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNews(undefined);
    const done = await run(async () => {
      await request(CreateCustomIndicatorDocument, {
        input: { ...values, formula: values.formula.trim() || null },
      });
    });
    if (done) {
      setNews(t('indicators.custom.created', { title: values.title }));
      setValues({ code: '', title: '', unit: '', formula: '' });
      props.onCreated();
    }
  }

  return (
    <form
      className="form"
      aria-label={t('indicators.custom.heading')}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2>{t('indicators.custom.heading')}</h2>
      <FormAlert errors={errors} />
      {CUSTOM_FIELDS.map((name) => (
        <TextField
          key={name}
          name={name}
          label={t(`indicators.custom.${name === 'title' ? 'name' : name}`)}
          required={name !== 'formula'}
          hint={name === 'formula' ? t('indicators.custom.formulaHint') : undefined}
          value={values[name]}
          error={errors.fields[name]}
          onChange={(event) => setValues({ ...values, [name]: event.target.value })}
        />
      ))}
      <button type="submit" className="button" disabled={pending}>
        {t('indicators.custom.submit')}
      </button>
      <StatusMessage>{news}</StatusMessage>
    </form>
  );
}
